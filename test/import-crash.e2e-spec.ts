import { newArticle } from './support/factories';
import { ndjson, waitForImport } from './support/imports';
import { bearer, mintKey } from './support/keys';
import { startTestApp, TestApp } from './support/test-app';
import { withClient } from './support/test-database';
import { startWorkerProcess, WorkerProcess } from './support/worker-process';

jest.setTimeout(240_000);

describe('an import survives a worker killed with kill -9', () => {
  let t: TestApp;
  const workers: WorkerProcess[] = [];

  // Jobs expire after 4 s (a killed worker's batch is retried then) and workers look for expired jobs every second.
  const env = { IMPORT_BATCH_SIZE: '6', IMPORT_JOB_EXPIRE_SECONDS: '4', QUEUE_MAINTENANCE_SECONDS: '1' };

  beforeAll(async () => {
    t = await startTestApp({ env });
  });
  afterAll(async () => {
    // SIGTERM: a parent of forked workers stops them before it exits.
    for (const w of workers) if (w.child.exitCode === null) w.child.kill('SIGTERM');
    await Promise.all(workers.map((w) => w.exited));
    await t.close();
  });

  const worker = (count = 1) => {
    const w = startWorkerProcess({
      ...env,
      WORKERS: String(count),
      DATABASE_URL: t.databaseUrl,
      DATABASE_OWNER_URL: t.ownerUrl,
    });
    workers.push(w);
    return w;
  };

  const activeJobs = (id: string) =>
    withClient(t.databaseUrl, async (c) => {
      const { rows } = await c.query(
        `SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'import-batch' AND state = 'active' AND data->>'importId' = $1`,
        [id],
      );
      return rows[0].n as number;
    });

  it('resumes on restart with exact totals and no half-stored document', async () => {
    const key = bearer(await mintKey(t, 'factchecker'));
    const tag = `crash-${Date.now()}`;
    const articles = Array.from({ length: 90 }, (_, i) => newArticle({ title: `${tag} ${i}` }));
    const accepted = await t.http
      .post('/api/imports')
      .set(key)
      .set('Content-Type', 'application/x-ndjson')
      .send(ndjson(articles))
      .expect(202);
    const id = accepted.body.id as string;

    // Killed once it has stored some batches but not all: mid-import, most likely mid-batch.
    const first = worker();
    const deadline = Date.now() + 120_000;
    for (;;) {
      const status = await t.http.get(`/api/imports/${id}`).set(key).expect(200);
      if (status.body.processed >= 12 && (await activeJobs(id)) > 0) break;
      if (Date.now() > deadline || first.child.exitCode !== null)
        throw new Error(`worker made no progress: ${JSON.stringify(status.body)}\n${first.output()}`);
      await new Promise((r) => setTimeout(r, 50));
    }
    first.child.kill('SIGKILL');
    await first.exited;
    const atKill = await t.http.get(`/api/imports/${id}`).set(key).expect(200);
    expect(atKill.body.status).toBe('running');
    expect(atKill.body.processed).toBeLessThan(90);

    // Restarted as `WORKERS=2 npm run worker` would: two processes share the rest of the batches.
    const restarted = worker(2);
    const done = await waitForImport(t.http, key, id, 180_000);
    expect(done).toMatchObject({
      status: 'done',
      total: 90,
      processed: 90,
      created: 90,
      duplicates: 0,
      failed: 0,
    });

    await withClient(t.databaseUrl, async (c) => {
      const stored = await c.query(
        `SELECT count(*)::int AS documents,
                count(*) FILTER (WHERE NOT EXISTS (SELECT 1 FROM claims cl WHERE cl.document_id = d.id))::int AS without
           FROM documents d WHERE d.title LIKE $1`,
        [`${tag} %`],
      );
      expect(stored.rows[0]).toEqual({ documents: 90, without: 0 });
      // The claim trail has indexed every one, those a batch stored just before the kill included.
      const unindexed = await c.query(
        `SELECT count(*)::int AS n FROM documents d WHERE d.title LIKE $1
            AND NOT EXISTS (SELECT 1 FROM document_fingerprints f WHERE f.document_id = d.id)`,
        [`${tag} %`],
      );
      expect(unindexed.rows[0].n).toBe(0);
      // Each document's claims were stored with it, exactly once: one creation event each, naming them all.
      const events = await c.query(
        `SELECT count(*)::int AS events,
                count(*) FILTER (WHERE (a.changes->'after'->>'extractedClaims')::int =
                  (SELECT count(*) FROM claims cl WHERE cl.document_id = a.entity_id))::int AS whole
           FROM audit_events a WHERE a.entity_type = 'document' AND a.changes->'after'->>'importId' = $1`,
        [id],
      );
      expect(events.rows[0]).toEqual({ events: 90, whole: 90 });
      const left = await c.query(`SELECT count(*)::int AS n FROM import_lines WHERE import_id = $1`, [id]);
      expect(left.rows[0].n).toBe(0);
      // Both forked workers are connected, each with its own pg-boss pool (named by its process id).
      const pools = await c.query(
        `SELECT count(DISTINCT application_name)::int AS n FROM pg_stat_activity
          WHERE application_name LIKE 'claimtrail-worker-%' AND datname = current_database()`,
      );
      expect(pools.rows[0].n).toBeGreaterThanOrEqual(2);
    });
    expect(restarted.output()).not.toMatch(/error/i);
  });
});
