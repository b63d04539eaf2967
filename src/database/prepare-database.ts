import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source-options';
import { grantAppRole } from './roles';

// Serialises migration runs of processes starting together (a service and a CLI command).
const MIGRATION_LOCK = 0x6d696772; // "migr"

export interface DatabaseUrls {
  /** Where the app connects, as the least-privilege app role. */
  url: string;
  /** Where migrations run, as the owner role (the same URL when only one is configured). */
  ownerUrl: string;
}

/**
 * Brings the database up to date before the app connects: the migrations as the owner, then the one grant
 * step for the app role (skipped when both are the same role). Returns a warning when the app role could
 * rewrite the audit trail itself (a superuser, or a member of the role that owns its table), else null.
 */
export async function prepareDatabase(urls: DatabaseUrls, ssl = false): Promise<string | null> {
  const appRole = await asApp(urls.url, ssl, async (app) => {
    const { rows } = await app.query<{ role: string }>('SELECT current_user AS role');
    return rows[0].role;
  });
  const owner = new DataSource(dataSourceOptions(urls.ownerUrl, { ssl, poolSize: 2 }));
  await owner.initialize();
  try {
    const lock = owner.createQueryRunner();
    await lock.connect();
    try {
      await lock.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
      await owner.runMigrations({ transaction: 'all' });
      const [{ role: ownerRole }]: Array<{ role: string }> = await owner.query('SELECT current_user AS role');
      if (ownerRole !== appRole) await grantAppRole((sql) => owner.query(sql), appRole);
    } finally {
      await lock.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
      await lock.release();
    }
  } finally {
    await owner.destroy();
  }
  return asApp(urls.url, ssl, privilegeWarning);
}

async function asApp<T>(url: string, ssl: boolean, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url, ssl: ssl ? { rejectUnauthorized: false } : false });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function privilegeWarning(app: Client): Promise<string | null> {
  const { rows } = await app.query<{ role: string; superuser: boolean; owner: boolean }>(
    `SELECT current_user AS role, r.rolsuper AS superuser, pg_has_role(current_user, c.relowner, 'USAGE') AS owner
       FROM pg_roles r, pg_class c WHERE r.rolname = current_user AND c.oid = 'public.audit_events'::regclass`,
  );
  const { role, superuser, owner } = rows[0];
  if (!superuser && !owner) return null;
  return (
    `the service connects as role "${role}", which ${superuser ? 'is a superuser' : 'owns the audit trail’s table'} ` +
    'and could disable its triggers and rewrite history undetected by the database: set DATABASE_URL to a ' +
    'least-privilege role and DATABASE_OWNER_URL to the owner (see "Database roles" in docs/operations.md)'
  );
}
