import { newArticle } from './support/factories';
import { factcheckerOf } from './support/keys';
import { startTestApp, TestApp } from './support/test-app';
import { withClient } from './support/test-database';

interface ClaimBody {
  id: string;
  documentId: string;
  kind: string;
  text: string;
  start: number;
  end: number;
  quote: string;
  speaker: { id: string; name: string; kind: string } | null;
  version: number;
  extractorVersion: string | null;
  confidence: number | null;
  origin: string;
}

describe('claims, speakers and evidence API', () => {
  let t: TestApp;
  // Writes need a key; some tests restart the app, which then needs a key of its own.
  const writer = factcheckerOf(() => t);

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const ingest = async (overrides: Record<string, unknown> = {}) => {
    const article = newArticle(overrides);
    const document = (
      await t.http
        .post('/api/documents')
        .set(await writer())
        .send(article)
        .expect(201)
    ).body;
    const claims: ClaimBody[] = (
      await t.http.get(`/api/documents/${document.id}/claims`).query({ limit: 100 }).expect(200)
    ).body.items;
    return { article, document, claims };
  };

  it('stores extracted claims with speakers, engine version and confidence, counted on the document', async () => {
    const { document, claims } = await ingest();
    const attributed = claims.filter((c) => c.kind === 'attributed');
    const editorial = claims.filter((c) => c.kind === 'editorial');
    expect(document.claimCounts).toEqual({ attributed: attributed.length, editorial: editorial.length });
    expect(attributed.length).toBeGreaterThan(0);
    expect(editorial.length).toBeGreaterThan(0);
    expect(attributed.map((c) => c.speaker?.name)).toContain('Nadia Okafor');
    for (const claim of editorial)
      expect(claim.speaker).toMatchObject({ name: 'Valley Courier', kind: 'outlet' });
    for (const claim of claims) {
      expect(claim).toMatchObject({ origin: 'extraction', extractorVersion: expect.any(String), version: 1 });
      expect(claim.confidence).toBeGreaterThan(0);
    }
  });

  it('resolves the same speaker across documents to one row and records new full-name aliases', async () => {
    const first = await ingest();
    const second = await ingest({
      text: 'Dr. Nadia Okafor said the timetable was final. The depot opens in May.',
    });
    const speakerOf = (claims: ClaimBody[]) =>
      claims.find((c) => c.speaker?.name === 'Nadia Okafor')!.speaker!;
    expect(speakerOf(second.claims).id).toBe(speakerOf(first.claims).id);

    const speaker = (await t.http.get(`/api/speakers/${speakerOf(first.claims).id}`).expect(200)).body;
    expect(speaker).toMatchObject({ name: 'Nadia Okafor', kind: 'person' });
    expect(speaker.aliases).toContain('Dr. Nadia Okafor');
    const outlet = first.claims.find((c) => c.kind === 'editorial')!.speaker!;
    expect(second.claims.find((c) => c.kind === 'editorial')!.speaker!.id).toBe(outlet.id);
  });

  it('keeps unnamed groups apart per document', async () => {
    const text = (n: number) => `Observers said the vote was rushed (${n}). The council met for an hour.`;
    const a = await ingest({ text: text(1) });
    const b = await ingest({ text: text(2) });
    const groupOf = (claims: ClaimBody[]) =>
      claims.find((c) => c.speaker?.kind === 'unnamed-group')!.speaker!;
    expect(groupOf(a.claims).name.toLowerCase()).toContain('observers');
    expect(groupOf(a.claims).id).not.toBe(groupOf(b.claims).id);
  });

  it('filters claims by document, speaker, kind, quote type, status and full text', async () => {
    const { document, claims } = await ingest();
    const okafor = claims.find((c) => c.speaker?.name === 'Nadia Okafor')!.speaker!;

    const bySpeaker = (
      await t.http.get('/api/claims').query({ speakerId: okafor.id, limit: 100 }).expect(200)
    ).body;
    expect(bySpeaker.items.length).toBeGreaterThan(0);
    expect(bySpeaker.items.every((c: ClaimBody) => c.speaker?.id === okafor.id)).toBe(true);

    const editorial = (
      await t.http.get('/api/claims').query({ documentId: document.id, kind: 'editorial' }).expect(200)
    ).body;
    expect(editorial.items.map((c: ClaimBody) => c.id).sort()).toEqual(
      claims
        .filter((c) => c.kind === 'editorial')
        .map((c) => c.id)
        .sort(),
    );

    const direct = (
      await t.http.get('/api/claims').query({ documentId: document.id, quote: 'direct' }).expect(200)
    ).body;
    expect(direct.items.length).toBeGreaterThan(0);
    expect(direct.items.every((c: ClaimBody) => c.quote === 'direct')).toBe(true);

    const unreviewed = (
      await t.http.get('/api/claims').query({ documentId: document.id, status: 'unreviewed', limit: 100 })
    ).body;
    expect(unreviewed.items).toHaveLength(claims.length);
    const reviewed = (await t.http.get('/api/claims').query({ documentId: document.id, status: 'reviewed' }))
      .body;
    expect(reviewed.items).toHaveLength(0);

    const found = (
      await t.http.get('/api/claims').query({ documentId: document.id, q: 'brewery' }).expect(200)
    ).body;
    expect(found.items).toHaveLength(1);
    expect(found.items[0].text).toContain('brewery');

    const speakerClaims = (await t.http.get(`/api/speakers/${okafor.id}/claims`).expect(200)).body;
    expect(speakerClaims.items.every((c: ClaimBody) => c.speaker?.id === okafor.id)).toBe(true);
  });

  it('pages through all claims without gaps or repeats', async () => {
    for (let i = 0; i < 3; i++) await ingest();
    const total = Number(
      (await withClient(t.databaseUrl, (c) => c.query('SELECT count(*)::int AS n FROM claims'))).rows[0].n,
    );
    const seen = new Set<string>();
    let cursor: string | null = null;
    do {
      const query: Record<string, string | number> = { limit: 3 };
      if (cursor) query.cursor = cursor;
      const page = (await t.http.get('/api/claims').query(query).expect(200)).body;
      for (const claim of page.items) {
        expect(seen.has(claim.id)).toBe(false);
        seen.add(claim.id);
      }
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen.size).toBe(total);
  });

  it('searches speakers by name and alias', async () => {
    await ingest();
    const found = (await t.http.get('/api/speakers').query({ q: 'okaf' }).expect(200)).body;
    expect(found.items.map((s: { name: string }) => s.name)).toContain('Nadia Okafor');
    const none = (await t.http.get('/api/speakers').query({ q: 'zzzz-nobody' }).expect(200)).body;
    expect(none).toEqual({ items: [], nextCursor: null });
  });

  describe('evidence', () => {
    it('links a stored document passage and an external URL, and counts them on the claim', async () => {
      const { claims } = await ingest();
      const claim = claims.find((c) => c.kind === 'attributed')!;
      const source = await ingest({
        text: 'Bus ridership in the valley rose by a third after the last depot opened.',
      });
      const passage = 'rose by a third';
      const start = source.article.text.indexOf(passage);

      const linked = await t.http
        .post(`/api/claims/${claim.id}/evidence`)
        .set(await writer())
        .send({
          stance: 'corroborates',
          documentId: source.document.id,
          start,
          end: start + passage.length,
          exact: passage,
        })
        .expect(201);
      expect(linked.body).toMatchObject({
        stance: 'corroborates',
        source: { documentId: source.document.id, start, exact: passage, title: source.article.title },
      });
      await t.http
        .post(`/api/claims/${claim.id}/evidence`)
        .set(await writer())
        .send({
          stance: 'disputes',
          url: 'https://transit.example/report-2025',
          title: 'Annual ridership report',
          publisher: 'Valley Transit Authority',
          publishedAt: '2025-12-01T00:00:00Z',
          note: 'Shows a smaller change.',
        })
        .expect(201);

      const list = (await t.http.get(`/api/claims/${claim.id}/evidence`).expect(200)).body;
      expect(list.items.map((e: { stance: string }) => e.stance)).toEqual(['corroborates', 'disputes']);
      const read = (await t.http.get(`/api/claims/${claim.id}`).expect(200)).body;
      expect(read.provenance).toEqual({ corroborating: 1, disputing: 1, context: 0 });
      // A list shows the claim exactly as its own read does: speaker, counts and all.
      const listed = (
        await t.http.get('/api/claims').query({ documentId: claim.documentId, limit: 100 }).expect(200)
      ).body.items.find((c: ClaimBody) => c.id === claim.id);
      expect(listed).toEqual(read);
    });

    it.each([
      ['neither a document nor a URL', { stance: 'context' }, 400],
      [
        'both a document and a URL',
        { stance: 'context', documentId: '6b1f7a3e-0000-4000-8000-000000000000', url: 'https://x.example' },
        400,
      ],
      ['an anchor with a URL', { stance: 'context', url: 'https://x.example', start: 0, end: 4 }, 400],
      ['an unknown stance', { stance: 'agrees', url: 'https://x.example' }, 400],
      [
        'an unknown source document',
        { stance: 'context', documentId: '6b1f7a3e-0000-4000-8000-000000000000' },
        404,
      ],
    ])('refuses %s', async (_case, body, status) => {
      const { claims } = await ingest();
      const res = await t.http
        .post(`/api/claims/${claims[0].id}/evidence`)
        .set(await writer())
        .send(body)
        .expect(status);
      expect(res.body).toMatchObject({ statusCode: status, message: expect.any(String) });
      const list = (await t.http.get(`/api/claims/${claims[0].id}/evidence`).expect(200)).body;
      expect(list.items).toHaveLength(0);
    });

    it('answers 422 when the passage does not match the source document', async () => {
      const { claims } = await ingest();
      const source = await ingest();
      const res = await t.http
        .post(`/api/claims/${claims[0].id}/evidence`)
        .set(await writer())
        .send({ stance: 'disputes', documentId: source.document.id, start: 0, end: 5, exact: 'Nope!' })
        .expect(422);
      expect(res.body).toMatchObject({ statusCode: 422, code: 'invalid-anchor' });
      await t.http
        .post(`/api/claims/${claims[0].id}/evidence`)
        .set(await writer())
        .send({ stance: 'disputes', documentId: source.document.id, start: 0, end: 1_000_000 })
        .expect(422);
    });

    it('answers 404 for evidence on an unknown claim', async () => {
      await t.http.get('/api/claims/6b1f7a3e-0000-4000-8000-000000000000/evidence').expect(404);
      await t.http
        .post('/api/claims/6b1f7a3e-0000-4000-8000-000000000000/evidence')
        .set(await writer())
        .send({ stance: 'context', url: 'https://x.example' })
        .expect(404);
    });
  });

  describe('re-extraction', () => {
    it('finds untouched automatic claims again under their ids, and keeps claims with evidence', async () => {
      const { document, claims } = await ingest();
      const guarded = claims[0];
      await t.http
        .post(`/api/claims/${guarded.id}/evidence`)
        .set(await writer())
        .send({ stance: 'context', url: 'https://x.example' })
        .expect(201);

      const result = (
        await t.http
          .post(`/api/documents/${document.id}/extract`)
          .set(await writer())
          .expect(200)
      ).body;
      // The same engine finds the same claims: nothing is replaced, every id stays.
      expect(result).toMatchObject({
        documentId: document.id,
        replaced: 0,
        kept: claims.length,
        refound: claims.length - 1,
        added: 0,
      });

      const after: ClaimBody[] = (
        await t.http.get(`/api/documents/${document.id}/claims`).query({ limit: 100 })
      ).body.items;
      expect(after.map((c) => c.id)).toEqual(claims.map((c) => c.id));
    });

    it('never loses edited or reviewed claims, and records the run in the document history', async () => {
      const { document, claims } = await ingest();
      const [edited, reviewed] = claims;
      await t.http
        .patch(`/api/claims/${edited.id}`)
        .set(await writer())
        .send({ cue: 'stated', version: edited.version })
        .expect(200);
      await t.http
        .post(`/api/claims/${reviewed.id}/reviews`)
        .set(await writer())
        .send({ verdict: 'mostly-true', rationale: 'Matches the council minutes.' })
        .expect(201);
      const before = [
        (await t.http.get(`/api/claims/${edited.id}`)).body,
        (await t.http.get(`/api/claims/${reviewed.id}`)).body,
      ];

      const result = (
        await t.http
          .post(`/api/documents/${document.id}/extract`)
          .set(await writer())
          .expect(200)
      ).body;
      expect(result).toMatchObject({ replaced: 0, kept: claims.length, refound: claims.length - 2 });
      const after = [
        (await t.http.get(`/api/claims/${edited.id}`)).body,
        (await t.http.get(`/api/claims/${reviewed.id}`)).body,
      ];
      expect(after).toEqual(before);
      expect(after[0].cue).toBe('stated');

      const history = (await t.http.get(`/api/documents/${document.id}/history`).expect(200)).body;
      const events = history.items ?? history;
      expect(events.map((e: { action: string }) => e.action)).toContain('reextract');
    });

    it('answers 404 for an unknown document', async () => {
      await t.http
        .post('/api/documents/6b1f7a3e-0000-4000-8000-000000000000/extract')
        .set(await writer())
        .expect(404);
    });
  });

  it('answers 400 for malformed ids and filters, 404 for unknown ids', async () => {
    await t.http.get('/api/claims/123').expect(400);
    await t.http.get('/api/speakers/123').expect(400);
    await t.http.get('/api/claims').query({ kind: 'rumour' }).expect(400);
    await t.http.get('/api/claims').query({ documentId: 'nope' }).expect(400);
    await t.http.get('/api/claims/6b1f7a3e-0000-4000-8000-000000000000').expect(404);
    await t.http.get('/api/speakers/6b1f7a3e-0000-4000-8000-000000000000').expect(404);
    await t.http.get('/api/speakers/6b1f7a3e-0000-4000-8000-000000000000/claims').expect(404);
  });
});
