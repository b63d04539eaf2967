import { annotations } from './support/annotations';
import { bearer, mintKey } from './support/keys';
import { startTestApp, TestApp } from './support/test-app';

describe('fact-checking: manual claims, edits and retraction', () => {
  let t: TestApp;
  let fc: Record<string, string>;
  const { newDocument, manualClaim, history } = annotations(
    () => t,
    () => fc,
  );

  beforeAll(async () => {
    t = await startTestApp();
    fc = bearer(await mintKey(t, 'factchecker', 'fc.one'));
  });
  afterAll(() => t.close());

  describe('POST /api/claims', () => {
    it('adds a manual claim with a new speaker, anchored and recorded', async () => {
      const { article, claim } = await manualClaim({
        kind: 'attributed',
        speaker: { name: 'Harbour Trust', kind: 'organization' },
        cue: 'wrote',
        quote: 'indirect',
      });
      expect(claim).toMatchObject({
        kind: 'attributed',
        cue: 'wrote',
        quote: 'indirect',
        origin: 'manual',
        version: 1,
      });
      expect(claim.text).toBe(article.text.slice(claim.start, claim.end));
      expect(claim.speaker).toMatchObject({ name: 'Harbour Trust', kind: 'organization' });
      const events = await history('claims', claim.id);
      expect(events).toEqual([
        expect.objectContaining({ action: 'create', actor: { name: 'fc.one', role: 'factchecker' } }),
      ]);
      expect((await history('speakers', claim.speaker!.id))[0]).toMatchObject({
        action: 'create',
        entityType: 'speaker',
      });
    });

    it('attributes to an existing speaker by id', async () => {
      const first = await manualClaim({
        kind: 'attributed',
        speaker: { name: 'Ines Duarte', kind: 'person' },
      });
      const second = await manualClaim({ kind: 'attributed', speakerId: first.claim.speaker!.id });
      expect(second.claim.speaker!.id).toBe(first.claim.speaker!.id);
    });

    it.each([
      ['past the end of the text', (len: number) => ({ start: 0, end: len + 1 }), /start < end <= \d+/],
      ['empty', () => ({ start: 5, end: 5 }), /start < end/],
      [
        'whose text is not the given exact quote',
        () => ({ start: 0, end: 9, exact: 'The mayor' }),
        /not the given exact quote/,
      ],
    ])('answers 422 for an anchor %s and stores nothing', async (_case, span, message) => {
      const { document } = await newDocument();
      const before = (await t.http.get(`/api/documents/${document.id}`).expect(200)).body.claimCounts;
      const res = await t.http
        .post('/api/claims')
        .set(fc)
        .send({ documentId: document.id, kind: 'editorial', ...span(document.text.length) })
        .expect(422);
      expect(res.body).toMatchObject({
        statusCode: 422,
        code: 'invalid-anchor',
        message: expect.stringMatching(message),
      });
      expect((await t.http.get(`/api/documents/${document.id}`).expect(200)).body.claimCounts).toEqual(
        before,
      );
    });

    it('answers 404 for an unknown document or speaker and 400 for both speakerId and speaker', async () => {
      const { document } = await newDocument();
      const base = { documentId: document.id, kind: 'editorial', start: 0, end: 3 };
      await t.http
        .post('/api/claims')
        .set(fc)
        .send({ ...base, documentId: '6b1f7a3e-0000-4000-8000-000000000000' })
        .expect(404);
      await t.http
        .post('/api/claims')
        .set(fc)
        .send({ ...base, speakerId: '6b1f7a3e-0000-4000-8000-000000000000' })
        .expect(404);
      const both = {
        ...base,
        speakerId: '6b1f7a3e-0000-4000-8000-000000000000',
        speaker: { name: 'X Y', kind: 'person' },
      };
      await t.http.post('/api/claims').set(fc).send(both).expect(400);
    });
  });

  describe('PATCH /api/claims/:id', () => {
    it('applies an edit based on the current version (If-Match or body) and bumps the version', async () => {
      const { claim } = await manualClaim();
      const got = await t.http.get(`/api/claims/${claim.id}`).expect(200);
      expect(got.headers.etag).toBe('"1"');
      const edited = await t.http
        .patch(`/api/claims/${claim.id}`)
        .set(fc)
        .set('If-Match', got.headers.etag)
        .send({
          kind: 'attributed',
          cue: 'reported',
          speaker: { name: 'Port Authority', kind: 'organization' },
        })
        .expect(200);
      expect(edited.headers.etag).toBe('"2"');
      expect(edited.body).toMatchObject({
        version: 2,
        kind: 'attributed',
        cue: 'reported',
        reviewStatus: 'in-review',
      });
      const again = await t.http
        .patch(`/api/claims/${claim.id}`)
        .set(fc)
        .send({ quote: 'direct', version: 2 })
        .expect(200);
      expect(again.body.version).toBe(3);
      const update = (await history('claims', claim.id)).find((e) => e.action === 'update')!;
      expect(update.changes.before).toMatchObject({
        kind: 'editorial',
        cue: null,
        reviewStatus: 'unreviewed',
      });
      expect(update.changes.after).toMatchObject({
        kind: 'attributed',
        cue: 'reported',
        reviewStatus: 'in-review',
      });
    });

    it('moves the span, checked against the document, and re-cuts the text', async () => {
      const { article, claim } = await manualClaim();
      const start = article.text.indexOf('Transport director');
      const end = article.text.indexOf(' said the depot');
      const moved = await t.http
        .patch(`/api/claims/${claim.id}`)
        .set(fc)
        .send({ start, end, version: 1 })
        .expect(200);
      expect(moved.body.text).toBe('Transport director Nadia Okafor');
      await t.http
        .patch(`/api/claims/${claim.id}`)
        .set(fc)
        .send({ end: article.text.length + 5, version: 2 })
        .expect(422);
      expect((await t.http.get(`/api/claims/${claim.id}`).expect(200)).body.version).toBe(2);
    });

    it('answers 428 without a version and 400 for a malformed If-Match', async () => {
      const { claim } = await manualClaim();
      await t.http.patch(`/api/claims/${claim.id}`).set(fc).send({ cue: 'said' }).expect(428);
      await t.http
        .patch(`/api/claims/${claim.id}`)
        .set(fc)
        .set('If-Match', '*')
        .send({ cue: 'said' })
        .expect(400);
    });

    it('lets exactly one of two concurrent edits of the same version win; the other gets 409 and loses nothing', async () => {
      const { claim } = await manualClaim();
      const other = bearer(await mintKey(t, 'factchecker', 'fc.two'));
      const [a, b] = await Promise.all([
        t.http.patch(`/api/claims/${claim.id}`).set(fc).set('If-Match', '"1"').send({ cue: 'stated' }),
        t.http.patch(`/api/claims/${claim.id}`).set(other).set('If-Match', '"1"').send({ cue: 'insisted' }),
      ]);
      expect([a.status, b.status].sort()).toEqual([200, 409]);
      const [winner, loser] = a.status === 200 ? [a, b] : [b, a];
      expect(loser.body).toMatchObject({
        statusCode: 409,
        code: 'stale-version',
        details: { expected: 1, current: 2 },
      });

      const stored = (await t.http.get(`/api/claims/${claim.id}`).expect(200)).body;
      expect(stored).toMatchObject({ version: 2, cue: winner.body.cue });
      expect((await history('claims', claim.id)).filter((e) => e.action === 'update')).toHaveLength(1);

      // The loser reloads and applies their change on top: both edits are in the history.
      const loserKey = loser === a ? fc : other;
      const retried = await t.http
        .patch(`/api/claims/${claim.id}`)
        .set(loserKey)
        .set('If-Match', '"2"')
        .send({ quote: 'direct' });
      expect(retried.status).toBe(200);
      expect(retried.body).toMatchObject({ version: 3, cue: winner.body.cue, quote: 'direct' });
      expect((await history('claims', claim.id)).filter((e) => e.action === 'update')).toHaveLength(2);
    });
  });

  describe('retraction', () => {
    it('hides a retracted claim from default lists but keeps it readable, exportable on request and in its history', async () => {
      const { document, claim } = await manualClaim({
        kind: 'attributed',
        speaker: { name: 'Omar Lindqvist', kind: 'person' },
      });
      const retracted = await t.http
        .post(`/api/claims/${claim.id}/retract`)
        .set(fc)
        .send({ reason: 'Duplicate of an extracted claim' })
        .expect(200);
      expect(retracted.body).toMatchObject({
        retractionReason: 'Duplicate of an extracted claim',
        version: 2,
      });
      expect(retracted.body.retractedAt).toEqual(expect.any(String));

      const ids = (res: { body: { items: Array<{ id: string }> } }) => res.body.items.map((c) => c.id);
      const lists = [
        `/api/documents/${document.id}/claims`,
        `/api/speakers/${claim.speaker!.id}/claims`,
        `/api/claims?documentId=${document.id}`,
      ];
      for (const list of lists) {
        expect(ids(await t.http.get(list).expect(200))).not.toContain(claim.id);
        const withRetracted = await t.http.get(list).query({ includeRetracted: true }).expect(200);
        expect(ids(withRetracted)).toContain(claim.id);
      }
      expect((await t.http.get(`/api/claims/${claim.id}`).expect(200)).body.retractionReason).toBe(
        'Duplicate of an extracted claim',
      );
      expect((await history('claims', claim.id)).map((e) => e.action)).toEqual(['create', 'retract']);

      await t.http.post(`/api/claims/${claim.id}/retract`).set(fc).send({ reason: 'again' }).expect(409);
      await t.http.patch(`/api/claims/${claim.id}`).set(fc).send({ cue: 'said', version: 2 }).expect(409);
      await t.http.post(`/api/claims/${claim.id}/retract`).set(fc).send({}).expect(400);
      await t.http
        .post(`/api/claims/${claim.id}/evidence`)
        .set(fc)
        .send({ stance: 'context', url: 'https://archive.example/late' })
        .expect(409);
      expect((await t.http.get(`/api/claims/${claim.id}/evidence`).expect(200)).body.items).toHaveLength(0);
    });

    it('retracts a document: it and its claims leave default lists, and stay readable by id', async () => {
      const { document } = await newDocument();
      const claims = (await t.http.get(`/api/documents/${document.id}/claims`).expect(200)).body.items;
      const res = await t.http
        .post(`/api/documents/${document.id}/retract`)
        .set(fc)
        .send({ reason: 'Published in error' })
        .expect(200);
      expect(res.body).toMatchObject({ id: document.id, retractionReason: 'Published in error' });

      const listed = async (query: Record<string, unknown>) =>
        (
          await t.http
            .get('/api/documents')
            .query({ limit: 100, ...query })
            .expect(200)
        ).body.items.map((d: { id: string }) => d.id);
      expect(await listed({})).not.toContain(document.id);
      expect(await listed({ includeRetracted: true })).toContain(document.id);
      expect((await t.http.get(`/api/documents/${document.id}`).expect(200)).body.retractedAt).toEqual(
        expect.any(String),
      );
      const all = (await t.http.get('/api/claims').query({ documentId: document.id }).expect(200)).body.items;
      expect(all).toHaveLength(0);
      const kept = await t.http
        .get('/api/claims')
        .query({ documentId: document.id, includeRetracted: true })
        .expect(200);
      expect(kept.body.items).toHaveLength(claims.length);
      expect((await history('documents', document.id)).map((e) => e.action)).toEqual(['create', 'retract']);
    });
  });
});
