import { newArticle } from './support/factories';
import { bearer, mintKey } from './support/keys';
import { startTestApp, TestApp } from './support/test-app';
import { createTestDatabase, testDatabaseUrls, withClient } from './support/test-database';

const REPLICA = 'claimtrail-replica';

// DATABASE_READ_URL names the same database here, told apart by its application_name: the connections
// PostgreSQL sees under that name are the replica pool's.
describe('DATABASE_READ_URL', () => {
  let t: TestApp;
  let superuserUrl: string;

  beforeAll(async () => {
    const url = await createTestDatabase();
    const replica = new URL(url);
    replica.searchParams.set('application_name', REPLICA);
    t = await startTestApp({ databaseUrl: url, env: { DATABASE_READ_URL: replica.toString() } });
    superuserUrl = testDatabaseUrls(url).superuser;
  });
  afterAll(() => t.close());

  // The last statement each replica-pool connection ran, as PostgreSQL shows it to the superuser (its first
  // 1,024 characters: the select list of the list queries, which names their table alias).
  const replicaQueries = () =>
    withClient(superuserUrl, async (c) => {
      const { rows } = await c.query(
        `SELECT query FROM pg_stat_activity WHERE datname = current_database() AND application_name = $1`,
        [REPLICA],
      );
      return rows.map((r: { query: string }) => r.query);
    });

  it('keeps writes on the primary and sends list reads and reports through the replica pool', async () => {
    const key = bearer(await mintKey(t, 'factchecker'));
    const created = await t.http.post('/api/documents').set(key).send(newArticle()).expect(201);
    await t.http.get(`/api/documents/${created.body.id}`).expect(200);
    for (const query of await replicaQueries()) expect(query).not.toMatch(/INSERT|UPDATE|"documents"/);

    const claims = await t.http.get(`/api/claims?documentId=${created.body.id}`).expect(200);
    expect(claims.body.items.length).toBeGreaterThan(0);
    expect(await replicaQueries()).toContainEqual(expect.stringMatching(/^SELECT c\.id, c\.document_id/));

    const documents = await t.http.get('/api/documents').expect(200);
    expect(documents.body.items.map((d: { id: string }) => d.id)).toContain(created.body.id);
    expect(await replicaQueries()).toContainEqual(expect.stringMatching(/^SELECT "d"."id" AS "d_id"/));

    const report = await t.http.get(`/api/documents/${created.body.id}/report?format=csv`).expect(200);
    expect(report.text.split('\n').length).toBeGreaterThan(claims.body.items.length);
  });
});
