import { newArticle } from './support/factories';
import { bearer, mintKey } from './support/keys';
import { startTestApp, TestApp } from './support/test-app';
import { withClient } from './support/test-database';

const UNKNOWN = '6b1f7a3e-0000-4000-8000-000000000000';

describe('API keys and roles', () => {
  let t: TestApp;
  let admin: Record<string, string>;
  let factchecker: Record<string, string>;
  let researcher: Record<string, string>;
  let ids: { document: string; claim: string; speaker: string; other: string; key: string };

  beforeAll(async () => {
    t = await startTestApp();
    admin = bearer(await mintKey(t, 'admin'));
    factchecker = bearer(await mintKey(t, 'factchecker'));
    researcher = bearer(await mintKey(t, 'researcher'));
    const document = (await t.http.post('/api/documents').set(factchecker).send(newArticle()).expect(201))
      .body;
    const claims = (await t.http.get(`/api/documents/${document.id}/claims`).expect(200)).body.items;
    const speakers = claims
      .filter((c: { speaker: unknown }) => c.speaker)
      .map((c: { speaker: { id: string } }) => c.speaker.id);
    const spare = (await t.http.get('/api/keys').set(admin).expect(200)).body.items[0];
    ids = {
      document: document.id,
      claim: claims[0].id,
      speaker: speakers[0],
      other: speakers[1] ?? UNKNOWN,
      key: spare.id,
    };
  });
  afterAll(() => t.close());

  const auditCount = () =>
    withClient(t.databaseUrl, async (c) =>
      Number((await c.query('SELECT count(*) FROM audit_events')).rows[0].count),
    );

  type Route = [method: 'post' | 'patch' | 'get', path: () => string, body: () => object];
  const factcheckerRoutes: Array<[string, ...Route]> = [
    ['POST /api/documents', 'post', () => '/api/documents', () => newArticle()],
    [
      'POST /api/documents/:id/retract',
      'post',
      () => `/api/documents/${ids.document}/retract`,
      () => ({ reason: 'x' }),
    ],
    ['POST /api/documents/:id/extract', 'post', () => `/api/documents/${ids.document}/extract`, () => ({})],
    [
      'POST /api/claims',
      'post',
      () => '/api/claims',
      () => ({ documentId: ids.document, kind: 'editorial', start: 0, end: 3 }),
    ],
    ['PATCH /api/claims/:id', 'patch', () => `/api/claims/${ids.claim}`, () => ({ cue: 'said', version: 1 })],
    [
      'POST /api/claims/:id/retract',
      'post',
      () => `/api/claims/${ids.claim}/retract`,
      () => ({ reason: 'x' }),
    ],
    [
      'POST /api/claims/:id/evidence',
      'post',
      () => `/api/claims/${ids.claim}/evidence`,
      () => ({ stance: 'context', url: 'https://x.example' }),
    ],
    [
      'POST /api/claims/:id/reviews',
      'post',
      () => `/api/claims/${ids.claim}/reviews`,
      () => ({ verdict: 'true', rationale: 'x' }),
    ],
    ['PATCH /api/speakers/:id', 'patch', () => `/api/speakers/${ids.speaker}`, () => ({ role: 'x' })],
  ];
  const adminRoutes: Array<[string, ...Route]> = [
    [
      'POST /api/speakers/:id/merge',
      'post',
      () => `/api/speakers/${ids.other}/merge`,
      () => ({ into: ids.speaker }),
    ],
    ['POST /api/keys', 'post', () => '/api/keys', () => ({ name: 'x', role: 'admin' })],
    ['GET /api/keys', 'get', () => '/api/keys', () => ({})],
    ['POST /api/keys/:id/revoke', 'post', () => `/api/keys/${ids.key}/revoke`, () => ({})],
  ];

  describe.each([...factcheckerRoutes, ...adminRoutes])('%s', (_name, method, path, body) => {
    it('answers 401 without a key and changes nothing', async () => {
      const before = await auditCount();
      const res = await t.http[method](path()).send(body()).expect(401);
      expect(res.body).toMatchObject({ statusCode: 401, error: 'Unauthorized', message: expect.any(String) });
      expect(await auditCount()).toBe(before);
    });

    it('answers 403 to a researcher key and changes nothing', async () => {
      const before = await auditCount();
      const res = await t.http[method](path()).set(researcher).send(body()).expect(403);
      expect(res.body).toMatchObject({
        statusCode: 403,
        error: 'Forbidden',
        message: expect.stringContaining('role'),
      });
      expect(await auditCount()).toBe(before);
    });
  });

  describe.each(adminRoutes)('%s', (_name, method, path, body) => {
    it('answers 403 to a factchecker key', async () => {
      await t.http[method](path()).set(factchecker).send(body()).expect(403);
    });
  });

  it('lets anyone read without a key by default', async () => {
    await t.http.get('/api/documents').expect(200);
    await t.http.get(`/api/claims/${ids.claim}`).expect(200);
    await t.http.get(`/api/claims/${ids.claim}/history`).expect(200);
  });

  it('refuses an unknown key or a malformed Authorization header, even on reads', async () => {
    await t.http.get('/api/documents').set(bearer('ct_not-a-real-key')).expect(401);
    await t.http.get('/api/documents').set({ Authorization: 'Basic dXNlcjpwYXNz' }).expect(401);
  });

  it('shows a new key once, lists keys without it, and refuses it once revoked', async () => {
    const created = (
      await t.http.post('/api/keys').set(admin).send({ name: 'temp desk', role: 'researcher' }).expect(201)
    ).body;
    expect(created).toMatchObject({
      name: 'temp desk',
      role: 'researcher',
      revokedAt: null,
      key: expect.stringMatching(/^ct_/),
    });
    expect(created.key.startsWith(created.prefix)).toBe(true);
    const stored = await withClient(t.databaseUrl, (c) =>
      c.query('SELECT key_hash FROM api_keys WHERE id = $1', [created.id]),
    );
    expect(stored.rows[0].key_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(stored.rows)).not.toContain(created.key);

    const listed = (await t.http.get('/api/keys').set(admin).expect(200)).body.items;
    expect(listed.find((k: { id: string }) => k.id === created.id)).toEqual({ ...created, key: undefined });
    expect(JSON.stringify(listed)).not.toContain(created.key);

    await t.http.get('/api/documents').set(bearer(created.key)).expect(200);
    const revoked = (await t.http.post(`/api/keys/${created.id}/revoke`).set(admin).expect(200)).body;
    expect(revoked.revokedAt).toEqual(expect.any(String));
    await t.http.get('/api/documents').set(bearer(created.key)).expect(401);
    await t.http.post(`/api/keys/${created.id}/revoke`).set(admin).expect(409);
  });

  it('refuses a key with a bad role or no name', async () => {
    await t.http.post('/api/keys').set(admin).send({ name: 'x', role: 'editor' }).expect(400);
    await t.http.post('/api/keys').set(admin).send({ role: 'admin' }).expect(400);
  });

  it('lets an admin do what a factchecker may', async () => {
    await t.http.post('/api/documents').set(admin).send(newArticle()).expect(201);
  });

  it('records the key’s name and role as the actor of a write', async () => {
    const key = await mintKey(t, 'factchecker', 'ana.reyes');
    const document = (await t.http.post('/api/documents').set(bearer(key)).send(newArticle()).expect(201))
      .body;
    const history = (await t.http.get(`/api/documents/${document.id}/history`).expect(200)).body.items;
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({ action: 'create', actor: { name: 'ana.reyes', role: 'factchecker' } });
  });
});

