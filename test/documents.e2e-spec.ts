import { newArticle } from './support/factories';
import { bearer, mintKey } from './support/keys';
import { startTestApp, TestApp } from './support/test-app';

describe('documents API', () => {
  let t: TestApp;
  let key: Record<string, string>;

  beforeAll(async () => {
    t = await startTestApp({ env: { RATE_LIMIT_PER_MINUTE: '100000' } });
    key = bearer(await mintKey(t, 'factchecker'));
  });
  afterAll(() => t.close());

  it('stores a posted article exactly and answers 201 with its id and claim counts', async () => {
    const article = newArticle({
      text: 'Line one.\r\n\tLine “two” — with odd  spacing and é.  ',
      metadata: { desk: 'city' },
    });
    const created = await t.http.post('/api/documents').set(key).send(article).expect(201);
    expect(created.body).toMatchObject({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      title: article.title,
      text: article.text,
      publisher: 'Valley Courier',
      authors: ['Sam Reyes'],
      kind: 'article',
      publishedAt: '2026-03-04T09:30:00.000Z',
      metadata: { desk: 'city' },
      created: true,
      claimCounts: { attributed: expect.any(Number), editorial: expect.any(Number) },
    });
    expect(created.body.contentHash).toMatch(/^[0-9a-f]{64}$/);

    const read = await t.http.get(`/api/documents/${created.body.id}`).expect(200);
    expect(read.body.text).toBe(article.text);
    expect(read.body.retrievedAt).toEqual(expect.any(String));
  });

  it('returns the existing document when the same text is posted again', async () => {
    const article = newArticle();
    const first = await t.http.post('/api/documents').set(key).send(article).expect(201);
    const again = await t.http
      .post('/api/documents')
      .set(key)
      .send({ ...article, title: 'Another title' })
      .expect(200);
    expect(again.body.id).toBe(first.body.id);
    expect(again.body.created).toBe(false);
    expect(again.body.title).toBe(article.title);
  });

  it('stores one document when identical texts are posted concurrently', async () => {
    const article = newArticle();
    const answers = await Promise.all(
      [1, 2, 3].map(() => t.http.post('/api/documents').set(key).send(article)),
    );
    const ids = new Set(answers.map((a) => a.body.id));
    expect(ids.size).toBe(1);
    expect(answers.filter((a) => a.status === 201)).toHaveLength(1);
    const page = await t.http.get('/api/documents').query({ limit: 100 }).expect(200);
    expect(page.body.items.filter((d: { id: string }) => ids.has(d.id))).toHaveLength(1);
  });

  it('lists newest first across pages with a cursor, and filters by publisher, kind and date', async () => {
    const publisher = `Paging Gazette ${Date.now()}`;
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      const kind = i % 2 === 0 ? 'report' : 'transcript';
      const publishedAt = `2025-0${i + 1}-15T12:00:00.000Z`;
      const res = await t.http
        .post('/api/documents')
        .set(key)
        .send(newArticle({ publisher, kind, publishedAt }))
        .expect(201);
      ids.push(res.body.id);
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const query: Record<string, string | number> = { publisher, limit: 2 };
      if (cursor) query.cursor = cursor;
      const page = await t.http.get('/api/documents').query(query).expect(200);
      expect(page.body.items.length).toBeLessThanOrEqual(2);
      expect(page.body.items[0]).not.toHaveProperty('text');
      seen.push(...page.body.items.map((d: { id: string }) => d.id));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual([...ids].reverse());

    const reports = await t.http.get('/api/documents').query({ publisher, kind: 'report' }).expect(200);
    expect(reports.body.items.map((d: { id: string }) => d.id).sort()).toEqual(
      [ids[0], ids[2], ids[4]].sort(),
    );

    const spring = await t.http
      .get('/api/documents')
      .query({ publisher, from: '2025-02-01T00:00:00Z', to: '2025-04-01T00:00:00Z' })
      .expect(200);
    expect(spring.body.items.map((d: { id: string }) => d.id).sort()).toEqual([ids[1], ids[2]].sort());
  });

  it('lists a document’s claims in text order with anchors that slice its text', async () => {
    const article = newArticle();
    const doc = (await t.http.post('/api/documents').set(key).send(article).expect(201)).body;
    const claims = await t.http.get(`/api/documents/${doc.id}/claims`).query({ limit: 100 }).expect(200);
    expect(claims.body.items.length).toBeGreaterThan(0);
    let previous = -1;
    for (const claim of claims.body.items) {
      expect(claim.text).toBe(article.text.slice(claim.start, claim.end));
      expect(claim.selector.exact).toBe(claim.text);
      expect(claim.start).toBeGreaterThan(previous);
      expect(claim.version).toEqual(expect.any(Number));
      previous = claim.start;
    }
  });

  describe('refuses bad input with a JSON error and stores nothing', () => {
    const countDocuments = async () => {
      let total = 0;
      let cursor: string | null = null;
      do {
        const page = await t.http
          .get('/api/documents')
          .query(cursor ? { limit: 100, cursor } : { limit: 100 });
        total += page.body.items.length;
        cursor = page.body.nextCursor;
      } while (cursor);
      return total;
    };

    it.each([
      ['a missing title', { text: 'Some text.' }, 'title'],
      ['an empty text', { title: 'x', text: '' }, 'text'],
      ['an unknown field', { title: 'x', text: 'y', colour: 'red' }, 'colour'],
      ['a bad kind', { title: 'x', text: 'y', kind: 'poem' }, 'kind'],
      ['a bad date', { title: 'x', text: 'y', publishedAt: 'yesterday' }, 'publishedAt'],
      ['a relative url', { title: 'x', text: 'y', url: '/news/1' }, 'url'],
      ['authors that are not strings', { title: 'x', text: 'y', authors: [1, 2] }, 'authors'],
    ])('400 for %s', async (_case, body, field) => {
      const before = await countDocuments();
      const res = await t.http.post('/api/documents').set(key).send(body).expect(400);
      expect(res.body).toMatchObject({ statusCode: 400, error: 'Bad Request', message: expect.any(String) });
      expect(res.body.details.map((d: { field: string }) => d.field)).toContain(field);
      expect(await countDocuments()).toBe(before);
    });

    it('400 for malformed JSON', async () => {
      const res = await t.http
        .post('/api/documents')
        .set(key)
        .set('content-type', 'application/json')
        .send('{"title": "x", "text": ')
        .expect(400);
      expect(res.body).toMatchObject({ statusCode: 400, error: 'Bad Request', message: expect.any(String) });
    });

    it('413 for a body over the limit', async () => {
      const res = await t.http
        .post('/api/documents')
        .set(key)
        .send({ title: 'huge', text: 'x'.repeat(10 * 1024 * 1024 + 10) })
        .expect(413);
      expect(res.body).toMatchObject({ statusCode: 413, error: 'Payload Too Large' });
    });

    it('400 for a malformed id and 404 for an unknown one', async () => {
      const bad = await t.http.get('/api/documents/not-a-uuid').expect(400);
      expect(bad.body).toMatchObject({ statusCode: 400, error: 'Bad Request' });
      const unknown = await t.http.get('/api/documents/6b1f7a3e-0000-4000-8000-000000000000').expect(404);
      expect(unknown.body).toMatchObject({
        statusCode: 404,
        error: 'Not Found',
        message: expect.stringContaining('document'),
      });
      await t.http.get('/api/documents/6b1f7a3e-0000-4000-8000-000000000000/claims').expect(404);
    });

    it.each([
      ['a limit over the bound', { limit: 1000 }],
      ['a zero limit', { limit: 0 }],
      ['a forged cursor', { cursor: 'bm90LWEtY3Vyc29y' }],
      ['a cursor of the wrong shape', { cursor: Buffer.from('["x","y"]').toString('base64url') }],
      ['an unknown filter', { colour: 'red' }],
    ])('400 for %s', async (_case, query) => {
      const res = await t.http.get('/api/documents').query(query).expect(400);
      expect(res.body).toMatchObject({ statusCode: 400, error: 'Bad Request', message: expect.any(String) });
    });
  });
});
