import { Client } from 'pg';

/** Owns the schema: migrations run as this role, and only they. */
export const OWNER_ROLE = 'claimtrail_owner';
/** The service and the CLI run as this role: it may read and write data, never rewrite the audit trail. */
export const APP_ROLE = 'claimtrail_app';

// Any constants work; they only have to be the same for every process that takes them.
const ROLES_LOCK = 0x726f6c65; // "role"

type Query = (sql: string) => Promise<unknown>;

/**
 * Creates the owner and app roles when missing, as a superuser. Roles belong to the whole cluster and
 * several processes (test runs sharing one server) may do this at once: an advisory lock makes them take
 * turns, and a role another one created first counts as created. With passwords (the embedded server, whose
 * roles this process manages) their attributes and passwords are set every time; without, existing roles
 * are left as they are.
 */
export async function ensureRoles(admin: Client, passwords?: { owner: string; app: string }): Promise<void> {
  await admin.query('SELECT pg_advisory_lock($1)', [ROLES_LOCK]);
  try {
    for (const role of [OWNER_ROLE, APP_ROLE]) {
      await admin.query(`DO $$ BEGIN
          CREATE ROLE ${role} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS;
        EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
        END $$`);
    }
    if (passwords) {
      for (const [role, password] of [
        [OWNER_ROLE, passwords.owner],
        [APP_ROLE, passwords.app],
      ]) {
        await admin.query(
          `ALTER ROLE ${role} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD ${admin.escapeLiteral(password)}`,
        );
      }
    }
  } finally {
    await admin.query('SELECT pg_advisory_unlock($1)', [ROLES_LOCK]);
  }
}

/**
 * Hands the objects of a database created before the roles existed (all owned by the superuser) to the
 * owner role; run as that superuser, connected to the database. Extension members stay with the extension.
 */
export async function adoptObjects(admin: Client): Promise<void> {
  await admin.query(`DO $$ DECLARE r record; BEGIN
    FOR r IN SELECT c.oid::regclass AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
              WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'v', 'm')
                AND c.relowner <> '${OWNER_ROLE}'::regrole
                AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = c.oid AND d.deptype = 'e') LOOP
      EXECUTE format('ALTER TABLE %s OWNER TO ${OWNER_ROLE}', r.name);
    END LOOP;
    FOR r IN SELECT p.oid::regprocedure AS name FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
              WHERE n.nspname = 'public' AND p.proowner <> '${OWNER_ROLE}'::regrole
                AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = p.oid AND d.deptype = 'e') LOOP
      EXECUTE format('ALTER FUNCTION %s OWNER TO ${OWNER_ROLE}', r.name);
    END LOOP;
  END $$`);
}

/**
 * The one grant step, run as the owner after every migration run: the app role may read and write every
 * table and use every sequence in `public` (and in `pgboss`, the job queue's schema, once a migration made
 * it), so a new table needs no grants of its own, except that it may only read and append the audit trail
 * and only read the migrations table and TypeORM's metadata table. It owns nothing, so it can neither alter a table nor disable a trigger.
 */
export async function grantAppRole(query: Query, appRole: string): Promise<void> {
  const role = `"${appRole.replace(/"/g, '""')}"`;
  await query(`GRANT USAGE ON SCHEMA public TO ${role}`);
  await query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${role}`);
  await query(`GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO ${role}`);
  await query(`REVOKE UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON audit_events FROM ${role}`);
  await query(`REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON schema_migrations FROM ${role}`);
  await query(`REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON typeorm_metadata FROM ${role}`);
  await query(`DO $$ BEGIN
      IF EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = 'pgboss') THEN
        EXECUTE 'GRANT USAGE ON SCHEMA pgboss TO ${role.replace(/'/g, "''")}';
        EXECUTE 'GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA pgboss TO ${role.replace(/'/g, "''")}';
        EXECUTE 'GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA pgboss TO ${role.replace(/'/g, "''")}';
      END IF;
    END $$`);
}
