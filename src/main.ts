import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { AddressInfo } from 'node:net';
import { createApp } from './app.factory';
import { validateEnvironment } from './config/configuration';
import { openDatabase } from './database/open-database';
import { ImportWorker } from './imports/import-worker';

// Set once a signal asks the process to stop: what fails after that (a start the stop interrupted) is the stop's
// doing, and the process exits as the stop decides.
let stopping = false;

async function bootstrap() {
  const config = validateEnvironment(process.env);
  const database = await openDatabase(config, { join: false });
  const app = await createApp({ ...config, DATABASE_URL: database.url });
  if (database.warning) new Logger('Database').warn(database.warning);

  // Close the app (and its pool) first, then the embedded server it was talking to.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      if (stopping) return;
      stopping = true;
      void app
        .close()
        .then(() => database.release())
        .then(() => process.exit(0));
    });
  }
  await app.listen(config.PORT, config.HOST);
  new Logger('Bootstrap').log(`listening on ${listenUrl(app.getHttpServer().address() as AddressInfo)}`);
  // One command still does everything: imports are stored here too unless this is an API-only replica.
  if (config.WORKER_IN_PROCESS) await app.get(ImportWorker).start();
}

/** The address the server is bound to, as a URL (IPv6 in brackets); 0.0.0.0 and :: mean every interface. */
function listenUrl({ address, port }: AddressInfo): string {
  return `http://${address.includes(':') ? `[${address}]` : address}:${port}`;
}

bootstrap().catch((error: unknown) => {
  // The import worker was still starting (its extraction threads loading) when the stop destroyed them.
  if (stopping) return;
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
