import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { DocumentsService, prepareDocument } from '../src/documents/documents.service';
import { CreateDocumentDto } from '../src/documents/dto/create-document.dto';
import { ImportBatchProcessor } from '../src/imports/import-batch.processor';
import { ImportWorker } from '../src/imports/import-worker';
import { TRAIL_LOCK } from '../src/trail/trail.queries';
import { CHAIN_LOCK } from '../src/audit/audit.queries';
import { newArticle } from './support/factories';
import { gzip, ndjson, waitForImport } from './support/imports';
import { bearer, mintKey } from './support/keys';
import { startTestApp, TestApp } from './support/test-app';
import { withClient } from './support/test-database';

const NDJSON = 'application/x-ndjson';

describe('imports API', () => {
  let t: TestApp;
  let factchecker: Record<string, string>;
  let workerStarted = false;

  // Batches of 3 lines, so a small file is several jobs; a 1 KB body limit, which imports must ignore.
  beforeAll(async () => {
    t = await startTestApp({ env: { IMPORT_BATCH_SIZE: '3', BODY_LIMIT_BYTES: '1024' } });
    factchecker = bearer(await mintKey(t, 'factchecker'));
  });
  afterAll(() => t.close());

  async function startWorker() {
    if (workerStarted) return;
    workerStarted = true;
    await t.app.get(ImportWorker).start();
  }

  const post = (body: string | Buffer, headers: Record<string, string> = factchecker) =>
    t.http.post('/api/imports').set(headers).set('Content-Type', NDJSON).send(body);

  // Runs first, while no worker takes jobs: the import stays queued until cancelled.
  it('cancels a queued import: nothing of it is stored, and a finished import cannot be cancelled; a starting worker indexes what the trail missed', async () => {
    const articles = [newArticle(), newArticle(), newArticle(), newArticle()];
    const accepted = await post(ndjson(articles)).expect(202);
    expect(accepted.body).toEqual({ id: expect.any(String), status: 'queued' });
    const cancelled = await t.http
      .post(`/api/imports/${accepted.body.id}/cancel`)
      .set(factchecker)
      .expect(200);
    expect(cancelled.body).toMatchObject({ status: 'cancelled', total: 4, processed: 0 });
    expect(cancelled.body.finishedAt).toEqual(expect.any(String));
    const again = await t.http.post(`/api/imports/${accepted.body.id}/cancel`).set(factchecker).expect(409);
    expect(again.body.code).toBe('conflict');

    // A crash between a batch's transaction and its trail indexing leaves a stored document the trail has
    // not seen; a worker indexes such documents when it starts.
    const unindexed = await t.app.get(DataSource).transaction((em) =>
      t.app
        .get(DocumentsService)
        .storeMany(em, [prepareDocument(newArticle({ kind: 'article' }) as CreateDocumentDto)], undefined, {
          trail: false,
        }),
    );
    const fingerprinted = () =>
      withClient(
        t.databaseUrl,
        async (c) =>
          (
            await c.query(`SELECT count(*)::int AS n FROM document_fingerprints WHERE document_id = $1`, [
              unindexed[0].id,
            ])
          ).rows[0].n,
      );
    expect(await fingerprinted()).toBe(0);

    // Its jobs still run once a worker starts, and store nothing.
    await startWorker();
    expect(await fingerprinted()).toBe(1);
    const other = await post(ndjson([newArticle()])).expect(202);
    await waitForImport(t.http, factchecker, other.body.id);
    const stored = await withClient(t.databaseUrl, (c) =>
      c.query(`SELECT count(*)::int AS n FROM documents WHERE title = ANY($1)`, [
        articles.map((a) => a.title),
      ]),
    );
    expect(stored.rows[0].n).toBe(0);
    expect(
      (await t.http.get(`/api/imports/${accepted.body.id}`).set(factchecker).expect(200)).body,
    ).toMatchObject({ status: 'cancelled', processed: 0 });
  });

  it('stores good lines, reports bad ones by line number and counts duplicates', async () => {
    await startWorker();
    const first = newArticle();
    const body = ndjson([
      first,
      newArticle(),
      '{"title": "broken", ',
      '',
      { text: 'no title here' },
      { ...newArticle(), colour: 'red' },
      { ...first, title: 'same text again' },
      newArticle(),
      [1, 2],
    ]);
    const accepted = await post(body).expect(202);
    const done = await waitForImport(t.http, factchecker, accepted.body.id);
    expect(done).toMatchObject({
      id: accepted.body.id,
      status: 'done',
      total: 8,
      processed: 8,
      created: 3,
      duplicates: 1,
      failed: 4,
    });
    expect(done.errors.map((e) => e.line)).toEqual([3, 5, 6, 9]);
    expect(done.errors[0].message).toMatch(/^not JSON/);
    expect(done.errors[1].message).toMatch(/title/);
    expect(done.errors[2].message).toMatch(/colour should not exist/);
    expect(done.errors[3].message).toBe('not a JSON object');
    expect(Date.parse(done.startedAt!)).toBeLessThanOrEqual(Date.parse(done.finishedAt!));

    // Every stored document has its claims, and each claim's origin is the import's audit event.
    const docs = await withClient(t.databaseUrl, (c) =>
      c.query(
        `SELECT d.id, count(c.id)::int AS claims FROM documents d LEFT JOIN claims c ON c.document_id = d.id
          WHERE d.content_hash IN (SELECT content_hash FROM documents WHERE title = $1) GROUP BY d.id`,
        [first.title],
      ),
    );
    expect(docs.rows).toHaveLength(1);
    expect(docs.rows[0].claims).toBeGreaterThan(0);
    const claims = await t.http.get(`/api/documents/${docs.rows[0].id}/claims`).expect(200);
    const history = await t.http.get(`/api/claims/${claims.body.items[0].id}/history`).expect(200);
    expect(history.body.items).toContainEqual(
      expect.objectContaining({
        action: 'create',
        entityType: 'document',
        changes: expect.objectContaining({ after: expect.objectContaining({ importId: accepted.body.id }) }),
      }),
    );
    const importEvents = await withClient(t.databaseUrl, (c) =>
      c.query(
        `SELECT action FROM audit_events WHERE entity_type = 'import' AND entity_id = $1 ORDER BY seq`,
        [accepted.body.id],
      ),
    );
    expect(importEvents.rows.map((r) => r.action)).toEqual(['create', 'finish']);
  });

  it('resolves the speakers of a whole batch at once: a new named speaker once, unnamed groups per document', async () => {
    await startWorker();
    const name = `Zelda Quorn${Date.now().toString(36)}`.replace(/\d/g, (d) => 'abcdefghij'[Number(d)]);
    const text = (n: number) =>
      `The council met on Monday about the depot (ref ${n}-${name}). Port director ${name} said the depot ` +
      `would open in May. Residents said the plan was rushed.`;
    const accepted = await post(
      ndjson([
        { title: `${name} one`, text: text(1) },
        { title: `${name} two`, text: text(2) },
      ]),
    ).expect(202);
    expect(await waitForImport(t.http, factchecker, accepted.body.id)).toMatchObject({
      status: 'done',
      created: 2,
    });
    await withClient(t.databaseUrl, async (c) => {
      const named = await c.query(`SELECT id FROM speakers WHERE name = $1`, [name]);
      expect(named.rows).toHaveLength(1);
      const docs = await c.query(
        `SELECT d.title, array_agg(DISTINCT s.id) FILTER (WHERE s.kind = 'unnamed-group') AS groups
           FROM documents d JOIN claims cl ON cl.document_id = d.id JOIN speakers s ON s.id = cl.speaker_id
          WHERE d.title LIKE $1 GROUP BY d.title, d.id ORDER BY d.title`,
        [`${name} %`],
      );
      expect(docs.rows).toHaveLength(2);
      // Each document's "Residents" is its own speaker; the person is shared.
      expect(docs.rows[0].groups).toHaveLength(1);
      expect(docs.rows[1].groups).toHaveLength(1);
      expect(docs.rows[0].groups[0]).not.toBe(docs.rows[1].groups[0]);
      // The person counts as created by the first document that names it, in the audit trail.
      const events = await c.query(
        `SELECT changes->'after'->>'title' AS title, changes->'after'->'speakerIds' AS speakers FROM audit_events
          WHERE entity_type = 'document' AND changes->'after'->>'importId' = $1 ORDER BY changes->'after'->>'title'`,
        [accepted.body.id],
      );
      expect(events.rows.map((e) => e.title)).toEqual([`${name} one`, `${name} two`]);
      expect(events.rows[0].speakers).toContain(named.rows[0].id);
      expect(events.rows[1].speakers).not.toContain(named.rows[0].id);
      expect(events.rows[0].speakers).toContain(docs.rows[0].groups[0]);
      expect(events.rows[1].speakers).toContain(docs.rows[1].groups[0]);
    });
  });

  it('stores the rest of a batch when one document fails in the database, reporting that line', async () => {
    await startWorker();
    // Input the rules let through can still fail in the database (a constraint, a trigger of the site's own):
    // a trigger that refuses one title stands in for it. Only that line fails.
    const refused = `Refused by the database ${newArticle().title}`;
    await withClient(t.superuserUrl, async (c) => {
      await c.query(`CREATE FUNCTION refuse_one_title() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF NEW.title LIKE 'Refused by the database%' THEN RAISE EXCEPTION 'this title is refused'; END IF;
          RETURN NEW;
        END $$`);
      await c.query(
        `CREATE TRIGGER refuse_one_title BEFORE INSERT ON documents FOR EACH ROW EXECUTE FUNCTION refuse_one_title()`,
      );
    });
    try {
      const body = ndjson([newArticle(), newArticle({ title: refused }), newArticle()]);
      const accepted = await post(body).expect(202);
      const done = await waitForImport(t.http, factchecker, accepted.body.id);
      expect(done).toMatchObject({ status: 'done', total: 3, created: 2, failed: 1 });
      expect(done.errors).toEqual([
        { line: 2, message: expect.stringMatching(/^could not be stored: this title is refused/) },
      ]);
      const stored = await withClient(t.databaseUrl, (c) =>
        c.query(`SELECT count(*)::int AS n FROM documents WHERE title = $1`, [refused]),
      );
      expect(stored.rows[0].n).toBe(0);
    } finally {
      await withClient(t.superuserUrl, (c) =>
        c.query(`DROP TRIGGER refuse_one_title ON documents; DROP FUNCTION refuse_one_title()`),
      );
    }
  });

  it('refuses lines with a lone surrogate or NUL anywhere, metadata keys included, as the API does', async () => {
    await startWorker();
    const body = ndjson([
      newArticle({ title: `Lone \udc00 ${newArticle().title}` }),
      { ...newArticle(), metadata: { ['bad \udc00 key']: 1 } },
      newArticle(),
    ]);
    const accepted = await post(body).expect(202);
    const done = await waitForImport(t.http, factchecker, accepted.body.id);
    expect(done).toMatchObject({ status: 'done', total: 3, created: 1, failed: 2 });
    expect(done.errors).toEqual([
      { line: 1, message: expect.stringMatching(/^Validation failed: title must be well-formed Unicode/) },
      {
        line: 2,
        message: expect.stringMatching(/^Validation failed: the name of field .* must be well-formed/),
      },
    ]);
  });

  it('accepts a gzip body, declared by Content-Encoding or not', async () => {
    await startWorker();
    const declared = await post(gzip(ndjson([newArticle(), newArticle()])), {
      ...factchecker,
      'Content-Encoding': 'gzip',
    }).expect(202);
    const sniffed = await post(gzip(ndjson([newArticle()]))).expect(202);
    expect(await waitForImport(t.http, factchecker, declared.body.id)).toMatchObject({
      status: 'done',
      created: 2,
    });
    expect(await waitForImport(t.http, factchecker, sniffed.body.id)).toMatchObject({
      status: 'done',
      created: 1,
    });
  });

  it('streams a body far larger than the body limit', async () => {
    await startWorker();
    const articles = Array.from({ length: 40 }, () => newArticle());
    const body = ndjson(articles);
    expect(body.length).toBeGreaterThan(10 * 1024);
    const accepted = await post(body).expect(202);
    expect(await waitForImport(t.http, factchecker, accepted.body.id)).toMatchObject({
      status: 'done',
      total: 40,
      created: 40,
      failed: 0,
    });
  });

  it('runs a batch once: a job run again after its batch was stored changes nothing', async () => {
    // Queued without a worker taking it: the batch is run by hand, twice, as a crashed worker's retry would.
    const t2 = await startTestApp({ databaseUrl: t.databaseUrl, env: { IMPORT_BATCH_SIZE: '5' } });
    try {
      const key = bearer(await mintKey(t2, 'factchecker'));
      const accepted = await t2.http
        .post('/api/imports')
        .set(key)
        .set('Content-Type', NDJSON)
        .send(ndjson([newArticle(), newArticle(), 'nope']))
        .expect(202);
      const processor = t2.app.get(ImportBatchProcessor);
      // The first run may race the spec's worker (same database): either it or the worker stores the batch.
      await processor.run({ importId: accepted.body.id, batch: 0 });
      expect(await processor.run({ importId: accepted.body.id, batch: 0 })).toBe('skipped');
      expect(await waitForImport(t2.http, key, accepted.body.id)).toMatchObject({
        status: 'done',
        total: 3,
        processed: 3,
        created: 2,
        failed: 1,
      });
    } finally {
      await t2.close();
    }
  });

  it('lists imports newest first, by status', async () => {
    const accepted = await post(ndjson([newArticle()])).expect(202);
    await waitForImport(t.http, factchecker, accepted.body.id);
    const list = await t.http.get('/api/imports?limit=100').set(factchecker).expect(200);
    expect(list.body.items[0].id).toBe(accepted.body.id);
    expect(list.body.items.length).toBeGreaterThanOrEqual(5);
    const cancelled = await t.http.get('/api/imports?status=cancelled').set(factchecker).expect(200);
    expect(cancelled.body.items.map((i: { status: string }) => i.status)).toEqual(['cancelled']);
  });

  it('indexes each stored batch for the claim trail: a reprint gets copyOf, audited, before its original in a batch or after it in another', async () => {
    await startWorker();
    const story =
      'The county will close the old landfill at Greyhollow next year and turn it into a solar farm, its planning chief said on Monday. ' +
      'The site has taken household waste since 1974 and will be capped with clay before panels go in. ' +
      'The farm should power about 4,000 homes, according to the county, and cost 31 million to build. ' +
      'Neighbours said the lorries would finally stop using the lane past the primary school.';
    const wire = newArticle({
      title: 'Landfill to become solar farm',
      text: story,
      publisher: 'County Wire',
    });
    // Lines 1 and 4: one reprint before the wire story in its batch of three, one in the next batch.
    const reprints = [1, 2].map((n) =>
      newArticle({
        title: `Solar farm for landfill site (${n})`,
        text: `${story} Residents can see the plans at the library ${n === 1 ? 'this week' : 'until Friday'}.`,
        publisher: `Town Paper ${n}`,
        publishedAt: '2026-03-05T09:30:00.000Z',
      }),
    );
    const accepted = await post(ndjson([reprints[0], wire, newArticle(), reprints[1]])).expect(202);
    expect(await waitForImport(t.http, factchecker, accepted.body.id)).toMatchObject({
      status: 'done',
      created: 4,
    });
    const ids = await withClient(t.databaseUrl, async (c) => {
      const { rows } = await c.query(`SELECT id, title FROM documents WHERE title = ANY($1)`, [
        [wire, ...reprints].map((a) => a.title),
      ]);
      return new Map(rows.map((r: { id: string; title: string }) => [r.title, r.id]));
    });
    const wireId = ids.get(wire.title)!;
    for (const reprint of reprints) {
      const id = ids.get(reprint.title)!;
      expect((await t.http.get(`/api/documents/${id}`).expect(200)).body.copyOf).toBe(wireId);
      const history = (await t.http.get(`/api/documents/${id}/history`).expect(200)).body.items;
      expect(history.map((e: { action: string }) => e.action)).toEqual(['create', 'update']);
      expect(history[1].changes).toEqual({ before: { copyOf: null }, after: { copyOf: wireId } });
    }
  });

  it('is done only once the claim trail has indexed its last batch: every document is on the trail by then', async () => {
    await startWorker();
    // The trail's lock, held here: the batch is stored, but cannot be indexed until it is released.
    const holder = new Client({ connectionString: t.superuserUrl });
    await holder.connect();
    try {
      await holder.query('SELECT pg_advisory_lock($1)', [TRAIL_LOCK]);
      const articles = [newArticle(), newArticle()];
      const accepted = await post(ndjson(articles)).expect(202);
      const deadline = Date.now() + 30_000;
      for (;;) {
        const status = await t.http.get(`/api/imports/${accepted.body.id}`).set(factchecker).expect(200);
        if (status.body.processed === 2) {
          expect(status.body).toMatchObject({ status: 'running', created: 2, finishedAt: null });
          break;
        }
        if (Date.now() > deadline) throw new Error(`batch never stored: ${JSON.stringify(status.body)}`);
        await new Promise((r) => setTimeout(r, 50));
      }
      await holder.query('SELECT pg_advisory_unlock($1)', [TRAIL_LOCK]);
      expect(await waitForImport(t.http, factchecker, accepted.body.id)).toMatchObject({
        status: 'done',
        created: 2,
      });
      const unindexed = await withClient(t.databaseUrl, async (c) => {
        const { rows } = await c.query(
          `SELECT count(*)::int AS n FROM documents d WHERE d.title = ANY($1)
              AND NOT EXISTS (SELECT 1 FROM document_fingerprints f WHERE f.document_id = d.id)`,
          [articles.map((a) => a.title)],
        );
        return rows[0].n as number;
      });
      expect(unindexed).toBe(0);
    } finally {
      await holder.end();
    }
  });

  it("indexes a batch whose copy is audited taking the import's row before the audit chain's lock, as the batch's store does, so the two never deadlock", async () => {
    await startWorker();
    const story =
      'The harbour board will dredge the east channel this winter so that larger ferries can dock, its chair said on Tuesday. ' +
      'The work will close two berths for six weeks and cost about 12 million, paid from port fees. ' +
      'Fishing crews asked for the dredging to avoid the spawning season, which the board promised to consider.';
    const wire = newArticle({ title: 'Channel to be dredged', text: story, publisher: 'Harbour Wire' });
    const reprint = newArticle({
      title: 'East channel dredging',
      text: `${story} The ferry company welcomed the plan.`,
      publisher: 'Bay Times',
    });
    const trailHolder = new Client({ connectionString: t.superuserUrl });
    const chainHolder = new Client({ connectionString: t.superuserUrl });
    await trailHolder.connect();
    await chainHolder.connect();
    try {
      // The batch is stored, and its indexing held back by the trail's lock.
      await trailHolder.query('SELECT pg_advisory_lock($1)', [TRAIL_LOCK]);
      const accepted = await post(ndjson([wire, reprint])).expect(202);
      const deadline = Date.now() + 30_000;
      while ((await t.http.get(`/api/imports/${accepted.body.id}`).set(factchecker)).body.processed !== 2) {
        if (Date.now() > deadline) throw new Error('batch never stored');
        await new Promise((r) => setTimeout(r, 50));
      }
      // Another transaction records audit events: the indexing, let go, waits for the chain's lock.
      await chainHolder.query('SELECT pg_advisory_lock($1)', [CHAIN_LOCK]);
      await trailHolder.query('SELECT pg_advisory_unlock($1)', [TRAIL_LOCK]);
      for (;;) {
        const waiting = await chainHolder.query(
          `SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND objid = $1 AND NOT granted`,
          [CHAIN_LOCK],
        );
        if (waiting.rows.length > 0) break;
        if (Date.now() > deadline) throw new Error('the indexing never waited for the audit chain');
        await new Promise((r) => setTimeout(r, 20));
      }
      // It already holds the import's row, which a batch's store locks before the chain: a store waiting for
      // that row holds no chain lock the indexing could be waiting for.
      const row = withClient(t.superuserUrl, (c) =>
        c.query(`SELECT 1 FROM imports WHERE id = $1 FOR UPDATE NOWAIT`, [accepted.body.id]),
      );
      await expect(row).rejects.toMatchObject({ code: '55P03' });
      await chainHolder.query('SELECT pg_advisory_unlock($1)', [CHAIN_LOCK]);
      expect(await waitForImport(t.http, factchecker, accepted.body.id)).toMatchObject({
        status: 'done',
        created: 2,
      });
    } finally {
      await trailHolder.end();
      await chainHolder.end();
    }
  });

  it('is for factcheckers and admins only', async () => {
    const researcher = bearer(await mintKey(t, 'researcher'));
    const admin = bearer(await mintKey(t, 'admin'));
    await t.http
      .post('/api/imports')
      .set('Content-Type', NDJSON)
      .send(ndjson([newArticle()]))
      .expect(401);
    await post(ndjson([newArticle()]), researcher).expect(403);
    await t.http.get('/api/imports').set(researcher).expect(403);
    await t.http.get('/api/imports').expect(401);
    const accepted = await post(ndjson([newArticle()]), admin).expect(202);
    await t.http.get(`/api/imports/${accepted.body.id}`).set(researcher).expect(403);
    await waitForImport(t.http, admin, accepted.body.id);
  });

  it('answers 415 to a body that is not NDJSON and 404 to an unknown import', async () => {
    await t.http.post('/api/imports').set(factchecker).send({ title: 'x', text: 'y' }).expect(415);
    await t.http.get('/api/imports/00000000-0000-4000-8000-000000000000').set(factchecker).expect(404);
  });
});
