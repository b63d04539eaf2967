import { escapeLiteral } from 'pg';
import { ClaimValue } from '../claims/dto/claim-shape';
import { SqlWhere } from './report-scope';

// The claims-wide CSV and the JSON report's claims are read from one COPY … TO STDOUT (FORMAT binary) each and
// written in Node (csv-claim-row.ts, json-claim-row.ts). Together with those writers, each statement here is the
// twin of a mapper the other reports use, and test/reports-sql-twins.e2e-spec.ts holds them to it.

/** The base URL as a SQL literal, without a trailing slash (reportLinks' base). */
const baseOf = (baseUrl: string) => escapeLiteral(baseUrl.replace(/\/+$/, ''));

// isoTime's text (src/common/timestamps.ts), as the REST API writes times: toISOString's, UTC, milliseconds
// (truncated, as pg's parser does). Years outside 1–9999 (which the API refuses, but rows written another way can
// hold) in ISO 8601's expanded form, 1 BC being year 0 (PostgreSQL's extract counts 1 BC as -1); the infinities,
// and times past a JavaScript Date's range, as infinity and -infinity.
const ISO_REST = `-MM-DD"T"HH24:MI:SS.MS"Z"`;
const YEAR = (
  utc: string,
) => `(CASE WHEN extract(year FROM ${utc}) < 0 THEN extract(year FROM ${utc})::int + 1
    ELSE extract(year FROM ${utc})::int END)`;
export const iso = (column: string) => {
  const utc = `(${column} AT TIME ZONE 'UTC')`;
  return `CASE WHEN ${column} >= '0001-01-01 00:00:00+00' AND ${column} < '10000-01-01 00:00:00+00'
    THEN to_char(${utc}, 'YYYY${ISO_REST}')
    WHEN ${column} > '275760-09-13 00:00:00+00' THEN 'infinity' WHEN ${column} = '-infinity' THEN '-infinity'
    ELSE CASE WHEN ${YEAR(utc)} > 9999 THEN '+' || lpad(${YEAR(utc)}::text, 6, '0')
              WHEN ${YEAR(utc)} < 0 THEN '-' || lpad((-${YEAR(utc)})::text, 6, '0')
              ELSE lpad(${YEAR(utc)}::text, 4, '0') END || to_char(${utc}, '${ISO_REST}') END`;
};

/**
 * COPY takes no bind parameters, so the scope's parameters are written into the statement as literals,
 * quoted by pg's own escapeLiteral (they are strings: ids, enum values, the search text).
 */
export function inline(where: SqlWhere): string {
  return where.sql.replace(/\$(\d+)/g, (_, n: string) => {
    const value = where.params[Number(n) - 1];
    if (typeof value !== 'string') throw new Error(`report: parameter $${n} is not a string`);
    return escapeLiteral(value);
  });
}

// Most claims have no evidence and no review. Each is looked up behind an EXISTS, which PostgreSQL answers from one
// hash of the table's claim ids when a report covers many claims: a lateral join ran its aggregate for every claim
// and cost more than the rest of the statement.
export const LIVE_EVIDENCE = `EXISTS (SELECT 1 FROM evidence_links g WHERE g.claim_id = c.id AND g.retracted_at IS NULL)`;
export const HAS_REVIEWS = `EXISTS (SELECT 1 FROM reviews g WHERE g.claim_id = c.id)`;
export const EVIDENCE_FROM = `FROM evidence_links e LEFT JOIN documents sd ON sd.id = e.source_document_id
  WHERE e.claim_id = c.id AND e.retracted_at IS NULL`;

// A source's URL: its own, else its stored document's URL, else the stored document's API URL; oldest link first.
const urls = (base: string, stance?: string) =>
  `string_agg(coalesce(e.url, sd.url, ${base} || '/api/documents/' || e.source_document_id), ' '
    ORDER BY e.created_at, e.id)${stance ? ` FILTER (WHERE e.stance = '${stance}')` : ''}`;

