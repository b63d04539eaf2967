import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { OWNER_ROLE } from '../../src/database/roles';
import { withDatabaseName } from './database-url';

function server() {
  const superuser = process.env.CLAIMTRAIL_TEST_SERVER_URL;
  const owner = process.env.CLAIMTRAIL_TEST_OWNER_URL;
  const app = process.env.CLAIMTRAIL_TEST_APP_URL;
  const template = process.env.CLAIMTRAIL_TEST_TEMPLATE;
  if (!superuser || !owner || !app || !template)
    throw new Error('e2e specs run through jest, whose globalSetup starts PostgreSQL');
  return { superuser, owner, app, template };
}

/** One test database as each role reaches it. */
export interface TestDatabaseUrls {
  /** The least-privilege app role, as the service connects. */
  app: string;
  /** The owner role, as migrations run. */
  owner: string;
  /** The superuser: for tests that tamper with or inspect the database as an attacker with full access would. */
  superuser: string;
}

/** The URLs of a test database (named by any of its URLs) for each role. */
export function testDatabaseUrls(url: string): TestDatabaseUrls {
  const name = new URL(url).pathname.slice(1);
  const { superuser, owner, app } = server();
  return {
    app: withDatabaseName(app, name),
    owner: withDatabaseName(owner, name),
    superuser: withDatabaseName(superuser, name),
  };
}

/**
 * A fresh database for one spec file, cloned from the migrated template: isolated and parallel-safe.
 * Returns the app role's URL.
 */
export async function createTestDatabase(): Promise<string> {
  const { superuser, app, template } = server();
  // The name carries the db-server's pid (in the template name) so its teardown drops it.
  const name = template.replace('_template_', `_${randomBytes(4).toString('hex')}_`);
  const admin = new Client({ connectionString: superuser });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name} TEMPLATE ${template} OWNER ${OWNER_ROLE}`);
  } finally {
    await admin.end();
  }
  return withDatabaseName(app, name);
}

/** Runs SQL directly, as a test that inspects or tampers with stored rows needs to. */
export async function withClient<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
