import { bearer, mintKey } from './support/keys';
import { startTestApp, TestApp } from './support/test-app';

// docs/api.md's fact-checking session, request for request: if a step stops working as written there, this
// fails. (The README's first article is checked by readme.e2e-spec.ts, which reads it from the README.)
describe('the fact-checking walkthrough', () => {
  let t: TestApp;
  let auth: Record<string, string>;

  beforeAll(async () => {
    t = await startTestApp();
    auth = bearer(await mintKey(t, 'factchecker', 'ben'));
  });
  afterAll(() => t.close());

  it('“A fact-checking session with curl”: every step answers as docs/api.md says', async () => {
    // 1. Post a document.
    const doc = await t.http
      .post('/api/documents')
      .set(auth)
      .send({
        title: 'Council backs harbour dredging',
        publisher: 'Harbour Post',
        text: 'The council voted to dredge the harbour, which was last dredged in 1998. Mayor Rita Ellis said the work would create 200 jobs.',
      })
      .expect(201);
    const DOC = doc.body.id as string;

    // 2. Add the claim extraction missed: the date inside the first sentence.
    const created = await t.http
      .post('/api/claims')
      .set(auth)
      .send({
        documentId: DOC,
        kind: 'editorial',
        start: 41,
        end: 71,
        exact: 'which was last dredged in 1998',
      })
      .expect(201);
    const CLAIM = created.body.id as string;
    expect(created.body.speaker).toMatchObject({ name: 'Harbour Post', kind: 'outlet' });
    //    The same kind over the same span as a live claim is a duplicate.
    const duplicate = await t.http
      .post('/api/claims')
      .set(auth)
      .send({ documentId: DOC, kind: 'editorial', start: 41, end: 71 })
      .expect(409);
    expect(duplicate.body.details).toEqual({ claimId: CLAIM });
    //    An attributed claim needs a speaker, and the outlet's own voice is editorial.
    await t.http
      .post('/api/claims')
      .set(auth)
      .send({ documentId: DOC, kind: 'attributed', start: 41, end: 71 })
      .expect(422);
    await t.http
      .post('/api/claims')
      .set(auth)
      .send({
        documentId: DOC,
        kind: 'attributed',
        start: 41,
        end: 71,
        speaker: { name: 'Harbour Post', kind: 'outlet' },
      })
      .expect(422);

    // 3. Correct it, based on its version.
    const head = await t.http.head(`/api/claims/${CLAIM}`).expect(200);
    expect(head.headers.etag).toBe('"1"');
    const corrected = await t.http
      .patch(`/api/claims/${CLAIM}`)
      .set(auth)
      .set('If-Match', head.headers.etag)
      .send({ start: 28, exact: 'the harbour, which was last dredged in 1998' })
      .expect(200);
    expect(corrected.body).toMatchObject({ version: 2, text: 'the harbour, which was last dredged in 1998' });
    const stale = await t.http
      .patch(`/api/claims/${CLAIM}`)
      .set(auth)
      .send({ quote: 'none', version: 1 })
      .expect(409);
    expect(stale.body).toMatchObject({ code: 'stale-version', details: { expected: 1, current: 2 } });

    // 4. Attach sources; correct or retract a link that was wrong.
    const evidence = await t.http
      .post(`/api/claims/${CLAIM}/evidence`)
      .set(auth)
      .send({
        stance: 'disputes',
        url: 'https://archive.example/harbour-2003',
        title: 'Harbour dredging completed',
        publisher: 'Port Authority',
        publishedAt: '2003-06-01T00:00:00Z',
        note: 'The harbour was dredged again in 2003.',
      })
      .expect(201);
    const EVIDENCE = evidence.body.id as string;
    expect((await t.http.get(`/api/claims/${CLAIM}`).expect(200)).body).toMatchObject({
      reviewStatus: 'in-review',
      provenance: { corroborating: 0, disputing: 1, context: 0 },
    });
    const fixed = await t.http
      .patch(`/api/claims/${CLAIM}/evidence/${EVIDENCE}`)
      .set(auth)
      .set('If-Match', '"1"')
      .send({ title: 'Harbour dredging completed, 2003' })
      .expect(200);
    expect(fixed.body.version).toBe(2);
    const wrong = await t.http
      .post(`/api/claims/${CLAIM}/evidence`)
      .set(auth)
      .send({ stance: 'context', url: 'https://archive.example/other-harbour' })
      .expect(201);
    await t.http
      .post(`/api/claims/${CLAIM}/evidence/${wrong.body.id}/retract`)
      .set(auth)
      .send({ reason: 'About another harbour' })
      .expect(200);
    expect((await t.http.get(`/api/claims/${CLAIM}`).expect(200)).body.provenance).toEqual({
      corroborating: 0,
      disputing: 1,
      context: 0,
    });

    // 5. Give a verdict.
    await t.http
      .post(`/api/claims/${CLAIM}/reviews`)
      .set(auth)
      .send({ verdict: 'false', rationale: 'Port Authority records show dredging in 2003.' })
      .expect(201);

    // 6. Retract a claim, restore it; retract the document.
    await t.http
      .post(`/api/claims/${CLAIM}/retract`)
      .set(auth)
      .send({ reason: 'Duplicate of another claim' })
      .expect(200);
    const listed = await t.http.get(`/api/claims?documentId=${DOC}&includeRetracted=true`).expect(200);
    expect(listed.body.items.map((c: { id: string }) => c.id)).toContain(CLAIM);
    const restored = await t.http.post(`/api/claims/${CLAIM}/restore`).set(auth).expect(200);
    expect(restored.body).toMatchObject({ retractedAt: null, verdict: 'false' });
    await t.http
      .post(`/api/documents/${DOC}/retract`)
      .set(auth)
      .send({ reason: 'Published in error' })
      .expect(200);

    // 8. The claim's history, oldest first.
    const history = await t.http.get(`/api/claims/${CLAIM}/history`).expect(200);
    expect(
      history.body.items.map((e: { entityType: string; action: string }) => `${e.entityType}:${e.action}`),
    ).toEqual([
      'claim:create',
      'claim:update',
      'evidence:create',
      'evidence:update',
      'evidence:create',
      'evidence:retract',
      'review:create',
      'claim:verdict',
      'claim:retract',
      'claim:restore',
    ]);
  });
});