// Per claim with any, as text arrays: its live evidence (counts and URLs by stance), its reviews (how many, and the
// one in force: the latest nothing superseded, at most one by reviews_current_key). csv-claim-row.ts reads them
// by position (EVIDENCE, REVIEW).
const evidenceCells = (base: string) => `CASE WHEN ${LIVE_EVIDENCE} THEN (SELECT ARRAY[
      count(*) FILTER (WHERE e.stance = 'corroborates')::text, count(*) FILTER (WHERE e.stance = 'disputes')::text,
      count(*) FILTER (WHERE e.stance = 'context')::text, ${urls(base)}, ${urls(base, 'corroborates')},
      ${urls(base, 'disputes')}, ${urls(base, 'context')}] ${EVIDENCE_FROM}) END`;
// The review's date is formatted here, where it is made for the few claims with a review.
const REVIEW_CELLS = `CASE WHEN ${HAS_REVIEWS} THEN (SELECT ARRAY[count(*)::text,
      (array_agg(r.rationale) FILTER (WHERE r.superseded_by_id IS NULL))[1],
      (array_agg(r.reviewer_name) FILTER (WHERE r.superseded_by_id IS NULL))[1],
      (array_agg(${iso('r.created_at')}) FILTER (WHERE r.superseded_by_id IS NULL))[1]]
      FROM reviews r WHERE r.claim_id = c.id) END`;

// The claim trail, set-based: per statement of the report's claims, its live members' first appearance in
// publication order and the publishers among them outside a copy. A live claim's summary is its statement's
// (trailSummaries in src/trail/trail.queries.ts counts the asked claim whatever its state, and a live one is
// already a live member). One grouped join: looked up per claim, the members' join, sort and distinct count cost
// 50 µs a claim, several times the rest of the report.
const MEMBERS = `FROM trail_claims m JOIN claims mc ON mc.id = m.claim_id JOIN documents md ON md.id = m.document_id`;
const MEMBER_IS_LIVE = `mc.retracted_at IS NULL AND mc.superseded_at IS NULL AND md.retracted_at IS NULL`;
const FIRST_SEEN = `(array_agg(m.document_id::text ORDER BY md.published_at NULLS LAST, md.created_at, m.ingest_seq))[1]`;
const SOURCES = `(count(DISTINCT coalesce(md.publisher, 'document:' || m.document_id))
    FILTER (WHERE md.copy_of_id IS NULL))::text`;
// The statements of the report's claims, when a filter narrows the report. Without one (no parameter) the report
// holds every live claim, so every statement with a live member, which are the only ones summarised: narrowing
// read the claims a second time for nothing (0.16 s of the CSV's 1.0 s of PostgreSQL CPU per 100,000 claims,
// every claim in the trail).
const reportStatements = (where: SqlWhere) =>
  where.params.length === 0
    ? ''
    : `AND m.statement_id IN (SELECT t.statement_id FROM trail_claims t JOIN claims c ON c.id = t.claim_id
                               WHERE ${inline(where)})`;
const statementSummaries = (where: SqlWhere) => `(SELECT m.statement_id,
      ${FIRST_SEEN} AS first_seen, ${SOURCES} AS sources ${MEMBERS}
   WHERE ${MEMBER_IS_LIVE} ${reportStatements(where)}
   GROUP BY m.statement_id)`;
// A claim that is not live itself (a report asked to include retracted or superseded claims) joins its statement's
// live members on its own: rare, so looked up per claim.
const TRAIL_OF_DEAD_CLAIM = `(SELECT ARRAY[${FIRST_SEEN}, ${SOURCES}] ${MEMBERS}
     WHERE m.statement_id = tc.statement_id AND ((${MEMBER_IS_LIVE}) OR m.claim_id = c.id))`;
const CLAIM_IS_LIVE = `c.retracted_at IS NULL AND c.superseded_at IS NULL AND d.retracted_at IS NULL`;
const trail = (field: 1 | 2) =>
  `CASE WHEN tc.claim_id IS NULL THEN NULL WHEN ${CLAIM_IS_LIVE} THEN ${field === 1 ? 'st.first_seen' : 'st.sources'}
    ELSE ${TRAIL_OF_DEAD_CLAIM}[${field}] END`;

