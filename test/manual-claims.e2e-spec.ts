import { annotations } from './support/annotations';
import { bearer, mintKey } from './support/keys';
import { startTestApp, TestApp } from './support/test-app';

interface ListedClaim {
  id: string;
  kind: string;
  start: number;
  end: number;
  text: string;
  speaker: { id: string; name: string; kind: string } | null;
}

describe('manual claims: speakers, the outlet and duplicates', () => {
  let t: TestApp;
  let fc: Record<string, string>;
  const { newDocument } = annotations(
    () => t,
    () => fc,
  );

  beforeAll(async () => {
    t = await startTestApp();
    fc = bearer(await mintKey(t, 'factchecker', 'fc.manual'));
  });
  afterAll(() => t.close());

  const claimsOf = async (documentId: string, query: Record<string, unknown> = {}) =>
    (
      await t.http
        .get('/api/claims')
        .query({ documentId, ...query })
        .expect(200)
    ).body.items as ListedClaim[];

  /** A new article and the span of `exact` in it. */
  async function spanOf(exact: string, overrides: Record<string, unknown> = {}) {
    const { article, document } = await newDocument(overrides);
    const start = article.text.indexOf(exact);
    expect(start).toBeGreaterThanOrEqual(0);
    return { document, span: { documentId: document.id, start, end: start + exact.length, exact } };
  }

  describe('an attributed claim needs a speaker', () => {
    it('answers 422 to a new attributed claim without one, and stores nothing', async () => {
      const { document, span } = await spanOf('built on land once used by a brewery');
      const before = await claimsOf(document.id);
      const res = await t.http
        .post('/api/claims')
        .set(fc)
        .send({ ...span, kind: 'attributed', cue: 'said' })
        .expect(422);
      expect(res.body).toMatchObject({
        code: 'invalid-claim',
        message: expect.stringMatching(/needs a speaker/),
      });
      expect(await claimsOf(document.id)).toEqual(before);
    });

    it('answers 422 to an edit that leaves an attributed claim without a speaker', async () => {
      const { span } = await spanOf('built on land once used by a brewery');
      const created = await t.http
        .post('/api/claims')
        .set(fc)
        .send({ ...span, kind: 'attributed', speaker: { name: 'Lena Brandt', kind: 'person' } })
        .expect(201);
      await t.http
        .patch(`/api/claims/${created.body.id}`)
        .set(fc)
        .send({ speakerId: null, version: 1 })
        .expect(422);
      expect((await t.http.get(`/api/claims/${created.body.id}`).expect(200)).body).toMatchObject({
        version: 1,
        speaker: { name: 'Lena Brandt' },
      });
    });
  });

  describe('the outlet', () => {
    it('credits a manual editorial claim to the outlet, the speaker extracted editorial claims have', async () => {
      const { document, span } = await spanOf('built on land once used by a brewery');
      const extracted = (await claimsOf(document.id)).find((c) => c.kind === 'editorial')!;
      expect(extracted.speaker).toMatchObject({ name: 'Valley Courier', kind: 'outlet' });
      const res = await t.http
        .post('/api/claims')
        .set(fc)
        .send({ ...span, kind: 'editorial' })
        .expect(201);
      expect(res.body.speaker).toMatchObject({ id: extracted.speaker!.id, kind: 'outlet' });
    });

    it('leaves an editorial claim of a document without a publisher without a speaker', async () => {
      const { span } = await spanOf('built on land once used by a brewery', { publisher: undefined });
      const res = await t.http
        .post('/api/claims')
        .set(fc)
        .send({ ...span, kind: 'editorial' })
        .expect(201);
      expect(res.body.speaker).toBeNull();
    });

    it('refuses an attributed claim credited to the document’s own outlet (422), on create and on edit', async () => {
      const { document, span } = await spanOf('built on land once used by a brewery');
      const before = await claimsOf(document.id);
      const outlet = { name: 'Valley Courier', kind: 'outlet' };
      const refused = await t.http
        .post('/api/claims')
        .set(fc)
        .send({ ...span, kind: 'attributed', speaker: outlet, cue: 'reported' })
        .expect(422);
      expect(refused.body).toMatchObject({
        code: 'invalid-claim',
        message: expect.stringMatching(/editorial/),
      });
      expect(await claimsOf(document.id)).toEqual(before);

      // The README's old step 3: an editorial claim turned attributed to the outlet.
      const editorial = await t.http
        .post('/api/claims')
        .set(fc)
        .send({ ...span, kind: 'editorial' })
        .expect(201);
      await t.http
        .patch(`/api/claims/${editorial.body.id}`)
        .set(fc)
        .send({ kind: 'attributed', speaker: outlet, cue: 'reported', version: 1 })
        .expect(422);
      // Made attributed without naming a speaker, it would keep the outlet: refused too.
      await t.http
        .patch(`/api/claims/${editorial.body.id}`)
        .set(fc)
        .send({ kind: 'attributed', cue: 'reported', version: 1 })
        .expect(422);
      await t.http
        .patch(`/api/claims/${editorial.body.id}`)
        .set(fc)
        .send({ kind: 'attributed', speakerId: editorial.body.speaker.id, version: 1 })
        .expect(422);
      expect((await t.http.get(`/api/claims/${editorial.body.id}`).expect(200)).body).toMatchObject({
        version: 1,
        kind: 'editorial',
      });
    });

    it('accepts another outlet cited in the text as the speaker of an attributed claim', async () => {
      const { span } = await spanOf('built on land once used by a brewery');
      const res = await t.http
        .post('/api/claims')
        .set(fc)
        .send({
          ...span,
          kind: 'attributed',
          speaker: { name: 'Daily Courier', kind: 'outlet' },
          cue: 'reported',
        })
        .expect(201);
      expect(res.body.speaker).toMatchObject({ name: 'Daily Courier', kind: 'outlet' });
    });

    it('credits a claim made editorial by an edit to the outlet', async () => {
      const { span } = await spanOf('built on land once used by a brewery');
      const created = await t.http
        .post('/api/claims')
        .set(fc)
        .send({ ...span, kind: 'attributed', speaker: { name: 'Ola Nordmann', kind: 'person' } })
        .expect(201);
      const edited = await t.http
        .patch(`/api/claims/${created.body.id}`)
        .set(fc)
        .send({ kind: 'editorial', version: 1 })
        .expect(200);
      expect(edited.body.speaker).toMatchObject({ name: 'Valley Courier', kind: 'outlet' });
    });
  });

  describe('duplicates', () => {
    it('answers 409 naming the live claim of the same kind over the same span, and stores nothing', async () => {
      const { document, span } = await spanOf('The depot would be built on land once used by a brewery.');
      const before = await claimsOf(document.id);
      const extracted = before.find((c) => c.start === span.start && c.end === span.end)!;
      expect(extracted.kind).toBe('editorial');
      const res = await t.http
        .post('/api/claims')
        .set(fc)
        .send({ ...span, kind: 'editorial' })
        .expect(409);
      expect(res.body).toMatchObject({ code: 'conflict', details: { claimId: extracted.id } });
      expect(res.body.message).toContain(extracted.id);
      expect(await claimsOf(document.id)).toEqual(before);

      // Another kind over the same span is another claim.
      await t.http
        .post('/api/claims')
        .set(fc)
        .send({ ...span, kind: 'attributed', speaker: { name: 'Rui Costa', kind: 'person' } })
        .expect(201);
      // Once the existing one is retracted, the span is free again.
      await t.http
        .post(`/api/claims/${extracted.id}/retract`)
        .set(fc)
        .send({ reason: 'Wrong span' })
        .expect(200);
      await t.http
        .post('/api/claims')
        .set(fc)
        .send({ ...span, kind: 'editorial' })
        .expect(201);
    });

    it('answers 409 to an edit that moves a claim onto a live claim of its kind', async () => {
      const exact = 'The depot would be built on land once used by a brewery.';
      const { document, span } = await spanOf('built on land once used by a brewery');
      const created = await t.http
        .post('/api/claims')
        .set(fc)
        .send({ ...span, kind: 'editorial' })
        .expect(201);
      const extracted = (await claimsOf(document.id)).find((c) => c.text === exact)!;
      const res = await t.http
        .patch(`/api/claims/${created.body.id}`)
        .set(fc)
        .send({ start: extracted.start, end: extracted.end, version: 1 })
        .expect(409);
      expect(res.body.details).toEqual({ claimId: extracted.id });
    });

    it('lets one of several identical concurrent claims in', async () => {
      const { document, span } = await spanOf('built on land once used by a brewery');
      const answers = await Promise.all(
        Array.from({ length: 4 }, () =>
          t.http
            .post('/api/claims')
            .set(fc)
            .send({ ...span, kind: 'editorial' }),
        ),
      );
      expect(answers.map((a) => a.status).sort()).toEqual([201, 409, 409, 409]);
      const live = (await claimsOf(document.id)).filter((c) => c.start === span.start && c.end === span.end);
      expect(live).toHaveLength(1);
    });
  });

  describe('validation messages', () => {
    it('says a missing field is required, first and alone', async () => {
      const res = await t.http
        .post('/api/documents')
        .set(fc)
        .send({ text: 'A text without a title.' })
        .expect(400);
      expect(res.body.message).toBe('Validation failed: title is required');
      expect(res.body.details).toEqual([{ field: 'title', errors: ['title is required'] }]);
    });

    it('tells evidence with neither a document nor a URL to give one', async () => {
      const { span } = await spanOf('built on land once used by a brewery');
      const claim = await t.http
        .post('/api/claims')
        .set(fc)
        .send({ ...span, kind: 'editorial' })
        .expect(201);
      const res = await t.http
        .post(`/api/claims/${claim.body.id}/evidence`)
        .set(fc)
        .send({ stance: 'context' })
        .expect(400);
      expect(res.body.message).toBe('Validation failed: give documentId or url');
    });
  });
});
