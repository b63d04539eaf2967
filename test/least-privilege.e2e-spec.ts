import { DataSource } from 'typeorm';
import { prepareDatabase } from '../src/database/prepare-database';
import { APP_ROLE, OWNER_ROLE } from '../src/database/roles';
import { newArticle } from './support/factories';
import { bearer, mintKey } from './support/keys';
import { startTestApp, TestApp } from './support/test-app';
import { withClient } from './support/test-database';

// Runs on whichever server the suite uses: the embedded default, or DATABASE_URL (CI runs both).
describe('the service’s database role', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
    // Some history to protect.
    const fc = bearer(await mintKey(t, 'factchecker', 'privilege-fc'));
    await t.http.post('/api/documents').set(fc).send(newArticle()).expect(201);
  });
  afterAll(() => t.close());

  const asApp = (sql: string) => withClient(t.databaseUrl, (c) => c.query(sql));

  it('is the least-privilege app role, neither superuser nor owner of anything', async () => {
    expect(await t.app.get(DataSource).query('SELECT current_user AS role')).toEqual([{ role: APP_ROLE }]);
    const { rows } = await asApp(
      `SELECT r.rolsuper, r.rolbypassrls, r.rolcreaterole, r.rolcreatedb,
              (SELECT count(*)::int FROM pg_class c WHERE pg_has_role(current_user, c.relowner, 'USAGE')) AS owns
         FROM pg_roles r WHERE r.rolname = current_user`,
    );
    expect(rows[0]).toEqual({
      rolsuper: false,
      rolbypassrls: false,
      rolcreaterole: false,
      rolcreatedb: false,
      owns: 0,
    });
  });

  it.each([
    ['UPDATE audit_events', `UPDATE audit_events SET action = 'nothing' WHERE seq = 1`, /permission denied/],
    ['DELETE FROM audit_events', `DELETE FROM audit_events WHERE seq = 1`, /permission denied/],
    ['TRUNCATE audit_events', `TRUNCATE audit_events`, /permission denied/],
    ['SET session_replication_role = replica', `SET session_replication_role = replica`, /permission denied/],
    [
      'ALTER TABLE … DISABLE TRIGGER',
      `ALTER TABLE audit_events DISABLE TRIGGER audit_events_append_only`,
      /must be owner/,
    ],
    ['ALTER TABLE … DISABLE TRIGGER ALL', `ALTER TABLE audit_events DISABLE TRIGGER ALL`, /must be owner/],
    ['DROP TRIGGER', `DROP TRIGGER audit_events_append_only ON audit_events`, /must be owner/],
    ['CREATE TABLE in public', `CREATE TABLE shadow_events (seq bigint)`, /permission denied/],
  ])('may not %s', async (_what, sql, refusal) => {
    await expect(asApp(sql)).rejects.toThrow(refusal);
  });

  it('may read and append the audit trail, read and write the data, and only read the migrations', async () => {
    const { rows } = await asApp(
      `SELECT has_table_privilege('audit_events', 'SELECT') AS audit_select,
              has_table_privilege('audit_events', 'INSERT') AS audit_insert,
              has_table_privilege('audit_events', 'UPDATE') AS audit_update,
              has_table_privilege('audit_events', 'DELETE') AS audit_delete,
              has_table_privilege('claims', 'SELECT, INSERT, UPDATE') AS claims_write,
              has_table_privilege('schema_migrations', 'SELECT') AS migrations_read,
              has_table_privilege('schema_migrations', 'INSERT') AS migrations_insert`,
    );
    expect(rows[0]).toEqual({
      audit_select: true,
      audit_insert: true,
      audit_update: false,
      audit_delete: false,
      claims_write: true,
      migrations_read: true,
      migrations_insert: false,
    });
  });

  it('gets access to tables a later migration adds, in public and in the job queue’s pgboss schema, from the one grant step', async () => {
    // As later migrations would (as the owner): a new table in public, and one in pg-boss's schema.
    await withClient(t.ownerUrl, async (c) => {
      await c.query(`CREATE TABLE later_feature (id serial PRIMARY KEY, note text)`);
      await c.query(`CREATE TABLE pgboss.later_job (id serial PRIMARY KEY, name text)`);
    });
    await expect(asApp(`INSERT INTO later_feature (note) VALUES ('x')`)).rejects.toThrow(/permission denied/);

    await prepareDatabase({ url: t.databaseUrl, ownerUrl: t.ownerUrl });

    await asApp(`INSERT INTO later_feature (note) VALUES ('x')`);
    await asApp(`INSERT INTO pgboss.later_job (name) VALUES ('import')`);
    expect((await asApp(`SELECT count(*)::int AS n FROM pgboss.later_job`)).rows[0].n).toBe(1);
    await expect(asApp(`UPDATE audit_events SET action = 'x'`)).rejects.toThrow(/permission denied/);
    const owners = await withClient(t.superuserUrl, (c) =>
      c.query(`SELECT DISTINCT pg_get_userbyid(relowner) AS owner FROM pg_class
                WHERE relnamespace IN ('public'::regnamespace, 'pgboss'::regnamespace) AND relkind IN ('r', 'S')`),
    );
    expect(owners.rows).toEqual([{ owner: OWNER_ROLE }]);
  });

  it('uses the job queue a migration made, and cannot change its schema (pg-boss never migrates at run time)', async () => {
    await asApp(
      `INSERT INTO pgboss.job (name, data) VALUES ('import-batch', '{"importId": "x", "batch": 0}')`,
    );
    expect(
      (await asApp(`SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'import-batch'`)).rows[0].n,
    ).toBe(1);
    await expect(asApp(`CREATE TABLE pgboss.mine (id int)`)).rejects.toThrow(/permission denied/);
    await expect(asApp(`SELECT pgboss.create_queue('another', '{"policy": "standard"}')`)).rejects.toThrow(
      /permission denied|must be owner/,
    );
  });
});
