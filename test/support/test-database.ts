import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { withDatabaseName } from './database-url';

function server() {
  const url = process.env.CLAIMTRAIL_TEST_SERVER_URL;
  const template = process.env.CLAIMTRAIL_TEST_TEMPLATE;
  if (!url || !template) throw new Error('e2e specs run through jest, whose globalSetup starts PostgreSQL');
  return { url, template };
}

/** A fresh database for one spec file, cloned from the migrated template: isolated and parallel-safe. */
export async function createTestDatabase(): Promise<string> {
  const { url, template } = server();
  // The name carries the db-server's pid (in the template name) so its teardown drops it.
  const name = template.replace('_template_', `_${randomBytes(4).toString('hex')}_`);
  const admin = new Client({ connectionString: url });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name} TEMPLATE ${template}`);
  } finally {
    await admin.end();
  }
  return withDatabaseName(url, name);
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
