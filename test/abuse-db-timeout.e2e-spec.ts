import { Client } from 'pg';
import { TRAIL_LOCK } from '../src/trail/trail.queries';
import { bearer, mintKey } from './support/keys';
import { TableWatch } from './support/table-checksums';
import { startTestApp, TestApp } from './support/test-app';

const STATEMENT_TIMEOUT_MS = 1500;

describe('abuse: a request the database gives up on', () => {
  let t: TestApp;
  let key: Record<string, string>;
  let watch: TableWatch;
  let other: Client;

  beforeAll(async () => {
    t = await startTestApp({ env: { DATABASE_STATEMENT_TIMEOUT_MS: String(STATEMENT_TIMEOUT_MS) } });
    key = bearer(await mintKey(t, 'factchecker'));
    watch = await TableWatch.open(t.superuserUrl);
    other = new Client({ connectionString: t.superuserUrl });
    await other.connect();
  });
  afterAll(async () => {
    await other.end();
    await watch.close();
    await t.close();
  });

  it('a statement over DATABASE_STATEMENT_TIMEOUT_MS answers 503 with Retry-After and stores nothing', async () => {
    const article = {
      title: 'Harbour dues',
      text: 'The harbour master said that dues would rise by 4% next spring. The port reopened on Monday.',
      publisher: 'Quay Gazette',
    };
    const before = await watch.checksums();
    // Another session holds the trail's lock, so the ingest's indexing waits past the statement timeout.
    await other.query('SELECT pg_advisory_lock($1)', [TRAIL_LOCK]);
    try {
      const res = await t.http.post('/api/documents').set(key).send(article);
      expect(res.status).toBe(503);
      expect(res.headers['retry-after']).toBe('5');
      expect(res.body).toMatchObject({
        statusCode: 503,
        error: 'Service Unavailable',
        code: 'database-timeout',
      });
      expect(res.body.message).toContain('taking too long');
    } finally {
      await other.query('SELECT pg_advisory_unlock($1)', [TRAIL_LOCK]);
    }
    expect(TableWatch.changed(before, await watch.checksums())).toEqual([]);

    // Once the lock is free the same request goes through.
    const retried = await t.http.post('/api/documents').set(key).send(article);
    expect(retried.status).toBe(201);
  });
});
