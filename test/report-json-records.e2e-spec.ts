import fc from 'fast-check';
import { iso } from '../src/exports/report-copy.queries';
import { startTestApp, TestApp } from './support/test-app';
import { withClient } from './support/test-database';
import { asText } from './support/text-body';

// The JSON report's reviews and evidence are written in Node from the records PostgreSQL sends
// (src/exports/json-claim-row.ts), and the evidence counts by stance counted from them. PostgreSQL built their JSON
// before; this spec holds the Node path to that one, byte for byte, over values chosen to break it: characters JSON
// escapes, astral characters, empty and missing values, links completed from a stored source document, retracted
// links, every stance, times the API refuses.
const CLAIMS = 40;
const ALPHABET = [...'a ,"\r\n\t\\\u0001\u001f\u007f</é😀\u2028'];
const STANCES = ['corroborates', 'disputes', 'context'];
const TIMES = [
  '2026-03-04 09:30:00.123+00',
  '0044-03-15 12:00:00.250+00 BC',
  '12000-01-01 00:00:00+00',
  'infinity',
  '-infinity',
];

const text = (minLength: number) =>
  fc.string({ unit: fc.constantFrom(...ALPHABET), minLength, maxLength: 12 });
const linkValues = fc.record({
  stance: fc.constantFrom(...STANCES),
  // A link to a stored source document has no URL of its own; its other details it may leave to the document.
  source: fc.boolean(),
  url: text(0),
  title: fc.option(text(0)),
  publisher: fc.option(text(0)),
  publishedAt: fc.option(fc.constantFrom(...TIMES)),
  exact: fc.option(text(0)),
  note: fc.option(text(0)),
  addedBy: text(1),
  retracted: fc.boolean(),
});
const claimValues = fc.record({
  reviews: fc.array(fc.record({ rationale: text(1), reviewer: text(1), at: fc.constantFrom(...TIMES) }), {
    maxLength: 3,
  }),
  evidence: fc.array(linkValues, { maxLength: 4 }),
});

// The JSON PostgreSQL built for them before (report-json.queries.ts until the records): each value's JSON text
// joined in order, with to_json's escapes and isoTime's times.
const str = (sql: string) => `coalesce(to_json(${sql})::text, 'null')`;
const word = (sql: string) => `coalesce('"' || ${sql} || '"', 'null')`;
const num = (sql: string) => `coalesce((${sql})::text, 'null')`;
const date = (sql: string) => word(iso(sql));
const joined = (pieces: Array<[string, string]>) =>
  pieces.map(([key, value]) => `'${key}', ${value}`).join(', ');
const OLD_REVIEWS = `SELECT '[' || string_agg(concat('{', ${joined([
  ['"id":', word('r.id')],
  [',"claimId":', word('r.claim_id')],
  [',"verdict":', word('r.verdict')],
  [',"rationale":', str('r.rationale')],
  [',"reviewer":{"name":', str('r.reviewer_name')],
  [',"role":', word('r.reviewer_role')],
  ['},"current":', `CASE WHEN r.superseded_by_id IS NULL THEN 'true' ELSE 'false' END`],
  [',"supersededById":', word('r.superseded_by_id')],
  [',"createdAt":', date('r.created_at')],
])}, '}'), ',' ORDER BY r.created_at, r.id) || ']' FROM reviews r WHERE r.claim_id = $1`;
const OLD_EVIDENCE = `SELECT '[' || string_agg(concat('{', ${joined([
  ['"id":', word('e.id')],
  [',"claimId":', word('e.claim_id')],
  [',"stance":', word('e.stance')],
  [',"source":{"documentId":', word('e.source_document_id')],
  [',"start":', num('e.source_start')],
  [',"end":', num('e.source_end')],
  [',"exact":', str('e.source_exact')],
  [',"url":', str('coalesce(e.url, sd.url)')],
  [',"title":', str('coalesce(e.title, sd.title)')],
  [',"publisher":', str('coalesce(e.publisher, sd.publisher)')],
  [',"publishedAt":', date('coalesce(e.published_at, sd.published_at)')],
  ['},"note":', str('e.note')],
  [',"addedBy":', str('e.added_by')],
  [',"version":', num('e.version')],
  [',"retractedAt":null,"retractionReason":null,"createdAt":', date('e.created_at')],
])}, '}'), ',' ORDER BY e.created_at, e.id) || ']'
  FROM evidence_links e LEFT JOIN documents sd ON sd.id = e.source_document_id
 WHERE e.claim_id = $1 AND e.retracted_at IS NULL`;
const OLD_PROVENANCE = `SELECT concat('{"corroborating":', count(*) FILTER (WHERE stance = 'corroborates'),
    ',"disputing":', count(*) FILTER (WHERE stance = 'disputes'), ',"context":', count(*) FILTER (WHERE stance = 'context'), '}')
  FROM evidence_links WHERE claim_id = $1 AND retracted_at IS NULL`;

