import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bearer, mintKey } from './support/keys';
import { startTestApp, TestApp } from './support/test-app';
import { asText } from './support/text-body';

// Reads the body as text whatever the content type.

interface Claim {
  id: string;
  kind: string;
  text: string;
  quote: string;
  start: number;
  speaker: { id: string; name: string } | null;
}

// What the standards and readers of the md and html reports expect beyond the per-format checks of
// reports.e2e-spec.ts: reading order, reader links, quotation marks, and PROV reviews that used evidence.
describe('reports as the standards and their readers mean them', () => {
  let t: TestApp;
  let key: string;
  const docs: Array<{ id: string; title: string; claims: Claim[] }> = [];

  const report = (path: string, query: Record<string, string>) =>
    t.http.get(path).query(query).buffer(true).parse(asText).expect(200);

  async function newDocument(title: string, text: string, publishedAt?: string) {
    const created = await t.http
      .post('/api/documents')
      .set(bearer(key))
      .send({ title, text, publisher: 'Valley Courier', ...(publishedAt ? { publishedAt } : {}) })
      .expect(201);
    const claims: Claim[] = (
      await t.http.get(`/api/documents/${created.body.id}/claims`).query({ limit: 100 }).expect(200)
    ).body.items;
    docs.push({ id: created.body.id, title, claims });
    return docs[docs.length - 1];
  }

  beforeAll(async () => {
    t = await startTestApp();
    key = await mintKey(t, 'factchecker', 'Jane Checker');
    // Created newest first, so neither creation order nor (random) ids give the publication order.
    await newDocument(
      'Bridge inspection',
      'Zoe Zimmer said the bridge is safe for traffic. ' +
        'Mayor Adam Abel said the repairs would take two years. ' +
        'Zoe Zimmer said the cables had been replaced. The council will vote next week.',
      '2026-03-10T08:00:00.000Z',
    );
    await newDocument(
      'Quarry hearing',
      'Planner Maria Lopez said the quarry would close in May. ' +
        '"We have waited long enough for this, truly," said resident Tom Baker. The hearing ended at noon.',
      '2026-01-05T08:00:00.000Z',
    );
    await newDocument('Undated notice', 'Clerk Ann Reyes said the office will move to Main Street.');
    // Five documents: ids (random) put them in publication order by chance once in 120 runs at most.
    await newDocument(
      'School budget',
      'Principal Omar Diaz said the budget covers two new teachers.',
      '2026-04-01T08:00:00.000Z',
    );
    await newDocument(
      'Ferry timetable',
      'Captain Lena Berg said the ferry will run hourly.',
      '2026-02-01T08:00:00.000Z',
    );
  });
  afterAll(() => t.close());

  it('the claims-wide md and html reports order documents by publication date, undated last', async () => {
    const order = [
      'Quarry hearing',
      'Ferry timetable',
      'Bridge inspection',
      'School budget',
      'Undated notice',
    ];
    for (const format of ['md', 'html']) {
      const body = (await report('/api/claims/report', { format })).body;
      const at = order.map((title) => body.indexOf(format === 'md' ? `## ${title}` : `<h2>${title}</h2>`));
      expect(at.every((i) => i > 0)).toBe(true);
      expect([...at].sort((a, b) => a - b)).toEqual(at);
    }
  });

  it('speakers come in order of first appearance, not alphabetically', async () => {
    const bridge = docs[0];
    expect(bridge.claims.map((c) => c.speaker?.name)).toEqual(
      expect.arrayContaining(['Zoe Zimmer', 'Adam Abel']),
    );
    for (const format of ['md', 'html']) {
      const body = (await report(`/api/documents/${bridge.id}/report`, { format })).body;
      const zimmer = body.indexOf(format === 'md' ? '#### Zoe Zimmer' : '<h4>Zoe Zimmer');
      const abel = body.indexOf(format === 'md' ? '#### Adam Abel' : '<h4>Adam Abel');
      expect(zimmer).toBeGreaterThan(0);
      expect(abel).toBeGreaterThan(zimmer);
      // Both of Zimmer's claims sit under her one heading.
      expect(body.indexOf(format === 'md' ? '#### Zoe Zimmer' : '<h4>Zoe Zimmer', zimmer + 1)).toBe(-1);
    }
  });

  it('md and html link claims to the reader’s pages, which answer', async () => {
    const bridge = docs[0];
    const md = (await report(`/api/documents/${bridge.id}/report`, { format: 'md' })).body;
    const html = (await report(`/api/documents/${bridge.id}/report`, { format: 'html' })).body;
    for (const claim of bridge.claims) {
      const page = new RegExp(`https?://[^/]+/claims/${claim.id}`);
      expect(md).toMatch(new RegExp(`\\[claim\\]\\(<${page.source}>\\)`));
      expect(html).toMatch(new RegExp(`<a href="${page.source}">claim</a>`));
    }
    expect(md).not.toContain('/api/claims/');
    await t.http.get(`/claims/${bridge.claims[0].id}`).expect(200);
  });

  it('md and html do not wrap a direct quote in a second pair of quotation marks', async () => {
    const quarry = docs[1];
    const direct = quarry.claims.find((c) => c.quote === 'direct')!;
    expect(direct.text.startsWith('"')).toBe(true);
    const md = (await report(`/api/documents/${quarry.id}/report`, { format: 'md' })).body;
    expect(md).toContain(`- ${direct.text} — `);
    expect(md).not.toContain(`“${direct.text}”`);
    const html = (await report(`/api/documents/${quarry.id}/report`, { format: 'html' })).body;
    expect(html).toContain('<span class="said">&quot;We have waited');
    expect(html).not.toContain('<q>&quot;');
  });

  it('the html profile bar has a legend', async () => {
    const html = (await report(`/api/documents/${docs[0].id}/report`, { format: 'html' })).body;
    const legend = html.match(/<div class="profile"[\s\S]*?<\/div>\s*<ul class="legend">([\s\S]*?)<\/ul>/);
    expect(legend).not.toBeNull();
    for (const label of ['Named sources', 'Unnamed sources', 'Editorial voice', 'Uncovered'])
      expect(legend![1]).toMatch(new RegExp(`<span class="swatch [a-z]+"></span>${label} \\d+\\.\\d %`));
  });

  it('prov: a review after evidence was linked used that evidence, and generated its verdict', async () => {
    const claim = docs[0].claims.find((c) => c.kind === 'attributed')!;
    const evidence = await t.http
      .post(`/api/claims/${claim.id}/evidence`)
      .set(bearer(key))
      .send({ stance: 'disputes', url: 'https://inspect.example/bridge', title: 'Inspection report' })
      .expect(201);
    const review = await t.http
      .post(`/api/claims/${claim.id}/reviews`)
      .set(bearer(key))
      .send({ verdict: 'mostly-false', rationale: 'The inspection found cracks' })
      .expect(201);
    const prov = JSON.parse((await report(`/api/claims/${claim.id}/report`, { format: 'prov' })).body);
    const ajv = new Ajv({ allErrors: true, strict: true });
    addFormats(ajv);
    ajv.validate(
      JSON.parse(readFileSync(join(__dirname, 'fixtures', 'prov-json.schema.json'), 'utf8')),
      prov,
    );
    expect(ajv.errors ?? []).toEqual([]);
    const activity = `ct:review-${review.body.id}`;
    const link = `ct:evidence-${evidence.body.id}`;
    expect(prov.activity[activity]).toMatchObject({ 'prov:type': { $: 'ct:Review' } });
    const used = Object.values(prov.used as Record<string, Record<string, unknown>>).filter(
      (u) => u['prov:activity'] === activity,
    );
    expect(used.map((u) => u['prov:entity']).sort()).toEqual([`claim:${claim.id}`, link].sort());
    expect(prov.entity[link]).toMatchObject({
      'ct:stance': 'disputes',
      'ct:claim': { $: `claim:${claim.id}` },
    });
    expect(Object.values(prov.wasGeneratedBy)).toContainEqual(
      expect.objectContaining({ 'prov:entity': `ct:verdict-${review.body.id}`, 'prov:activity': activity }),
    );
    // The disputing source is not a primary source of anything, and the claim is not derived from it.
    expect(JSON.stringify(prov)).not.toContain('PrimarySource');
    const derivedFrom = Object.values(prov.wasDerivedFrom as Record<string, Record<string, unknown>>)
      .filter((d) => d['prov:generatedEntity'] === `claim:${claim.id}`)
      .map((d) => d['prov:usedEntity']);
    expect(derivedFrom).toEqual([`document:${docs[0].id}`]);
  });

  it('GET /api/documents/:id/text serves the stored text as text/plain, 404 for a missing document', async () => {
    const res = await t.http.get(`/api/documents/${docs[1].id}/text`).buffer(true).parse(asText).expect(200);
    expect(res.headers['content-type']).toBe('text/plain; charset=utf-8');
    expect(res.body).toContain('"We have waited long enough for this, truly," said resident Tom Baker.');
    const missing = await t.http.get('/api/documents/00000000-0000-4000-8000-000000000000/text').expect(404);
    expect(missing.body).toMatchObject({ statusCode: 404, code: 'not-found' });
  });
});
