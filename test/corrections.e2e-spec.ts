import { annotations } from './support/annotations';
import { bearer, mintKey } from './support/keys';
import { startTestApp, TestApp } from './support/test-app';

interface Evidence {
  id: string;
  claimId: string;
  stance: string;
  version: number;
  note: string | null;
  retractedAt: string | null;
  retractionReason: string | null;
  source: {
    documentId: string | null;
    start: number | null;
    end: number | null;
    exact: string | null;
    url: string | null;
    title: string | null;
  };
}

describe('corrections: evidence links corrected and retracted, claims restored', () => {
  let t: TestApp;
  let fc: Record<string, string>;
  const { newDocument, manualClaim, history } = annotations(
    () => t,
    () => fc,
  );

  beforeAll(async () => {
    t = await startTestApp();
    fc = bearer(await mintKey(t, 'factchecker', 'fc.corrections'));
  });
  afterAll(() => t.close());

  async function claimWithEvidence(body: Record<string, unknown> = {}) {
    const { claim, document } = await manualClaim();
    const res = await t.http
      .post(`/api/claims/${claim.id}/evidence`)
      .set(fc)
      .send({ stance: 'disputes', url: 'https://records.example/deeds', title: 'Land deeds', ...body })
      .expect(201);
    return { claim, document, evidence: res.body as Evidence };
  }

  const provenance = async (claimId: string) =>
    (await t.http.get(`/api/claims/${claimId}`).expect(200)).body.provenance as Record<string, number>;
  const listed = async (claimId: string, query: Record<string, unknown> = {}) =>
    (
      (await t.http.get(`/api/claims/${claimId}/evidence`).query(query).expect(200)).body.items as Evidence[]
    ).map((e) => e.id);

  describe('PATCH /api/claims/:claimId/evidence/:id', () => {
    it('corrects a link based on its current version and records the change', async () => {
      const { claim, evidence } = await claimWithEvidence();
      const got = await t.http.get(`/api/claims/${claim.id}/evidence/${evidence.id}`).expect(200);
      expect(got.headers.etag).toBe('"1"');
      expect(got.body).toMatchObject({ id: evidence.id, version: 1, stance: 'disputes', retractedAt: null });

      const corrected = await t.http
        .patch(`/api/claims/${claim.id}/evidence/${evidence.id}`)
        .set(fc)
        .set('If-Match', got.headers.etag)
        .send({ stance: 'corroborates', note: 'The deeds confirm it.' })
        .expect(200);
      expect(corrected.headers.etag).toBe('"2"');
      expect(corrected.body).toMatchObject({
        version: 2,
        stance: 'corroborates',
        note: 'The deeds confirm it.',
      });
      expect(await provenance(claim.id)).toEqual({ corroborating: 1, disputing: 0, context: 0 });

      const update = (await history('claims', claim.id)).find(
        (e) => e.entityType === 'evidence' && e.action === 'update',
      )!;
      expect(update.changes).toEqual({
        before: { stance: 'disputes', note: null },
        after: { stance: 'corroborates', note: 'The deeds confirm it.' },
      });
      expect(update.actor).toEqual({ name: 'fc.corrections', role: 'factchecker' });
    });

    it('answers 409 to a stale version and 428 to none, and changes nothing', async () => {
      const { claim, evidence } = await claimWithEvidence();
      const url = `/api/claims/${claim.id}/evidence/${evidence.id}`;
      await t.http.patch(url).set(fc).send({ note: 'first', version: 1 }).expect(200);
      const stale = await t.http.patch(url).set(fc).send({ note: 'second', version: 1 }).expect(409);
      expect(stale.body).toMatchObject({ code: 'stale-version', details: { expected: 1, current: 2 } });
      await t.http.patch(url).set(fc).send({ note: 'third' }).expect(428);
      expect((await t.http.get(url).expect(200)).body).toMatchObject({ version: 2, note: 'first' });
      await t.http.patch(url).send({ note: 'anonymous', version: 2 }).expect(401);
    });

    it('refuses dates and integers out of range as the other writes do (400), and changes nothing', async () => {
      const { claim, evidence } = await claimWithEvidence();
      const url = `/api/claims/${claim.id}/evidence/${evidence.id}`;
      for (const body of [
        { publishedAt: '0000-01-01', version: 1 },
        { publishedAt: 'March 7', version: 1 },
        { note: 'x', version: 2147483648 },
        { documentId: claim.documentId, start: 0, end: 2147483648, version: 1 },
      ]) {
        const res = await t.http.patch(url).set(fc).send(body).expect(400);
        expect(res.body).toMatchObject({ statusCode: 400, error: 'Bad Request' });
      }
      expect((await t.http.get(url).expect(200)).body).toMatchObject({ version: 1, note: evidence.note });
    });

    it('moves the source to a stored document passage (checked) and back to a URL', async () => {
      const { claim, evidence } = await claimWithEvidence();
      const { article, document } = await newDocument();
      const exact = 'cut waiting times by a third';
      const start = article.text.indexOf(exact);
      const url = `/api/claims/${claim.id}/evidence/${evidence.id}`;

      const wrong = await t.http
        .patch(url)
        .set(fc)
        .send({
          documentId: document.id,
          start,
          end: start + exact.length,
          exact: 'something else',
          version: 1,
        })
        .expect(422);
      expect(wrong.body.code).toBe('invalid-anchor');
      const moved = await t.http
        .patch(url)
        .set(fc)
        .send({ documentId: document.id, start, end: start + exact.length, exact, version: 1 })
        .expect(200);
      expect(moved.body.source).toMatchObject({ documentId: document.id, start, exact, url: null });

      // A passage needs a stored document; a URL source then replaces the document and its passage.
      const passageWithUrl = await t.http
        .patch(url)
        .set(fc)
        .send({ url: 'https://x.example/a', start: 0, end: 3, version: 2 })
        .expect(422);
      expect(passageWithUrl.body).toMatchObject({
        code: 'invalid-evidence',
        message: expect.stringMatching(/stored source document/),
      });
      const back = await t.http
        .patch(url)
        .set(fc)
        .send({ url: 'https://records.example/2003', version: 2 })
        .expect(200);
      expect(back.body.source).toMatchObject({
        documentId: null,
        start: null,
        end: null,
        exact: null,
        url: 'https://records.example/2003',
      });
      await t.http.patch(url).set(fc).send({ start: 0, end: 3, version: 3 }).expect(422);
    });

    it('answers 404 for an unknown link or a link of another claim', async () => {
      const { claim, evidence } = await claimWithEvidence();
      const other = await manualClaim();
      await t.http
        .patch(`/api/claims/${other.claim.id}/evidence/${evidence.id}`)
        .set(fc)
        .send({ note: 'x', version: 1 })
        .expect(404);
      await t.http
        .patch(`/api/claims/${claim.id}/evidence/6b1f7a3e-0000-4000-8000-000000000000`)
        .set(fc)
        .send({ note: 'x', version: 1 })
        .expect(404);
    });
  });

  describe('POST /api/claims/:claimId/evidence/:id/retract', () => {
    it('takes a link out of default lists and provenance counts, keeps it readable, and records why', async () => {
      const { claim, document, evidence } = await claimWithEvidence();
      const kept = await t.http
        .post(`/api/claims/${claim.id}/evidence`)
        .set(fc)
        .send({ stance: 'context', url: 'https://records.example/context' })
        .expect(201);
      expect(await provenance(claim.id)).toEqual({ corroborating: 0, disputing: 1, context: 1 });

      const url = `/api/claims/${claim.id}/evidence/${evidence.id}`;
      await t.http.post(`${url}/retract`).set(fc).send({}).expect(400);
      const retracted = await t.http
        .post(`${url}/retract`)
        .set(fc)
        .send({ reason: 'Wrong archive: that page is about another harbour' })
        .expect(200);
      expect(retracted.body).toMatchObject({
        version: 2,
        retractedAt: expect.any(String),
        retractionReason: 'Wrong archive: that page is about another harbour',
      });

      expect(await listed(claim.id)).toEqual([kept.body.id]);
      expect(await listed(claim.id, { includeRetracted: true })).toEqual([evidence.id, kept.body.id]);
      expect(await provenance(claim.id)).toEqual({ corroborating: 0, disputing: 0, context: 1 });
      expect((await t.http.get(url).expect(200)).body.retractedAt).toEqual(expect.any(String));
      // Reports agree with the API: the retracted link is gone from the claim's evidence and counts.
      const report = await t.http.get(`/api/documents/${document.id}/report`).expect(200);
      const reported = (report.body.claims as Array<{ id: string; evidence: Array<{ id: string }> }>).find(
        (c) => c.id === claim.id,
      );
      expect(reported?.evidence.map((e) => e.id)).toEqual([kept.body.id]);

      const events = (await history('claims', claim.id)).filter((e) => e.entityType === 'evidence');
      expect(events.map((e) => e.action)).toEqual(['create', 'create', 'retract']);
      expect(events[2].changes.after).toEqual({
        retractedAt: retracted.body.retractedAt,
        retractionReason: 'Wrong archive: that page is about another harbour',
      });

      await t.http.post(`${url}/retract`).set(fc).send({ reason: 'again' }).expect(409);
      await t.http.patch(url).set(fc).send({ note: 'late', version: 2 }).expect(409);
    });

    it('retracts only at the given version when If-Match is sent', async () => {
      const { claim, evidence } = await claimWithEvidence();
      const url = `/api/claims/${claim.id}/evidence/${evidence.id}`;
      await t.http.patch(url).set(fc).send({ note: 'edited', version: 1 }).expect(200);
      await t.http.post(`${url}/retract`).set(fc).set('If-Match', '"1"').send({ reason: 'x' }).expect(409);
      expect((await t.http.get(url).expect(200)).body.retractedAt).toBeNull();
    });

    it('refuses corrections to the evidence of a retracted claim', async () => {
      const { claim, evidence } = await claimWithEvidence();
      await t.http.post(`/api/claims/${claim.id}/retract`).set(fc).send({ reason: 'Duplicate' }).expect(200);
      const url = `/api/claims/${claim.id}/evidence/${evidence.id}`;
      await t.http.patch(url).set(fc).send({ note: 'x', version: 1 }).expect(409);
      await t.http.post(`${url}/retract`).set(fc).send({ reason: 'x' }).expect(409);
      expect((await t.http.get(url).expect(200)).body).toMatchObject({ version: 1, retractedAt: null });
    });
  });

  describe('POST /api/claims/:id/restore', () => {
    it('brings a retracted claim back into default lists, with its evidence, and records it', async () => {
      const { claim, document } = await claimWithEvidence();
      await t.http
        .post(`/api/claims/${claim.id}/retract`)
        .set(fc)
        .send({ reason: 'Looked like a duplicate' })
        .expect(200);
      expect(await listedClaims(document.id)).not.toContain(claim.id);

      const restored = await t.http.post(`/api/claims/${claim.id}/restore`).set(fc).expect(200);
      expect(restored.body).toMatchObject({
        retractedAt: null,
        retractionReason: null,
        provenance: { disputing: 1 },
      });
      expect(restored.body.version).toBeGreaterThan(claim.version + 1);
      expect(await listedClaims(document.id)).toContain(claim.id);
      const events = (await history('claims', claim.id)).filter((e) => e.entityType === 'claim');
      expect(events.map((e) => e.action)).toEqual(['create', 'status', 'retract', 'restore']);
      expect(events[3].changes).toEqual({
        before: { retractedAt: expect.any(String), retractionReason: 'Looked like a duplicate' },
        after: { retractedAt: null, retractionReason: null },
      });
      // Live again: it takes edits.
      await t.http
        .patch(`/api/claims/${claim.id}`)
        .set(fc)
        .send({ cue: 'noted', version: restored.body.version })
        .expect(200);
    });

    it('answers 409 for a claim that is not retracted, 404 for an unknown one, and 401 without a key', async () => {
      const { claim } = await manualClaim();
      const res = await t.http.post(`/api/claims/${claim.id}/restore`).set(fc).expect(409);
      expect(res.body.message).toMatch(/not retracted/);
      await t.http.post('/api/claims/6b1f7a3e-0000-4000-8000-000000000000/restore').set(fc).expect(404);
      await t.http.post(`/api/claims/${claim.id}/restore`).expect(401);
      expect((await t.http.get(`/api/claims/${claim.id}`).expect(200)).body.version).toBe(1);
    });

    it('answers 409 naming the live claim that took its place over the same span', async () => {
      const { claim, document } = await manualClaim();
      await t.http.post(`/api/claims/${claim.id}/retract`).set(fc).send({ reason: 'Redo' }).expect(200);
      const again = await t.http
        .post('/api/claims')
        .set(fc)
        .send({ documentId: document.id, kind: claim.kind, start: claim.start, end: claim.end })
        .expect(201);
      const res = await t.http.post(`/api/claims/${claim.id}/restore`).set(fc).expect(409);
      expect(res.body.details).toEqual({ claimId: again.body.id });
    });

    it('answers 409 for a claim of a retracted document', async () => {
      const { claim, document } = await manualClaim();
      await t.http.post(`/api/claims/${claim.id}/retract`).set(fc).send({ reason: 'x' }).expect(200);
      await t.http.post(`/api/documents/${document.id}/retract`).set(fc).send({ reason: 'y' }).expect(200);
      const res = await t.http.post(`/api/claims/${claim.id}/restore`).set(fc).expect(409);
      expect(res.body.message).toMatch(/document .* is retracted/);
      expect((await t.http.get(`/api/claims/${claim.id}`).expect(200)).body.retractedAt).toEqual(
        expect.any(String),
      );
    });

    it('restores only at the given version when If-Match is sent', async () => {
      const { claim } = await manualClaim();
      await t.http.post(`/api/claims/${claim.id}/retract`).set(fc).send({ reason: 'x' }).expect(200);
      await t.http.post(`/api/claims/${claim.id}/restore`).set(fc).set('If-Match', '"1"').expect(409);
      await t.http.post(`/api/claims/${claim.id}/restore`).set(fc).set('If-Match', '"2"').expect(200);
    });
  });

  async function listedClaims(documentId: string) {
    const res = await t.http.get('/api/claims').query({ documentId }).expect(200);
    return (res.body.items as Array<{ id: string }>).map((c) => c.id);
  }
});
