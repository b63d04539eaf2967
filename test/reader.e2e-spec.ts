import { randomUUID } from 'node:crypto';
import { KeysService } from '../src/auth/keys.service';
import { SYSTEM_ACTOR } from '../src/auth/roles';
import { newArticle } from './support/factories';
import { startTestApp, TestApp } from './support/test-app';

// The reader pages over HTTP: status codes, headers, escaping, search and paging. Behaviour in a real
// browser (highlights, filters, scripts that must not run) is in reader-browser.e2e-spec.ts.
describe('reader pages', () => {
  let t: TestApp;
  let auth: { Authorization: string };

  beforeAll(async () => {
    t = await startTestApp();
    const { key } = await t.app
      .get(KeysService)
      .create({ name: 'reader-e2e', role: 'factchecker' }, SYSTEM_ACTOR);
    auth = { Authorization: `Bearer ${key}` };
  });
  afterAll(() => t.close());

  const post = async (body: Record<string, unknown>) =>
    (await t.http.post('/api/documents').set(auth).send(body).expect(201)).body;

  function scriptSources(cspHeader: string): string {
    const directive = cspHeader
      .split(';')
      .map((d) => d.trim())
      .find((d) => d.startsWith('script-src '));
    if (!directive) throw new Error(`no script-src in ${cspHeader}`);
    return directive;
  }

  it('serves each page as HTML under a CSP that allows only same-origin script', async () => {
    const doc = await post(newArticle());
    const claims = (await t.http.get(`/api/documents/${doc.id}/claims`).expect(200)).body.items;
    expect(claims.length).toBeGreaterThan(0);
    for (const path of ['/', `/documents/${doc.id}`, `/claims/${claims[0].id}`]) {
      const res = await t.http.get(path).expect(200);
      expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
      const csp = res.headers['content-security-policy'];
      expect(scriptSources(csp).split(/\s+/)).toEqual(['script-src', "'self'"]);
      expect(csp).toContain("script-src-attr 'none'");
      expect(csp).toContain("default-src 'self'");
      // Assets must load over plain HTTP too, so no forced upgrade to https.
      expect(csp).not.toContain('upgrade-insecure-requests');
      expect(res.text).toMatch(/^<!doctype html>/);
      // No inline script: the one script element is the external reader.js.
      expect(res.text.match(/<script\b[^>]*>/g)).toEqual([
        expect.stringMatching(/^<script src="\/assets\/reader\.js\?v=[0-9a-f]+" defer>$/),
      ]);
    }
  });

  it('serves the stylesheet and script from /assets/ and nothing from elsewhere', async () => {
    const page = await t.http.get('/').expect(200);
    const urls = [...page.text.matchAll(/(?:href|src)="([^"]+)"/g)].map((m) => m[1]);
    for (const url of urls) expect(url).toMatch(/^(\/|#|data:)/);
    const css = await t.http.get('/assets/reader.css').expect(200);
    expect(css.headers['content-type']).toMatch(/^text\/css/);
    const js = await t.http.get('/assets/reader.js').expect(200);
    expect(js.headers['content-type']).toMatch(/javascript/);
    const traversal = await t.http.get('/assets/../package.json');
    expect([403, 404]).toContain(traversal.status);
    expect(traversal.text).not.toContain('"name": "claimtrail"');
  });

  it('escapes every document field and all text, so markup in them renders as text', async () => {
    const hostile = '<script>window.pwned=1</script>"><img src=x onerror="window.pwned=2">';
    const doc = await post(
      newArticle({
        title: `Title ${hostile}`,
        publisher: `Publisher ${hostile}`,
        authors: [`Author ${hostile}`],
        text: `Officials said ${hostile} was safe. The outlet notes ${hostile} again. ${randomUUID()}`,
      }),
    );
    for (const path of ['/', `/documents/${doc.id}`, `/?q=${encodeURIComponent(hostile)}`]) {
      const res = await t.http.get(path).expect(200);
      expect(res.text).not.toContain('<script>window');
      expect(res.text).not.toMatch(/<img|onerror="/);
    }
    const page = await t.http.get(`/documents/${doc.id}`).expect(200);
    expect(page.text).toContain(
      '&lt;script&gt;window.pwned=1&lt;/script&gt;&quot;&gt;&lt;img src=x onerror=&quot;window.pwned=2&quot;&gt;',
    );

    const claims = (await t.http.get(`/api/documents/${doc.id}/claims`).expect(200)).body.items;
    for (const claim of claims) {
      const res = await t.http.get(`/claims/${claim.id}`).expect(200);
      expect(res.text).not.toContain('<img');
      expect(res.text).not.toContain('<script>window');
    }
  });

  it('escapes evidence fields on the claim page and links only http(s) URLs', async () => {
    const doc = await post(newArticle());
    const [claim] = (await t.http.get(`/api/documents/${doc.id}/claims`).expect(200)).body.items;
    await t.http
      .post(`/api/claims/${claim.id}/evidence`)
      .set(auth)
      .send({
        stance: 'disputes',
        url: 'https://records.example/depot?a=1&b="2"',
        title: '<b>Depot</b> records',
        publisher: '"><svg onload=alert(1)>',
        note: '<script>alert(1)</script>',
      })
      .expect(201);
    const res = await t.http.get(`/claims/${claim.id}`).expect(200);
    expect(res.text).toContain('href="https://records.example/depot?a=1&amp;b=%222%22"');
    expect(res.text).toContain('&lt;b&gt;Depot&lt;/b&gt; records');
    expect(res.text).toContain('&quot;&gt;&lt;svg onload=alert(1)&gt;');
    expect(res.text).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(res.text).not.toMatch(/<svg|<b>|<script>alert/);
  });

  it('searches titles case-insensitively, treating % and _ literally', async () => {
    const marker = `Zebra-${randomUUID().slice(0, 8)}`;
    const hit = await post(newArticle({ title: `Harbour ${marker} plan` }));
    const percent = await post(newArticle({ title: `100% ${marker} quota` }));
    await post(newArticle({ title: `Unrelated ${randomUUID()}` }));
    const found = await t.http.get('/').query({ q: marker.toLowerCase() }).expect(200);
    expect(found.text).toContain(`/documents/${hit.id}`);
    expect(found.text).toContain(`/documents/${percent.id}`);
    expect(found.text.match(/<li>/g)).toHaveLength(2);
    expect(found.text).toContain(`value="${marker.toLowerCase()}"`);

    const literal = await t.http
      .get('/')
      .query({ q: `100% ${marker}` })
      .expect(200);
    expect(literal.text.match(/<li>/g)).toHaveLength(1);
    const none = await t.http
      .get('/')
      .query({ q: `1_0% ${marker}` })
      .expect(200);
    expect(none.text).toContain('No document title matches this search.');
  });

  it('pages newest first with the list’s keyset cursor, keeping the search', async () => {
    const marker = `Pager-${randomUUID().slice(0, 8)}`;
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) ids.push((await post(newArticle({ title: `${marker} ${i}` }))).id);
    const seen: string[] = [];
    let next: string | null = `/?q=${marker}&limit=2`;
    while (next) {
      const res = await t.http.get(next).expect(200);
      seen.push(...[...res.text.matchAll(/<h2><a href="\/documents\/([0-9a-f-]{36})">/g)].map((m) => m[1]));
      const link = /<a href="([^"]+)" rel="next">/.exec(res.text);
      next = link ? link[1].replace(/&amp;/g, '&') : null;
      if (next) expect(next).toContain(`q=${marker}`);
    }
    expect(seen).toEqual([...ids].reverse());
  });

  it('lists each document with its publisher, date and claim counts', async () => {
    const doc = await post(newArticle({ title: `Counts ${randomUUID()}` }));
    const res = await t.http.get('/').query({ q: doc.title }).expect(200);
    const { attributed, editorial } = doc.claimCounts;
    expect(res.text).toContain('Valley Courier');
    expect(res.text).toContain('<time datetime="2026-03-04T09:30:00.000Z">4 Mar 2026</time>');
    expect(res.text).toContain(`${attributed} attributed claim${attributed === 1 ? '' : 's'}`);
    expect(res.text).toContain(`${editorial} editorial assertion${editorial === 1 ? '' : 's'}`);
  });

  it('shows the sourcing profile and both claim lists on the document page', async () => {
    const doc = await post(newArticle());
    const res = await t.http.get(`/documents/${doc.id}`).expect(200);
    expect(res.text).toContain('<h2 id="attributed-heading">Attributed claims');
    expect(res.text).toContain('<h2 id="editorial-heading">Editorial assertions');
    for (const label of ['Named sources', 'Unnamed sources', 'The outlet’s own voice'])
      expect(res.text).toContain(`<dt>${label}</dt>`);
    expect(res.text).toContain('Nadia Okafor');
  });

  it('shows a claim’s verdict on the document page and its verdict and audit history on the claim page', async () => {
    const doc = await post(newArticle());
    const [claim] = (await t.http.get(`/api/documents/${doc.id}/claims`).expect(200)).body.items;
    for (const [verdict, rationale] of [
      ['mostly-true', 'The <em>first</em> look.'],
      ['false', 'The depot figures say otherwise.'],
    ]) {
      await t.http.post(`/api/claims/${claim.id}/reviews`).set(auth).send({ verdict, rationale }).expect(201);
    }
    const page = await t.http.get(`/documents/${doc.id}`).expect(200);
    expect(page.text).toContain('<span class="verdict">Verdict: false</span>');

    const res = await t.http.get(`/claims/${claim.id}`).expect(200);
    const verdicts = /<ol class="history" id="verdict-history">([\s\S]*?)<\/ol>/.exec(res.text)![1];
    expect(verdicts.match(/<li>/g)).toHaveLength(2);
    expect(verdicts.indexOf('mostly-true')).toBeLessThan(verdicts.indexOf('false'));
    expect(verdicts).toContain('The &lt;em&gt;first&lt;/em&gt; look.');
    expect(verdicts).toContain('reader-e2e');
    const audit = /<ol class="history" id="audit-history">([\s\S]*?)<\/ol>/.exec(res.text)![1];
    expect(audit).toContain('reader-e2e — create review');
  });

  it('leaves retracted claims and documents off the reader pages', async () => {
    const doc = await post(newArticle({ title: `Retraction ${randomUUID()}` }));
    const claims = (await t.http.get(`/api/documents/${doc.id}/claims`).expect(200)).body.items;
    expect(claims.length).toBeGreaterThan(1);
    const [gone, kept] = claims;
    await t.http
      .post(`/api/claims/${gone.id}/retract`)
      .set(auth)
      .send({ reason: 'Misattributed.' })
      .expect(200);
    const page = await t.http.get(`/documents/${doc.id}`).expect(200);
    expect(page.text).not.toContain(gone.id);
    expect(page.text).toContain(`id="claim-${kept.id}"`);
    await t.http.get(`/claims/${gone.id}`).expect(404);

    await t.http
      .post(`/api/documents/${doc.id}/retract`)
      .set(auth)
      .send({ reason: 'Wrong article.' })
      .expect(200);
    const list = await t.http.get('/').query({ q: doc.title }).expect(200);
    expect(list.text).not.toContain(doc.id);
    await t.http.get(`/documents/${doc.id}`).expect(404);
    await t.http.get(`/claims/${kept.id}`).expect(404);
    await t.http.get('/').query({ includeRetracted: 'true' }).expect(400);
  });

  it('answers unknown ids with an HTML 404 and malformed ids or queries with an HTML 400', async () => {
    for (const path of [`/documents/${randomUUID()}`, `/claims/${randomUUID()}`]) {
      const res = await t.http.get(path).expect(404);
      expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(res.text).toContain('<h1>404 Not Found</h1>');
    }
    for (const path of [
      '/documents/not-a-uuid',
      '/claims/%3Cscript%3E',
      '/?limit=0',
      '/?cursor=forged',
      '/?unknown=1',
    ]) {
      const res = await t.http.get(path).expect(400);
      expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(res.text).toContain('<h1>400 Bad Request</h1>');
      expect(res.text).not.toContain('<script>');
    }
    // The API keeps its JSON errors.
    const api = await t.http.get(`/api/documents/${randomUUID()}`).expect(404);
    expect(api.body).toMatchObject({ statusCode: 404, error: 'Not Found' });
  });
});
