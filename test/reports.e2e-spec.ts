import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { parse } from 'csv-parse/sync';
import jsonld from 'jsonld';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sourcingProfile } from '../src/claims/sourcing-profile';
import { CSV_COLUMNS } from '../src/exports/csv-claim-row';
import { runCli } from './support/cli-process';
import { bearer, mintKey } from './support/keys';
import { startTestApp, TestApp } from './support/test-app';
import { asText } from './support/text-body';

// Reads the body as text whatever the content type, so each test sees exactly what a client receives.

const CONTEXTS: Record<string, string> = {
  'http://www.w3.org/ns/anno.jsonld': 'anno.jsonld',
  'https://schema.org': 'schema.org.jsonld',
};

// The tests run offline: the two remote contexts come from test/fixtures/contexts, any other URL fails.
async function offlineContexts(url: string) {
  const file = CONTEXTS[url];
  if (!file) throw new Error(`unexpected remote context ${url}`);
  const document = JSON.parse(readFileSync(join(__dirname, 'fixtures', 'contexts', file), 'utf8'));
  return { contextUrl: undefined, documentUrl: url, document };
}
const expand = (input: object) =>
  jsonld.expand(input as jsonld.JsonLdDocument, { documentLoader: offlineContexts as never });

const SCHEMA = 'http://schema.org/';
const OA = 'http://www.w3.org/ns/oa#';
type Node = Record<string, Array<Record<string, unknown>>> & { '@type'?: string[]; '@id'?: string };

interface ClaimItem {
  id: string;
  kind: string;
  text: string;
  start: number;
  end: number;
  quote: string;
  cue: string | null;
  speaker: { id: string; name: string; kind: string } | null;
}

