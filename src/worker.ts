// `npm run worker`: stores import batches from the queue, in WORKERS processes (one by default).
import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { Logger as PinoLogger } from 'nestjs-pino';
import { NestFactory } from '@nestjs/core';
import { ChildProcess, fork } from 'node:child_process';
import { AppModule } from './app.module';
import { validateEnvironment } from './config/configuration';
import { openDatabase } from './database/open-database';
import { ImportWorker } from './imports/import-worker';

const CHILD_MARK = 'CLAIMTRAIL_WORKER_CHILD';
// Set once the worker is asked to stop: a start the stop interrupted is not a failure (see main.ts).
let stopping = false;

async function main() {
  const config = validateEnvironment(process.env);
  // Joins the embedded server a running service owns in DATA_DIR, or starts one (and keeps it while it runs).
  const database = await openDatabase(config, { join: true });
  const release = () => database.release();

  if (config.WORKERS > 1 && !process.env[CHILD_MARK]) {
    // Each worker is its own process (extraction is CPU-bound); they share the database this one opened.
    const env = {
      ...process.env,
      [CHILD_MARK]: '1',
      WORKERS: '1',
      DATABASE_URL: database.url,
      DATABASE_OWNER_URL: database.ownerUrl,
    };
    const children: ChildProcess[] = Array.from({ length: config.WORKERS }, () =>
      fork(process.argv[1], process.argv.slice(2), { env, execArgv: process.execArgv }),
    );
    const exits = children.map(
      (child) => new Promise<void>((resolve) => child.once('exit', () => resolve())),
    );
    for (const signal of ['SIGINT', 'SIGTERM'] as const)
      process.once(signal, () => children.forEach((child) => child.kill(signal)));
    await Promise.all(exits);
    await release();
    return;
  }

  const app = await NestFactory.createApplicationContext(
    AppModule.forRoot({ ...config, DATABASE_URL: database.url }),
    { bufferLogs: true },
  );
  app.useLogger(app.get(PinoLogger));
  if (database.warning) new Logger('Database').warn(database.warning);
  const stop = () => {
    if (stopping) return;
    stopping = true;
    // A batch in progress finishes (or rolls back) before the pool closes.
    void app
      .close()
      .then(release)
      .then(() => process.exit(0));
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, stop);
  // A forked worker whose parent died (even by kill -9) stops too, rather than run on unsupervised.
  if (process.send) process.once('disconnect', stop);
  await app.get(ImportWorker).start();
  new Logger('Worker').log(`import worker ${process.pid} started`);
}

main().catch((error: unknown) => {
  if (stopping) return;
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
