import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../src/app.factory';
import { KeysService } from '../src/auth/keys.service';
import { SYSTEM_ACTOR } from '../src/auth/roles';
import { validateEnvironment } from '../src/config/configuration';
import { DatabaseHandle, startEmbeddedPostgres } from '../src/database/embedded-postgres';
import { prepareDatabase } from '../src/database/prepare-database';

export interface BenchApp {
  app: NestFastifyApplication;
  database: DatabaseHandle;
  /** Where the app listens, e.g. http://127.0.0.1:34567. */
  base: string;
  /** A factchecker key for writes. */
  key: string;
  close(): Promise<void>;
}

/**
 * The service on a fresh embedded PostgreSQL in a temporary folder, listening on a free port, with a
 * factchecker key; `env` adds settings. The rate limit is lifted: the benches measure throughput, not it.
 * With BENCH_DATA_DIR set, the database lives there and is kept: a later run finds what an earlier one seeded.
 */
export async function startBenchApp(env: Record<string, string> = {}): Promise<BenchApp> {
  const kept = process.env.BENCH_DATA_DIR;
  const dataDir = kept ?? mkdtempSync(join(tmpdir(), 'claimtrail-bench-'));
  const database = await startEmbeddedPostgres(dataDir, { join: false });
  await prepareDatabase(database);
  const app = await createApp(
    validateEnvironment({
      LOG_LEVEL: 'silent',
      DATABASE_URL: database.url,
      RATE_LIMIT_PER_MINUTE: '1000000',
      ...env,
    }),
  );
  await app.listen(0, '127.0.0.1');
  const { key } = await app.get(KeysService).create({ name: 'bench', role: 'factchecker' }, SYSTEM_ACTOR);
  return {
    app,
    database,
    base: await app.getUrl(),
    key,
    async close() {
      await app.close();
      await database.release();
      if (!kept) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