describe('provenance reports', () => {
  let t: TestApp;
  let key: string;
  let doc: { id: string; title: string; text: string; publisher: string };
  let claims: ClaimItem[];
  let direct: ClaimItem;
  let indirect: ClaimItem;

  const report = (path: string, query: Record<string, string> = {}, accept?: string) => {
    const req = t.http.get(path).query(query).buffer(true).parse(asText);
    return accept ? req.set('Accept', accept) : req;
  };

  beforeAll(async () => {
    t = await startTestApp({
      env: { ORG_NAME: 'Valley Fact Check', ORG_URL: 'https://factcheck.example/' },
    });
    key = await mintKey(t, 'factchecker', 'Jane Checker');
    // An astral character (the bus emoji, two UTF-16 units) before every claim makes code point offsets differ.
    const text =
      `🚌 The valley council met on Tuesday to debate a new <bus> depot & yard. ` +
      `Transport director Nadia Okafor said the depot would cut waiting times by a third. ` +
      `"We have waited long enough for this, truly," she told reporters. ` +
      `The depot would be built on land once used by a brewery.`;
    const created = await t.http
      .post('/api/documents')
      .set(bearer(key))
      .send({
        title: 'Depot plan <b>approved</b> & funded',
        text,
        publisher: 'Valley Courier',
        authors: ['Sam Reyes'],
        publishedAt: '2026-03-04T09:30:00.000Z',
        url: 'https://courier.example/depot',
      })
      .expect(201);
    doc = created.body;
    claims = (await t.http.get(`/api/documents/${doc.id}/claims`).query({ limit: 100 }).expect(200)).body
      .items;
    direct = claims.find((c) => c.quote === 'direct')!;
    indirect = claims.find((c) => c.kind === 'attributed' && c.quote === 'indirect')!;
    expect(direct).toBeDefined();
    expect(indirect).toBeDefined();
    expect(claims.some((c) => c.kind === 'editorial')).toBe(true);

    // Verdict history: a first verdict, then a second that supersedes it; and two pieces of evidence.
    await t.http
      .post(`/api/claims/${indirect.id}/reviews`)
      .set(bearer(key))
      .send({ verdict: 'mixed', rationale: 'First look' })
      .expect(201);
    await t.http
      .post(`/api/claims/${indirect.id}/reviews`)
      .set(bearer(key))
      .send({ verdict: 'mostly-true', rationale: 'Timetables show a 30% cut' })
      .expect(201);
    await t.http
      .post(`/api/claims/${indirect.id}/evidence`)
      .set(bearer(key))
      .send({
        stance: 'corroborates',
        url: 'https://transit.example/timetables',
        title: 'Timetables, 2026',
        note: 'p. 4',
      })
      .expect(201);
    await t.http
      .post(`/api/claims/${indirect.id}/evidence`)
      .set(bearer(key))
      .send({ stance: 'disputes', url: 'https://audit.example/buses', title: 'Bus audit' })
      .expect(201);
  });
  afterAll(() => t.close());

  it('json: the document once, then every claim in text order with speaker, selector, cue, status, reviews and evidence', async () => {
    const res = await report(`/api/documents/${doc.id}/report`, { format: 'json' }).expect(200);
    expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
    const body = JSON.parse(res.body);
    expect(body.report).toMatchObject({ subject: 'document', id: doc.id });
    expect(body.documents).toHaveLength(1);
    expect(body.documents[0]).toMatchObject({
      id: doc.id,
      title: doc.title,
      publisher: 'Valley Courier',
      authors: ['Sam Reyes'],
      url: 'https://courier.example/depot',
      publishedAt: '2026-03-04T09:30:00.000Z',
      textLength: doc.text.length,
      apiUrl: expect.stringMatching(new RegExp(`/api/documents/${doc.id}$`)),
      readerUrl: expect.stringMatching(new RegExp(`/documents/${doc.id}$`)),
    });
    expect(body.documents[0]).not.toHaveProperty('sourceUrl');
    const profile = sourcingProfile(
      doc.text.length,
      claims.map((c) => ({
        kind: c.kind as 'attributed',
        start: c.start,
        end: c.end,
        speakerKind: (c.speaker?.kind ?? null) as 'person',
      })),
    );
    expect(body.documents[0].sourcingProfile).toEqual(profile);

    expect(body.claims.map((c: ClaimItem) => c.id)).toEqual(claims.map((c) => c.id));
    const reviewed = body.claims.find((c: ClaimItem) => c.id === indirect.id);
    expect(reviewed).toMatchObject({
      kind: 'attributed',
      text: doc.text.slice(indirect.start, indirect.end),
      start: indirect.start,
      end: indirect.end,
      selector: { exact: doc.text.slice(indirect.start, indirect.end) },
      speaker: { id: indirect.speaker!.id, name: 'Nadia Okafor', kind: 'person' },
      cue: indirect.cue,
      quote: 'indirect',
      reviewStatus: 'reviewed',
      verdict: 'mostly-true',
      provenance: { corroborating: 1, disputing: 1, context: 0 },
    });
    for (const old of ['anchor', 'status', 'verdictHistory', 'url']) expect(reviewed).not.toHaveProperty(old);
    expect(reviewed.reviews.map((r: { verdict: string }) => r.verdict)).toEqual(['mixed', 'mostly-true']);
    expect(reviewed.reviews[0].supersededById).toBe(reviewed.reviews[1].id);
    expect(reviewed.reviews[1]).toMatchObject({
      supersededById: null,
      current: true,
      reviewer: { name: 'Jane Checker', role: 'factchecker' },
    });
    expect(reviewed.evidence).toEqual([
      expect.objectContaining({
        claimId: indirect.id,
        stance: 'corroborates',
        note: 'p. 4',
        source: expect.objectContaining({
          url: 'https://transit.example/timetables',
          title: 'Timetables, 2026',
        }),
      }),
      expect.objectContaining({ stance: 'disputes' }),
    ]);
  });

  it('json: a claim has one public shape, the REST API’s, built by the same mappers', async () => {
    const body = JSON.parse(
      (await report(`/api/documents/${doc.id}/report`, { format: 'json' }).expect(200)).body,
    );
    for (const claim of body.claims) {
      const { apiUrl, readerUrl, reviews, evidence, ...shared } = claim;
      const rest = (await t.http.get(`/api/claims/${claim.id}`).expect(200)).body;
      expect(shared).toEqual(rest);
      expect(new URL(apiUrl).pathname).toBe(`/api/claims/${claim.id}`);
      expect(new URL(readerUrl).pathname).toBe(`/claims/${claim.id}`);
      const restReviews = (await t.http.get(`/api/claims/${claim.id}/reviews`).expect(200)).body.items;
      expect(reviews).toEqual(restReviews);
      const restEvidence = (await t.http.get(`/api/claims/${claim.id}/evidence`).expect(200)).body.items;
      expect(Object.keys(evidence[0] ?? {}).sort()).toEqual(Object.keys(restEvidence[0] ?? {}).sort());
      expect(evidence.map((e: { id: string }) => e.id)).toEqual(
        restEvidence.map((e: { id: string }) => e.id),
      );
    }
    const rest = (await t.http.get(`/api/documents/${doc.id}`).expect(200)).body;
    const { apiUrl, readerUrl, textLength, sourcingProfile: profile, ...shared } = body.documents[0];
    expect([apiUrl, readerUrl, textLength, profile].every((v) => v !== undefined)).toBe(true);
    const { text, claimCounts, ...restShared } = rest;
    expect([text, claimCounts].every((v) => v !== undefined)).toBe(true);
    expect(shared).toEqual(restShared);
  });

  it('csv: RFC 4180 with the documented header, one row per claim, read back by a CSV parser', async () => {
    const res = await report(`/api/documents/${doc.id}/report`, { format: 'csv' }).expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv; charset=utf-8/);
    expect(res.headers['content-disposition']).toBe(
      `attachment; filename="claimtrail-document-${doc.id}.csv"`,
    );
    expect(res.body.endsWith('\r\n')).toBe(true);
    const rows: string[][] = parse(res.body, { relax_column_count: false });
    expect(rows[0]).toEqual(CSV_COLUMNS.map((column) => column.name));
    expect(rows[0].slice(0, 3)).toEqual(['claim_id', 'claim_url', 'document_id']);
    const records: Array<Record<string, string>> = parse(res.body, { columns: true });
    expect(records.map((r) => r.claim_id)).toEqual(claims.map((c) => c.id));
    // The direct quote holds double quotes and a comma: it survives the round trip byte for byte.
    const quoted = records.find((r) => r.claim_id === direct.id)!;
    expect(quoted.text).toBe(doc.text.slice(direct.start, direct.end));
    expect(quoted).toMatchObject({ quote_type: 'direct', speaker_name: 'Nadia Okafor', kind: 'attributed' });
    expect(records.find((r) => r.claim_id === indirect.id)).toMatchObject({
      verdict: 'mostly-true',
      verdict_rationale: 'Timetables show a 30% cut',
      reviewed_by: 'Jane Checker',
      review_count: '2',
      evidence_corroborating: '1',
      evidence_disputing: '1',
      evidence_urls: 'https://transit.example/timetables https://audit.example/buses',
      corroborating_urls: 'https://transit.example/timetables',
      disputing_urls: 'https://audit.example/buses',
      context_urls: '',
      document_title: doc.title,
      publisher: 'Valley Courier',
    });
  });

  it('md: document header, sourcing profile, attributed claims by speaker, editorial assertions, evidence and verdicts', async () => {
    const res = await report(`/api/documents/${doc.id}/report`, { format: 'md' }).expect(200);
    expect(res.headers['content-type']).toBe('text/markdown; charset=utf-8');
    const md = res.body;
    expect(md).toContain('## Depot plan \\<b\\>approved\\</b\\> & funded');
    expect(md).toMatch(
      /\*\*Sourcing profile:\*\* named sources \d+\.\d %, unnamed sources 0\.0 %, editorial voice \d+\.\d %/,
    );
    const attributed = md.indexOf('### Attributed claims');
    const speaker = md.indexOf('#### Nadia Okafor (person)');
    const editorial = md.indexOf('### Editorial assertions');
    expect(attributed).toBeGreaterThan(0);
    expect(speaker).toBeGreaterThan(attributed);
    expect(editorial).toBeGreaterThan(speaker);
    // Both of Okafor's claims sit under her heading, before the editorial section.
    for (const c of [direct, indirect]) {
      const at = md.indexOf(c.id);
      expect(at).toBeGreaterThan(speaker);
      expect(at).toBeLessThan(editorial);
    }
    expect(md).toContain('  - Earlier verdict: **mixed** by Jane Checker');
    expect(md).toContain('  - Verdict: **mostly-true** by Jane Checker');
    expect(md).toContain('  - Corroborates: [Timetables, 2026](<https://transit.example/timetables>) — p. 4');
  });

  it('html: a printable page with the same sections, every text escaped', async () => {
    const res = await report(`/api/documents/${doc.id}/report`, { format: 'html' }).expect(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    const html = res.body;
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain('@media print');
    expect(html).toContain('<h2>Depot plan &lt;b&gt;approved&lt;/b&gt; &amp; funded</h2>');
    expect(html).not.toContain('<b>approved</b>');
    expect(html).toContain('new &lt;bus&gt; depot &amp; yard');
    expect(html).toMatch(
      /<h3>Attributed claims<\/h3>[\s\S]*<h4>Nadia Okafor[\s\S]*<h3>Editorial assertions<\/h3>/,
    );
    expect(html).toContain('Verdict: <span class="verdict">mostly-true</span> by Jane Checker');
    expect(html.trimEnd().endsWith('</html>')).toBe(true);
  });

  it('claimreview: schema.org ClaimReview JSON-LD for each reviewed claim, expanding to schema.org terms', async () => {
    const res = await report(`/api/documents/${doc.id}/report`, { format: 'claimreview' }).expect(200);
    expect(res.headers['content-type']).toBe('application/ld+json; charset=utf-8');
    const body = JSON.parse(res.body);
    expect(body['@context']).toBe('https://schema.org');
    expect(body['@graph']).toHaveLength(1);

    const [review] = (await expand(body)) as Node[];
    expect(review['@type']).toEqual([`${SCHEMA}ClaimReview`]);
    expect(review[`${SCHEMA}claimReviewed`]).toEqual([
      { '@value': doc.text.slice(indirect.start, indirect.end) },
    ]);
    // url is the reader's page for the claim, which answers HTML.
    const url = review[`${SCHEMA}url`][0]['@id'] as string;
    expect(url).toMatch(new RegExp(`^https?://[^/]+/claims/${indirect.id}$`));
    const page = await t.http.get(new URL(url).pathname).expect(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(review[`${SCHEMA}datePublished`]).toBeDefined();
    // The author is the fact-checking organisation from ORG_NAME and ORG_URL, not the API key's name.
    const author = review[`${SCHEMA}author`][0] as Node;
    expect(author['@type']).toEqual([`${SCHEMA}Organization`]);
    expect(author[`${SCHEMA}name`]).toEqual([{ '@value': 'Valley Fact Check' }]);
    expect(author[`${SCHEMA}url`]).toEqual([{ '@id': 'https://factcheck.example/' }]);
    expect(res.body).not.toContain('Jane Checker');

    const rating = review[`${SCHEMA}reviewRating`][0] as Node;
    expect(rating['@type']).toEqual([`${SCHEMA}Rating`]);
    expect(rating[`${SCHEMA}alternateName`]).toEqual([{ '@value': 'Mostly true' }]);
    expect(rating[`${SCHEMA}ratingValue`]).toEqual([{ '@value': 5 }]);
    expect(rating[`${SCHEMA}bestRating`]).toEqual([{ '@value': 6 }]);
    expect(rating[`${SCHEMA}worstRating`]).toEqual([{ '@value': 1 }]);

    const claim = review[`${SCHEMA}itemReviewed`][0] as Node;
    expect(claim['@type']).toEqual([`${SCHEMA}Claim`]);
    const claimAuthor = claim[`${SCHEMA}author`][0] as Node;
    expect(claimAuthor['@type']).toEqual([`${SCHEMA}Person`]);
    expect(claimAuthor[`${SCHEMA}name`]).toEqual([{ '@value': 'Nadia Okafor' }]);
    const appearance = claim[`${SCHEMA}appearance`][0] as Node;
    expect(appearance['@type']).toEqual([`${SCHEMA}NewsArticle`]);
    expect(appearance[`${SCHEMA}url`]).toEqual([{ '@id': 'https://courier.example/depot' }]);
    expect(appearance[`${SCHEMA}headline`]).toEqual([{ '@value': doc.title }]);
  });

  it('prov: validates against the PROV-JSON schema, with the attributions, derivations, generations and associations', async () => {
    const res = await report(`/api/documents/${doc.id}/report`, { format: 'prov' }).expect(200);
    expect(res.headers['content-type']).toBe('application/provenance+json; charset=utf-8');
    const prov = JSON.parse(res.body);
    const ajv = new Ajv({ allErrors: true, strict: true });
    addFormats(ajv);
    const schema = JSON.parse(readFileSync(join(__dirname, 'fixtures', 'prov-json.schema.json'), 'utf8'));
    const valid = ajv.validate(schema, prov);
    expect(ajv.errors ?? []).toEqual([]);
    expect(valid).toBe(true);

    // Every qualified name uses a declared prefix (prov and xsd are built in; _: is a blank node).
    const prefixes = new Set([...Object.keys(prov.prefix), 'prov', 'xsd', '_']);
    const names = JSON.stringify(prov).match(/"[A-Za-z_]+:[^"\s]+"/g) ?? [];
    for (const name of names) {
      const prefix = name.slice(1, name.indexOf(':'));
      if (!/^https?$/.test(prefix)) expect(prefixes).toContain(prefix);
    }

    const claimId = (id: string) => `claim:${id}`;
    expect(prov.entity[`document:${doc.id}`]).toMatchObject({ 'prov:label': doc.title });
    expect(prov.entity[claimId(direct.id)]).toMatchObject({
      'prov:value': doc.text.slice(direct.start, direct.end),
    });
    expect(prov.agent[`speaker:${direct.speaker!.id}`]).toMatchObject({
      'prov:type': { $: 'prov:Person' },
      'prov:label': 'Nadia Okafor',
    });
    expect(prov.agent['outlet:Valley%20Courier']).toMatchObject({ 'prov:type': { $: 'prov:Organization' } });
    expect(prov.agent['reviewer:Jane%20Checker']).toMatchObject({ 'prov:type': { $: 'prov:Person' } });

    const relations = (section: string) =>
      Object.values(prov[section] as Record<string, Record<string, unknown>>);
    expect(relations('wasAttributedTo')).toContainEqual(
      expect.objectContaining({
        'prov:entity': claimId(direct.id),
        'prov:agent': `speaker:${direct.speaker!.id}`,
      }),
    );
    expect(relations('wasAttributedTo')).toContainEqual({
      'prov:entity': `document:${doc.id}`,
      'prov:agent': 'outlet:Valley%20Courier',
    });
    const derivations = relations('wasDerivedFrom');
    expect(derivations).toContainEqual(
      expect.objectContaining({
        'prov:generatedEntity': claimId(direct.id),
        'prov:usedEntity': `document:${doc.id}`,
        'prov:type': { $: 'prov:Quotation', type: 'prov:QUALIFIED_NAME' },
      }),
    );
    const fromDocument = derivations.find(
      (d) =>
        d['prov:generatedEntity'] === claimId(indirect.id) && d['prov:usedEntity'] === `document:${doc.id}`,
    );
    expect(fromDocument).not.toHaveProperty('prov:type');
    // Evidence linked after the claim (and here after both reviews) derives nothing of the claim's, is no
    // PrimarySource, and was not used by reviews that came before it.
    expect(
      derivations
        .filter((d) => d['prov:generatedEntity'] === claimId(indirect.id))
        .map((d) => d['prov:usedEntity']),
    ).toEqual([`document:${doc.id}`]);
    expect(res.body).not.toContain('PrimarySource');
    const links = Object.entries(prov.entity as Record<string, Record<string, unknown>>).filter(
      ([, e]) => (e['prov:type'] as { $: string }).$ === 'ct:EvidenceLink',
    );
    expect(links.map(([, e]) => e['ct:stance']).sort()).toEqual(['corroborates', 'disputes']);
    for (const [id] of links) expect(relations('used').map((u) => u['prov:entity'])).not.toContain(id);
    expect(prov.prefix.ct).toBe('https://claimtrail.org/ns#');
    expect(JSON.stringify(prov.prefix)).not.toContain('/ns/');
    const extraction = relations('wasGeneratedBy').find((g) => g['prov:entity'] === claimId(direct.id))!;
    expect(extraction['prov:activity']).toMatch(new RegExp(`^ct:extraction-${doc.id}-\\d+$`));
    expect(prov.activity[extraction['prov:activity'] as string]).toMatchObject({
      'prov:type': { $: 'ct:Extraction' },
      'prov:startTime': expect.any(String),
      'ct:engineVersion': expect.any(String),
    });
    expect(Object.keys(prov.activity).filter((id) => id.startsWith('ct:review-'))).toHaveLength(2);

    // Every relation points at a record the document declares.
    const declared = new Set([
      ...Object.keys(prov.entity),
      ...Object.keys(prov.agent),
      ...Object.keys(prov.activity),
    ]);
    for (const section of [
      'wasGeneratedBy',
      'used',
      'wasAttributedTo',
      'wasDerivedFrom',
      'wasAssociatedWith',
    ]) {
      for (const relation of relations(section)) {
        for (const role of [
          'prov:entity',
          'prov:agent',
          'prov:activity',
          'prov:generatedEntity',
          'prov:usedEntity',
        ]) {
          if (relation[role] !== undefined) expect(declared).toContain(relation[role]);
        }
      }
    }
  });

  it('prov: a schema-invalid document is refused by the same validator (the check can fail)', () => {
    const ajv = new Ajv({ allErrors: true, strict: true });
    addFormats(ajv);
    const schema = JSON.parse(readFileSync(join(__dirname, 'fixtures', 'prov-json.schema.json'), 'utf8'));
    expect(
      ajv.validate(schema, {
        entity: { 'ex:e': {} },
        wasDerivedFrom: { '_:d': { 'prov:usedEntity': 'ex:e' } },
      }),
    ).toBe(false);
    expect(ajv.validate(schema, { entities: {} })).toBe(false);
    expect(ajv.validate(schema, { activity: { 'ex:a': { 'prov:startTime': 'yesterday' } } })).toBe(false);
  });

  it('annotation: one W3C Web Annotation per claim, targeting the original page with selectors on the stored text, and the reader page', async () => {
    const res = await report(`/api/documents/${doc.id}/report`, { format: 'annotation' }).expect(200);
    expect(res.headers['content-type']).toBe(
      'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"; charset=utf-8',
    );
    const body = JSON.parse(res.body);
    expect(body).toMatchObject({
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      type: 'AnnotationCollection',
      total: claims.length,
    });

    const [collection] = (await expand(body)) as Node[];
    const AS = 'http://www.w3.org/ns/activitystreams#';
    expect(collection['@type']).toEqual([`${AS}OrderedCollection`]);
    const page = collection[`${AS}first`][0] as Node;
    // One page: it is both first and last, and says which collection it is part of.
    expect(collection[`${AS}last`]).toEqual([{ '@id': page['@id'] }]);
    expect(page['@type']).toEqual([`${AS}OrderedCollectionPage`]);
    expect(page[`${AS}partOf`]).toEqual([{ '@id': collection['@id'] }]);
    const annotations = page[`${AS}items`][0]['@list'] as Node[];
    expect(annotations).toHaveLength(claims.length);

    // The cached copy the selectors apply to serves the stored text exactly, as text/plain.
    const cached = await t.http.get(`/api/documents/${doc.id}/text`).buffer(true).parse(asText).expect(200);
    expect(cached.headers['content-type']).toBe('text/plain; charset=utf-8');
    expect(cached.body).toBe(doc.text);
    const codePoints = [...cached.body];
    annotations.forEach((annotation, i) => {
      expect(annotation['@type']).toEqual([`${OA}Annotation`]);
      expect(annotation[`${OA}motivatedBy`]).toEqual([{ '@id': `${OA}describing` }]);
      const [original, reader] = annotation[`${OA}hasTarget`] as Node[];
      // The original page, so clients anchor where people read the article…
      expect(original[`${OA}hasSource`]).toEqual([{ '@id': 'https://courier.example/depot' }]);
      const state = original[`${OA}hasState`][0] as Node;
      expect(state['@type']).toEqual([`${OA}TimeState`]);
      expect(state[`${OA}cachedSource`]).toEqual([
        { '@id': expect.stringMatching(new RegExp(`/api/documents/${doc.id}/text$`)) },
      ]);
      expect(state[`${OA}sourceDate`]).toHaveLength(1);
      // …and the reader's page, an alternative representation of the same text.
      expect(reader[`${OA}hasSource`]).toEqual([
        { '@id': expect.stringMatching(new RegExp(`/documents/${doc.id}$`)) },
      ]);
      expect((reader[`${OA}hasSelector`][0] as Node)['@type']).toEqual([`${OA}TextQuoteSelector`]);

      const selectors = original[`${OA}hasSelector`] as Node[];
      const quote = selectors.find((s) => s['@type']![0] === `${OA}TextQuoteSelector`)!;
      const position = selectors.find((s) => s['@type']![0] === `${OA}TextPositionSelector`)!;
      const exact = quote[`${OA}exact`][0]['@value'];
      expect(exact).toBe(doc.text.slice(claims[i].start, claims[i].end));
      // Positions count code points, so they differ from the UTF-16 offsets after the emoji.
      const start = Number(position[`${OA}start`][0]['@value']);
      const end = Number(position[`${OA}end`][0]['@value']);
      expect(start).toBe([...doc.text.slice(0, claims[i].start)].length);
      if (claims[i].start > 2) expect(start).toBe(claims[i].start - 1);
      expect(codePoints.slice(start, end).join('')).toBe(exact);
    });
    const reviewed = annotations.find((a) => String(a['@id']).includes(indirect.id))!;
    const assessing = (reviewed[`${OA}hasBody`] as Node[]).find(
      (b) => (b[`${OA}hasPurpose`] as Array<{ '@id': string }>)[0]['@id'] === `${OA}assessing`,
    );
    expect(assessing![`http://www.w3.org/1999/02/22-rdf-syntax-ns#value`]).toEqual([
      { '@value': 'mostly-true: Timetables show a 30% cut' },
    ]);
  });

  it('GET /api/documents/:id answers JSON even when the client asks for text/plain', async () => {
    for (const accept of ['text/plain', 'text/plain, */*;q=0.1', 'application/json']) {
      const res = await t.http.get(`/api/documents/${doc.id}`).set('Accept', accept).expect(200);
      expect(res.headers['content-type']).toMatch(/^application\/json/);
      expect(JSON.parse(res.text)).toMatchObject({ id: doc.id, text: doc.text });
    }
  });

  describe('format negotiation', () => {
    it.each([
      ['text/csv', 'text/csv; charset=utf-8; header=present'],
      ['text/markdown', 'text/markdown; charset=utf-8'],
      ['text/html,application/xhtml+xml;q=0.9', 'text/html; charset=utf-8'],
      ['application/ld+json', 'application/ld+json; charset=utf-8'],
      [
        'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"',
        'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"; charset=utf-8',
      ],
      ['application/provenance+json', 'application/provenance+json; charset=utf-8'],
      ['image/png;q=1, text/csv;q=0.5', 'text/csv; charset=utf-8; header=present'],
      ['*/*', 'application/json; charset=utf-8'],
    ])('Accept: %s answers %s', async (accept, type) => {
      const res = await report(`/api/claims/${direct.id}/report`, {}, accept).expect(200);
      expect(res.headers['content-type']).toBe(type);
    });

    it('?format= wins over Accept', async () => {
      const res = await report(`/api/claims/${direct.id}/report`, { format: 'md' }, 'text/csv').expect(200);
      expect(res.headers['content-type']).toBe('text/markdown; charset=utf-8');
    });

    it('answers 406 in the shared error shape when no format satisfies Accept', async () => {
      const res = await t.http.get(`/api/claims/${direct.id}/report`).set('Accept', 'image/png').expect(406);
      expect(res.body).toMatchObject({
        statusCode: 406,
        error: 'Not Acceptable',
        message: expect.stringContaining('image/png'),
      });
    });

    it('answers 400 for an unknown ?format=, 404 for a missing subject', async () => {
      const bad = await t.http.get(`/api/documents/${doc.id}/report`).query({ format: 'xml' }).expect(400);
      expect(bad.body).toMatchObject({
        statusCode: 400,
        details: [{ field: 'format', errors: [expect.any(String)] }],
      });
      const missing = '00000000-0000-4000-8000-000000000000';
      for (const path of [
        `/api/documents/${missing}/report`,
        `/api/speakers/${missing}/report`,
        `/api/claims/${missing}/report`,
      ]) {
        const res = await t.http.get(path).expect(404);
        expect(res.body).toMatchObject({ statusCode: 404, code: 'not-found' });
      }
    });
  });

  it('speaker and claim reports cover the speaker’s and the one claim’s rows', async () => {
    const bySpeaker = JSON.parse(
      (await report(`/api/speakers/${direct.speaker!.id}/report`).expect(200)).body,
    );
    expect(bySpeaker.report).toMatchObject({ subject: 'speaker', id: direct.speaker!.id });
    const expected = claims.filter((c) => c.speaker?.id === direct.speaker!.id).map((c) => c.id);
    expect(bySpeaker.claims.map((c: ClaimItem) => c.id)).toEqual(expected);

    const one = JSON.parse(
      (await report(`/api/claims/${direct.id}/report`, { format: 'json' }).expect(200)).body,
    );
    expect(one.claims.map((c: ClaimItem) => c.id)).toEqual([direct.id]);
    expect(one.documents.map((d: { id: string }) => d.id)).toEqual([doc.id]);
  });

  it('GET /api/claims/report takes the filters of GET /api/claims', async () => {
    const csv = await report('/api/claims/report', {
      format: 'csv',
      documentId: doc.id,
      kind: 'editorial',
    }).expect(200);
    const rows: Array<Record<string, string>> = parse(csv.body, { columns: true });
    expect(rows.map((r) => r.claim_id)).toEqual(
      claims.filter((c) => c.kind === 'editorial').map((c) => c.id),
    );
    const reviewed = JSON.parse(
      (await report('/api/claims/report', { verdict: 'mostly-true', documentId: doc.id }).expect(200)).body,
    );
    expect(reviewed.claims.map((c: ClaimItem) => c.id)).toEqual([indirect.id]);
    await t.http.get('/api/claims/report').query({ limit: 5 }).expect(400);
  });

  it('the CLI writes the same reports to standard output', async () => {
    const env = t.cliEnv;
    const prov = await runCli(
      ['report', '--document', doc.id, '--format', 'prov', '--base-url', 'https://ct.example'],
      env,
    );
    expect(prov.stderr).toBe('');
    expect(prov.code).toBe(0);
    const document = JSON.parse(prov.stdout);
    const ajv = new Ajv({ allErrors: true, strict: true });
    addFormats(ajv);
    expect(
      ajv.validate(
        JSON.parse(readFileSync(join(__dirname, 'fixtures', 'prov-json.schema.json'), 'utf8')),
        document,
      ),
    ).toBe(true);
    expect(document.prefix.claim).toBe('https://ct.example/api/claims/');
    expect(Object.keys(document.entity)).toContain(`claim:${direct.id}`);

    const csv = await runCli(['report', '--document', doc.id, '--kind', 'editorial', '--format', 'csv'], env);
    expect(csv.code).toBe(0);
    const rows: Array<Record<string, string>> = parse(csv.stdout, { columns: true });
    expect(rows.map((r) => r.claim_id)).toEqual(
      claims.filter((c) => c.kind === 'editorial').map((c) => c.id),
    );

    const missing = await runCli(['report', '--claim', '00000000-0000-4000-8000-000000000000'], env);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('not found');
  });

  it('documents the report routes in OpenAPI with every media type they produce', async () => {
    const api = (await t.http.get('/api/docs-json').expect(200)).body;
    for (const path of [
      '/api/documents/{id}/report',
      '/api/speakers/{id}/report',
      '/api/claims/{id}/report',
      '/api/claims/report',
    ]) {
      const get = api.paths[path].get;
      expect(Object.keys(get.responses[200].content)).toEqual(
        expect.arrayContaining([
          'application/json',
          'text/csv',
          'text/markdown',
          'text/html',
          'application/ld+json',
          'application/provenance+json',
        ]),
      );
      expect(get.parameters.map((p: { name: string }) => p.name)).toEqual(
        expect.arrayContaining(['format', 'includeRetracted']),
      );
      expect(get.responses[406]).toBeDefined();
    }
    const filters = api.paths['/api/claims/report'].get.parameters.map((p: { name: string }) => p.name);
    expect(filters).toEqual(
      expect.arrayContaining(['documentId', 'speakerId', 'kind', 'quote', 'status', 'verdict', 'q']),
    );
    expect(filters).not.toContain('cursor');
  });

  it('leaves retracted claims out unless includeRetracted=true', async () => {
    const article = await t.http
      .post('/api/documents')
      .set(bearer(key))
      .send({
        title: 'Retraction test',
        text: `Mayor Ana Silva said the bridge would reopen soon. Repairs began in May (${Date.now()}).`,
        publisher: 'Valley Courier',
      })
      .expect(201);
    const items: ClaimItem[] = (await t.http.get(`/api/documents/${article.body.id}/claims`).expect(200)).body
      .items;
    await t.http
      .post(`/api/claims/${items[0].id}/retract`)
      .set(bearer(key))
      .send({ reason: 'Misattributed' })
      .expect(200);
    const live = JSON.parse((await report(`/api/documents/${article.body.id}/report`).expect(200)).body);
    expect(live.claims.map((c: ClaimItem) => c.id)).toEqual(items.slice(1).map((c) => c.id));
    const all = JSON.parse(
      (await report(`/api/documents/${article.body.id}/report`, { includeRetracted: 'true' }).expect(200))
        .body,
    );
    expect(all.claims.map((c: ClaimItem) => c.id)).toEqual(items.map((c) => c.id));
    expect(all.claims[0]).toMatchObject({
      retractionReason: 'Misattributed',
      retractedAt: expect.any(String),
    });
  });
});