/**
 * The claim's stored values as the report COPYs send them, by the names of the claim's public shape (CLAIM_SHAPE):
 * uuids, integers and times in their binary forms, free text as it is, the confidence as PostgreSQL prints a real
 * (pg's parser reads that text). Each statement picks what it writes.
 */
export const CLAIM_COLUMNS: Record<ClaimValue, string> = {
  id: 'c.id',
  documentId: 'c.document_id',
  kind: 'c.kind',
  text: 'c.text',
  start: 'c.start_offset',
  end: 'c.end_offset',
  prefix: 'c.prefix',
  suffix: 'c.suffix',
  speakerId: 'c.speaker_id',
  speakerName: 's.name',
  speakerKind: 's.kind',
  speakerMention: 'c.speaker_mention',
  speakerRole: 'c.speaker_role',
  cue: 'c.cue',
  quote: 'c.quote_type',
  origin: 'c.origin',
  extractorVersion: 'c.extractor_version',
  confidence: 'c.confidence::text',
  reviewStatus: 'c.review_status',
  verdict: 'c.verdict',
  retractedAt: 'c.retracted_at',
  retractionReason: 'c.retraction_reason',
  supersededById: 'c.superseded_by_id',
  supersededAt: 'c.superseded_at',
  version: 'c.version',
  createdAt: 'c.created_at',
  updatedAt: 'c.updated_at',
};

const claimColumns = <K extends ClaimValue>(...names: K[]) =>
  Object.fromEntries(names.map((name) => [name, CLAIM_COLUMNS[name]])) as Record<K, string>;

/**
 * The columns of csvClaimsCopyStatement, in order: the claim's, its document's and speaker's stored values (uuids,
 * integers and times in COPY's binary form; the confidence as PostgreSQL prints a real), its evidence and reviews
 * as text arrays (NULL when it has none), and its trail cells. csv-claim-row.ts makes them the CSV's cells.
 */
export const CSV_CLAIM_COLUMNS = (baseUrl: string) => ({
  ...claimColumns(
    'id',
    'documentId',
    'kind',
    'speakerId',
    'speakerName',
    'speakerKind',
    'speakerMention',
    'speakerRole',
    'cue',
    'quote',
    'text',
    'start',
    'end',
    'origin',
    'extractorVersion',
    'confidence',
    'reviewStatus',
    'verdict',
    'retractedAt',
    'createdAt',
    'supersededAt',
    'supersededById',
  ),
  documentTitle: 'd.title',
  documentUrl: 'd.url',
  publisher: 'd.publisher',
  publishedAt: 'd.published_at',
  reviews: REVIEW_CELLS,
  evidence: evidenceCells(baseOf(baseUrl)),
  // The claim trail: the document where the statement first appeared, how many outlets reported it outside a
  // syndicated copy. A claim the trail never indexed is its own first appearance.
  firstSeen: `coalesce(${trail(1)}, c.document_id::text)`,
  sources: `coalesce(${trail(2)}, CASE WHEN d.copy_of_id IS NULL THEN '1' ELSE '0' END)`,
  copyOf: 'd.copy_of_id',
});

/**
 * The claims in text order, one row each, in COPY's binary format: csv-claim-row.ts writes each as a CSV line.
 * Only what is set-based (the trail's summaries) or rare (evidence, reviews) is worked out here; formula checks,
 * dates and quoting, which cost PostgreSQL more than twice the ceiling's COPY, are the writer's.
 */
export function csvClaimsCopyStatement(where: SqlWhere, baseUrl: string): string {
  return `COPY (SELECT ${Object.values(CSV_CLAIM_COLUMNS(baseUrl)).join(',\n  ')}
    FROM claims c
    JOIN documents d ON d.id = c.document_id
    LEFT JOIN speakers s ON s.id = c.speaker_id
    LEFT JOIN trail_claims tc ON tc.claim_id = c.id
    LEFT JOIN ${statementSummaries(where)} st ON st.statement_id = tc.statement_id
   WHERE ${inline(where)}
   ORDER BY c.document_id, c.start_offset, c.id) TO STDOUT WITH (FORMAT binary)`;
}
