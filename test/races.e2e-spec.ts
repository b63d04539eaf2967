import { crowdedArticle, ingestCorpus } from './support/corpus';
import { newArticle } from './support/factories';
import { bearer, mintKey } from './support/keys';
import { startTestApp, TestApp } from './support/test-app';
import { withClient } from './support/test-database';

const ROUNDS = 10;
const WRITERS = 8;

// Audit events are appended under one lock held to commit, so their order is the order changes committed in.
const committedAfter = (t: TestApp, child: string, parent: string) =>
  withClient(t.databaseUrl, async (c) => {
    const { rows } = await c.query(
      `SELECT count(*)::int AS n FROM audit_events child
         JOIN audit_events retraction ON retraction.entity_type = $2 AND retraction.action = 'retract'
                                     AND retraction.entity_id = child.parent_id
        WHERE child.entity_type = $1 AND child.action = 'create' AND child.seq > retraction.seq`,
      [child, parent],
    );
    return rows[0].n as number;
  });

describe('concurrent writes', () => {
  let t: TestApp;
  let fc: Record<string, string>;
  beforeAll(async () => {
    t = await startTestApp();
    fc = bearer(await mintKey(t, 'factchecker', 'racer'));
  });
  afterAll(() => t.close());

  const ingest = async () => {
    const article = newArticle();
    const document = (await t.http.post('/api/documents').set(fc).send(article).expect(201)).body;
    return { article, document: document as { id: string } };
  };

  it('commits no evidence after its claim’s retraction', async () => {
    const statuses: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const { document } = await ingest();
      const [claim] = (await t.http.get(`/api/documents/${document.id}/claims`).expect(200)).body.items;
      const retraction = t.http.post(`/api/claims/${claim.id}/retract`).set(fc).send({ reason: 'Race' });
      const evidence = Array.from({ length: WRITERS }, (_, i) =>
        t.http
          .post(`/api/claims/${claim.id}/evidence`)
          .set(fc)
          .send({ stance: 'context', url: `https://race.example/${round}/${i}` }),
      );
      const [retracted, ...added] = await Promise.all([retraction, ...evidence]);
      expect(retracted.status).toBe(200);
      statuses.push(...added.map((res) => res.status));
    }
    expect(new Set(statuses)).toEqual(new Set(statuses.filter((s) => s === 201 || s === 409)));
    expect(await committedAfter(t, 'evidence', 'claim')).toBe(0);
  });

  it('commits no manual claim after its document’s retraction', async () => {
    const statuses: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const { article, document } = await ingest();
      const exact = 'The depot would be built on land once used by a brewery.';
      const start = article.text.indexOf(exact);
      const retraction = t.http
        .post(`/api/documents/${document.id}/retract`)
        .set(fc)
        .send({ reason: 'Race' });
      const manual = Array.from({ length: WRITERS }, (_, i) =>
        t.http
          .post('/api/claims')
          .set(fc)
          .send({ documentId: document.id, kind: 'editorial', start: start + i, end: start + exact.length }),
      );
      const [retracted, ...created] = await Promise.all([retraction, ...manual]);
      expect(retracted.status).toBe(200);
      statuses.push(...created.map((res) => res.status));
    }
    expect(new Set(statuses)).toEqual(new Set(statuses.filter((s) => s === 201 || s === 409)));
    expect(await committedAfter(t, 'claim', 'document')).toBe(0);
  });

  it('never answers 409 to four clients ingesting distinct documents that share speakers', async () => {
    // ingestCorpus throws on any answer but 201. Consecutive articles (ingested at the same time) create
    // the same new speakers in different orders, all through the run.
    const ids = await ingestCorpus(t, fc, 320, 4, crowdedArticle);
    expect(new Set(ids).size).toBe(320);
  }, 180_000);
});
