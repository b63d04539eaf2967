import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import fc from 'fast-check';
import { startTestApp, TestApp } from './support/test-app';
import { withClient } from './support/test-database';
import { asText } from './support/text-body';

// The JSON report's claims and the CSV rows are read from COPY statements (src/exports/report-*.queries.ts) and
// written in Node (src/exports/json-claim-row.ts, csv-claim-row.ts). These specs hold the two together to what
// the REST API's mappers say about the same claims, over values chosen to break it:
// characters JSON escapes, cells CSV must quote, formula starts, astral characters, empty and missing values.
const CLAIMS = 80;
const ALPHABET = [...'a ,"\r\n\t=+-@\uFF1D\uFF0B\uFF0D\uFF20\'é😀\\\u0001</'];
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

const text = (minLength: number) =>
  fc.string({ unit: fc.constantFrom(...ALPHABET), minLength, maxLength: 10 });
const claimValues = fc.record({
  text: text(1),
  cue: fc.option(text(0)),
  mention: fc.option(text(0)),
  role: fc.option(text(0)),
  // Confidence is a real: these cover the ones JavaScript and PostgreSQL print differently (exponents).
  confidence: fc.option(fc.constantFrom(0, 1, 0.5, 0.123456, 0.00005, 0.0000005, 0.9)),
  speaker: fc.boolean(),
  state: fc.constantFrom('current', 'current', 'retracted', 'superseded'),
  reviews: fc.integer({ min: 0, max: 2 }),
  evidence: fc.integer({ min: 0, max: 2 }),
});