describe('OpenAPI', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('describes the bearer scheme and every fact-checking route with its errors', async () => {
    const doc = (await t.http.get('/api/docs-json').expect(200)).body;
    expect(doc.components.securitySchemes.bearer).toMatchObject({ type: 'http', scheme: 'bearer' });
    const routes: Array<[string, string, string[]]> = [
      ['/api/keys', 'post', ['401', '403']],
      ['/api/keys', 'get', ['401', '403']],
      ['/api/keys/{id}/revoke', 'post', ['401', '403', '404']],
      ['/api/claims', 'post', ['401', '403', '422']],
      ['/api/claims/{id}', 'patch', ['401', '403', '409', '422', '428']],
      ['/api/claims/{id}/retract', 'post', ['401', '403', '409']],
      ['/api/claims/{id}/reviews', 'post', ['401', '403', '404']],
      ['/api/claims/{id}/reviews', 'get', ['404']],
      ['/api/claims/{id}/history', 'get', ['404']],
      ['/api/documents/{id}/history', 'get', ['404']],
      ['/api/speakers/{id}/history', 'get', ['404']],
      ['/api/documents/{id}/retract', 'post', ['401', '403', '409']],
      ['/api/speakers/{id}', 'patch', ['401', '403', '409']],
      ['/api/speakers/{id}/merge', 'post', ['401', '403', '409']],
    ];
    for (const [path, method, statuses] of routes) {
      const operation = doc.paths[path]?.[method];
      expect(operation).toBeDefined();
      for (const status of statuses) expect(operation.responses[status]).toBeDefined();
    }
    expect(doc.paths['/api/claims'].post.security).toEqual([{ bearer: [] }]);
    const schemas = doc.components.schemas;
    expect(schemas.CreateClaimDto.required).toEqual(
      expect.arrayContaining(['documentId', 'kind', 'start', 'end']),
    );
    expect(schemas.CreateReviewDto.properties.verdict.enum).toContain('misleading');
    expect(schemas.ClaimResponse.properties).toHaveProperty('retractedAt');
  });
});

describe('with READS_REQUIRE_KEY', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ env: { READS_REQUIRE_KEY: 'true' } });
  });
  afterAll(() => t.close());

  it('answers 401 to reads without a key, serves any role, and keeps /health open', async () => {
    const res = await t.http.get('/api/documents').expect(401);
    expect(res.body).toMatchObject({ statusCode: 401, error: 'Unauthorized' });
    await t.http.get('/api/speakers').expect(401);
    await t.http
      .get('/api/documents')
      .set(bearer(await mintKey(t, 'researcher')))
      .expect(200);
    await t.http.get('/health').expect(200);
  });
});

describe('rate limiting', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ env: { RATE_LIMIT_PER_MINUTE: '5' } });
  });
  afterAll(() => t.close());

  it('answers 429 with the JSON error shape past the limit, counting each key apart from the address', async () => {
    for (let i = 0; i < 5; i++) await t.http.get('/api/documents').expect(200);
    const limited = await t.http.get('/api/documents').expect(429);
    expect(limited.body).toMatchObject({
      statusCode: 429,
      error: 'Too Many Requests',
      message: expect.any(String),
    });
    expect(limited.headers['retry-after']).toBeDefined();

    // The address is used up, but a key has its own allowance.
    const key = bearer(await mintKey(t, 'researcher'));
    for (let i = 0; i < 5; i++) await t.http.get('/api/documents').set(key).expect(200);
    await t.http.get('/api/documents').set(key).expect(429);
  });
});