describe('JSON report: reviews and evidence written from records', () => {
  let t: TestApp;
  let documentId: string;

  beforeAll(async () => {
    t = await startTestApp();
    const values = fc.sample(claimValues, { numRuns: CLAIMS, seed: 20261201 });
    documentId = await withClient(t.databaseUrl, async (client) => {
      const { rows } = await client.query(
        `INSERT INTO documents (title, text, content_hash) VALUES ('Records', repeat('x', 1000), md5('records') || md5('r'))
         RETURNING id`,
      );
      const source = await client.query(
        `INSERT INTO documents (title, text, content_hash, url, publisher, published_at)
         VALUES ('Source "papers"\\😀', 'The budget doubled.', md5('source') || md5('s'), 'https://src.example/a?b="c"',
                 'Wire\n', '0044-03-15 12:00:00+00 BC') RETURNING id`,
      );
      for (const [i, v] of values.entries()) {
        const claim = await client.query(
          `INSERT INTO claims (document_id, kind, text, start_offset, end_offset, quote_type, origin, extractor_version)
           VALUES ($1, 'editorial', 'claim ' || $2::int, $2::int * 10, $2::int * 10 + 5, 'none', 'extraction', 'records-1') RETURNING id`,
          [rows[0].id, i],
        );
        const claimId = claim.rows[0].id;
        let later: string | null = null;
        for (const [r, review] of [...v.reviews.entries()].reverse()) {
          const written: { rows: Array<{ id: string }> } = await client.query(
            `INSERT INTO reviews (claim_id, verdict, rationale, reviewer_name, reviewer_role, superseded_by_id, created_at)
             VALUES ($1, 'mixed', $2, $3, 'factchecker', $4, $5::timestamptz + $6 * interval '1 second') RETURNING id`,
            [claimId, review.rationale, review.reviewer, later, review.at, r],
          );
          later = written.rows[0].id;
        }
        for (const [e, link] of v.evidence.entries()) {
          await client.query(
            `INSERT INTO evidence_links (claim_id, stance, source_document_id, source_start, source_end, source_exact,
                                         url, title, publisher, published_at, note, added_by, created_at, retracted_at,
                                         retraction_reason)
             VALUES ($1, $2, $3, CASE WHEN $3::uuid IS NOT NULL THEN 4 END, CASE WHEN $3::uuid IS NOT NULL THEN 10 END,
                     $4, $5, $6, $7, $8, $9, $10, now() + $11 * interval '1 second',
                     CASE WHEN $12 THEN now() END, CASE WHEN $12 THEN 'withdrawn' END)`,
            [
              claimId,
              link.stance,
              link.source ? source.rows[0].id : null,
              link.source ? link.exact : null,
              link.source ? null : `https://ev.example/${link.url}`,
              link.title,
              link.publisher,
              link.publishedAt,
              link.note,
              link.addedBy,
              e,
              link.retracted,
            ],
          );
        }
      }
      return rows[0].id as string;
    });
  }, 120_000);
  afterAll(() => t.close());

  it('each claim’s reviews, evidence and evidence counts are the text PostgreSQL built, byte for byte', async () => {
    const res = await t.http
      .get(`/api/documents/${documentId}/report?format=json`)
      .buffer(true)
      .parse(asText);
    expect(res.status).toBe(200);
    const body = res.body as string;
    const lines = body
      .slice(body.indexOf('"claims":[') + '"claims":['.length)
      .split('\n')
      .filter((line) => line.startsWith('{'));
    expect(lines).toHaveLength(CLAIMS);
    let links = 0;
    let reviews = 0;
    await withClient(t.databaseUrl, async (client) => {
      for (const line of lines) {
        const item = line.endsWith(',') ? line.slice(0, -1) : line;
        const claim = JSON.parse(item);
        // The line is JSON.stringify's text of what it holds, so each part below is its text in the line.
        expect(JSON.stringify(claim)).toBe(item);
        const old = async (sql: string) => (await client.query(sql, [claim.id])).rows[0];
        expect(JSON.stringify(claim.reviews)).toBe(Object.values(await old(OLD_REVIEWS))[0] ?? '[]');
        expect(JSON.stringify(claim.evidence)).toBe(Object.values(await old(OLD_EVIDENCE))[0] ?? '[]');
        expect(JSON.stringify(claim.provenance)).toBe(Object.values(await old(OLD_PROVENANCE))[0]);
        links += claim.evidence.length;
        reviews += claim.reviews.length;
      }
    });
    // The fixture reaches what it means to: claims with several links and reviews.
    expect(links).toBeGreaterThan(CLAIMS / 2);
    expect(reviews).toBeGreaterThan(CLAIMS / 2);
  }, 120_000);
});