describe('reports written by PostgreSQL match the REST API', () => {
  let t: TestApp;
  let documentId: string;

  beforeAll(async () => {
    t = await startTestApp();
    const values = fc.sample(claimValues, { numRuns: CLAIMS, seed: 20261130 });
    documentId = await withClient(t.databaseUrl, async (client) => {
      const { rows } = await client.query(
        `INSERT INTO documents (title, text, content_hash, url, publisher, published_at)
         VALUES ('=Twins, "quoted"', repeat('x', 1000), md5('twins') || md5('twins'), 'https://twins.example/a', '@Wire', now())
         RETURNING id`,
      );
      const speaker = await client.query(
        `INSERT INTO speakers (name, name_key, kind) VALUES ('+Ada "Twin"', 'ada twin', 'person') RETURNING id`,
      );
      for (const [i, v] of values.entries()) {
        const claim = await client.query(
          `INSERT INTO claims (document_id, kind, text, start_offset, end_offset, prefix, suffix, speaker_id,
                               speaker_mention, speaker_role, cue, quote_type, origin, extractor_version, confidence,
                               retracted_at, retraction_reason, superseded_at)
           VALUES ($1, 'attributed', $2, $3, $3 + 5, $4, $5, $6, $7, $8, $9, 'indirect', 'extraction', 'twins-1', $10,
                   CASE WHEN $11 = 'retracted' THEN now() END, CASE WHEN $11 = 'retracted' THEN $4 END,
                   CASE WHEN $11 = 'superseded' THEN now() END)
           RETURNING id`,
          [
            rows[0].id,
            v.text,
            i * 10,
            v.cue ?? '',
            v.mention ?? '\n',
            v.speaker ? speaker.rows[0].id : null,
            v.mention,
            v.role,
            v.cue,
            v.confidence,
            v.state,
          ],
        );
        const claimId = claim.rows[0].id;
        // The latest review first; each earlier one is superseded by the one after it, as a second verdict does.
        let later: string | null = null;
        for (let r = v.reviews - 1; r >= 0; r--) {
          const review: { rows: Array<{ id: string }> } = await client.query(
            `INSERT INTO reviews (claim_id, verdict, rationale, reviewer_name, reviewer_role, superseded_by_id, created_at)
             VALUES ($1, 'mixed', $2, $3, 'factchecker', $4, now() + $5 * interval '1 second') RETURNING id`,
            [claimId, `-${v.text}`, `=Checker ${r}`, later, r],
          );
          later = review.rows[0].id;
        }
        for (let e = 0; e < v.evidence; e++) {
          await client.query(
            `INSERT INTO evidence_links (claim_id, stance, url, title, note, added_by, created_at)
             VALUES ($1, $2, $3, $4, $5, 'Jane', now() + $6 * interval '1 second')`,
            [
              claimId,
              e === 0 ? 'corroborates' : 'disputes',
              `https://ev.example/${i}/${e}`,
              v.text,
              v.cue,
              e,
            ],
          );
        }
      }
      // A claim elsewhere for the search filter, which reaches the COPY statement as a quoted literal.
      const other = await client.query(
        `INSERT INTO documents (title, text, content_hash) VALUES ('Harbour', 'x', md5('harbour') || md5('harbour'))
         RETURNING id`,
      );
      await client.query(
        `INSERT INTO claims (document_id, kind, text, start_offset, end_offset, quote_type, origin, extractor_version)
         VALUES ($1, 'editorial', 'the harbour''s "budget" doubled', 0, 5, 'none', 'extraction', 'twins-1')`,
        [other.rows[0].id],
      );
      return rows[0].id as string;
    });
  }, 120_000);
  afterAll(() => t.close());

  const report = async (format: string, extra: Record<string, string> = {}) => {
    const query = new URLSearchParams({
      format,
      includeRetracted: 'true',
      includeSuperseded: 'true',
      ...extra,
    });
    const res = await t.http
      .get(`/api/documents/${documentId}/report?${query.toString()}`)
      .buffer(true)
      .parse(asText);
    expect(res.status).toBe(200);
    return res.body as string;
  };

  const rest = async (claimId: string) => ({
    claim: (await t.http.get(`/api/claims/${claimId}`).expect(200)).body,
    reviews: (await t.http.get(`/api/claims/${claimId}/reviews`).expect(200)).body.items,
    evidence: (await t.http.get(`/api/claims/${claimId}/evidence`).expect(200)).body.items,
  });

  it('json: each claim is the REST API’s claim, reviews and evidence, value for value', async () => {
    const body = JSON.parse(await report('json'));
    expect(body.claims).toHaveLength(CLAIMS);
    for (const { apiUrl, readerUrl, reviews, evidence, ...claim } of body.claims) {
      const expected = await rest(claim.id);
      expect(claim).toEqual(expected.claim);
      expect(Object.keys(claim)).toEqual(Object.keys(expected.claim));
      expect(reviews).toEqual(expected.reviews);
      expect(evidence).toEqual(expected.evidence);
      expect(new URL(apiUrl).pathname).toBe(`/api/claims/${claim.id}`);
      expect(new URL(readerUrl).pathname).toBe(`/claims/${claim.id}`);
    }
    expect(body.claims.map((c: { state: string }) => c.state)).toEqual(
      expect.arrayContaining(['current', 'retracted', 'superseded']),
    );
  }, 120_000);

  it('a search filter with quotes and backslashes selects what GET /api/claims selects, nothing more', async () => {
    for (const q of [`harbour's "budget"`, `x') OR TRUE; --`, `\\' OR 1=1 --`, `budget\\`]) {
      const res = await t.http
        .get('/api/claims/report')
        .query({ format: 'csv', q })
        .buffer(true)
        .parse(asText);
      expect(res.status).toBe(200);
      const records: Array<Record<string, string>> = parse(res.body as string, { columns: true });
      const listed = (await t.http.get('/api/claims').query({ q, limit: 100 }).expect(200)).body.items;
      expect(records.map((r) => r.claim_id).sort()).toEqual(listed.map((c: { id: string }) => c.id).sort());
      const json = await t.http
        .get('/api/claims/report')
        .query({ format: 'json', q })
        .buffer(true)
        .parse(asText);
      expect(JSON.parse(json.body as string).claims).toHaveLength(listed.length);
    }
    const found = await t.http.get('/api/claims/report').query({ format: 'csv', q: `harbour's "budget"` });
    expect(parse(found.text, { columns: true })).toHaveLength(1);
  });

  for (const csvFormulas of ['escape', 'raw'] as const) {
    it(`csv (csvFormulas=${csvFormulas}): cells as the REST API gives them, quoted and defused as csv-stringify would`, async () => {
      const body = await report('csv', { csvFormulas });
      const rows: string[][] = parse(body);
      // Written again by csv-stringify, every line break quoted: byte for byte the report.
      expect(stringify(rows, { record_delimiter: 'windows', quoted_match: /[\r\n]/ })).toBe(body);
      const cell = (value: string | number | null) => {
        if (value === null) return '';
        if (typeof value === 'number') return String(value);
        return csvFormulas === 'escape' && FORMULA_START.test(value) ? `'${value}` : value;
      };
      const records: Array<Record<string, string>> = parse(body, { columns: true });
      expect(records).toHaveLength(CLAIMS);
      for (const record of records) {
        const { claim, reviews, evidence } = await rest(record.claim_id);
        const current = reviews.find((r: { current: boolean }) => r.current) ?? null;
        expect(record).toMatchObject({
          document_title: cell('=Twins, "quoted"'),
          publisher: cell('@Wire'),
          speaker_name: cell(claim.speaker?.name ?? null),
          speaker_mention: cell(claim.speakerMention),
          speaker_role: cell(claim.speakerRole),
          cue: cell(claim.cue),
          text: cell(claim.text),
          confidence: cell(claim.confidence),
          review_count: String(reviews.length),
          verdict_rationale: cell(current?.rationale ?? null),
          reviewed_by: cell(current?.reviewer.name ?? null),
          reviewed_at: current?.createdAt ?? '',
          evidence_corroborating: String(
            evidence.filter((e: { stance: string }) => e.stance === 'corroborates').length,
          ),
          evidence_urls: evidence.map((e: { source: { url: string } }) => e.source.url).join(' '),
          retracted_at: claim.retractedAt ?? '',
          superseded_at: claim.supersededAt ?? '',
          created_at: claim.createdAt,
          first_seen_document: documentId,
          independent_sources: '1',
        });
      }
    }, 120_000);
  }
});
