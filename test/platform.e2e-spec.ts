import { newArticle } from './support/factories';
import { factcheckerOf } from './support/keys';
import { startTestApp, TestApp } from './support/test-app';

describe('platform: health, OpenAPI, restarts, headers', () => {
  let t: TestApp;
  // Writes need a key; some tests restart the app, which then needs a key of its own.
  const writer = factcheckerOf(() => t);

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('reports service and database health', async () => {
    const res = await t.http.get('/health').expect(200);
    expect(res.body).toMatchObject({ status: 'ok', info: { database: { status: 'up' } } });
  });

  it('serves an OpenAPI 3 document describing every route, DTO, enum and error response', async () => {
    const doc = (await t.http.get('/api/docs-json').expect(200)).body;
    expect(doc.openapi).toMatch(/^3\./);
    const routes = [
      ['/api/documents', 'post'],
      ['/api/documents', 'get'],
      ['/api/documents/{id}', 'get'],
      ['/api/documents/{id}/claims', 'get'],
      ['/api/documents/{id}/extract', 'post'],
      ['/api/claims', 'get'],
      ['/api/claims/{id}', 'get'],
      ['/api/claims/{id}/evidence', 'get'],
      ['/api/claims/{id}/evidence', 'post'],
      ['/api/speakers', 'get'],
      ['/api/speakers/{id}', 'get'],
      ['/api/speakers/{id}/claims', 'get'],
    ];
    for (const [path, method] of routes) expect(doc.paths[path]?.[method]).toBeDefined();
    const schemas = doc.components.schemas;
    expect(schemas.CreateDocumentDto.required).toEqual(expect.arrayContaining(['title', 'text']));
    expect(schemas.ClaimResponse.properties.kind.enum).toEqual(['attributed', 'editorial']);
    expect(schemas.ErrorResponse.properties).toHaveProperty('statusCode');
    expect(schemas.ClaimPageResponse.properties.items.items.$ref).toBe('#/components/schemas/ClaimResponse');
    expect(schemas.DocumentPageResponse.properties.items.items.$ref).toBe(
      '#/components/schemas/DocumentSummaryResponse',
    );
    expect(doc.paths['/api/documents/{id}'].get.responses['404']).toBeDefined();
    await t.http.get('/api/docs').expect(200);
  });

  it('sends security headers and no CORS headers unless configured', async () => {
    const res = await t.http.get('/api/documents').set('Origin', 'https://elsewhere.example').expect(200);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toBeDefined();
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('answers 404 in the JSON error shape for an unknown route', async () => {
    const res = await t.http.get('/api/nothing-here').expect(404);
    expect(res.body).toMatchObject({ statusCode: 404, error: 'Not Found', message: expect.any(String) });
  });

  it('finds all data again after the app restarts on the same database', async () => {
    const article = newArticle();
    const stored = (
      await t.http
        .post('/api/documents')
        .set(await writer())
        .send(article)
        .expect(201)
    ).body;
    const claims = (await t.http.get(`/api/documents/${stored.id}/claims`).expect(200)).body.items;
    await t.close();

    t = await startTestApp({ databaseUrl: t.databaseUrl });
    const read = (await t.http.get(`/api/documents/${stored.id}`).expect(200)).body;
    expect(read.text).toBe(article.text);
    const again = (await t.http.get(`/api/documents/${stored.id}/claims`).expect(200)).body.items;
    expect(again).toEqual(claims);
  });
});

describe('platform: CORS when configured', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ env: { CORS_ORIGINS: 'https://reader.example' } });
  });
  afterAll(() => t.close());

  it('allows the configured origin only', async () => {
    const allowed = await t.http.get('/api/documents').set('Origin', 'https://reader.example').expect(200);
    expect(allowed.headers['access-control-allow-origin']).toBe('https://reader.example');
    const other = await t.http.get('/api/documents').set('Origin', 'https://elsewhere.example').expect(200);
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
  });
});
