import { escapeLiteral } from 'pg';
import { SqlWhere } from './report-scope';

// The claims-wide CSV and the JSON report's claims are written by PostgreSQL itself (COPY … TO STDOUT): Node
// only frames the rows (copy-out.ts). Each statement here is the SQL twin of a mapper the other reports use,
// and test/reports-sql-twins.e2e-spec.ts holds them to it.

/** The base URL as a SQL literal, without a trailing slash (reportLinks' base). */
const baseOf = (baseUrl: string) => escapeLiteral(baseUrl.replace(/\/+$/, ''));

// Date.prototype.toISOString, as the REST API writes dates: UTC, milliseconds (truncated, as pg's parser does).
export const iso = (column: string) =>
  `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

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

// Most claims have no evidence, no review and (outside an ingested corpus) no trail. Each of these is looked up
// behind an EXISTS, which PostgreSQL answers from one hash of the table's claim ids when a report covers many
// claims: a lateral join ran its aggregate for every claim and cost more than the rest of the statement.
export const LIVE_EVIDENCE = `EXISTS (SELECT 1 FROM evidence_links g WHERE g.claim_id = c.id AND g.retracted_at IS NULL)`;
export const HAS_REVIEWS = `EXISTS (SELECT 1 FROM reviews g WHERE g.claim_id = c.id)`;
const IN_TRAIL = `EXISTS (SELECT 1 FROM trail_claims g WHERE g.claim_id = c.id)`;
export const EVIDENCE_FROM = `FROM evidence_links e LEFT JOIN documents sd ON sd.id = e.source_document_id
  WHERE e.claim_id = c.id AND e.retracted_at IS NULL`;

// A source's URL: its own, else its stored document's URL, else the stored document's API URL; oldest link first.
const urls = (base: string, stance?: string) =>
  `string_agg(coalesce(e.url, sd.url, ${base} || '/api/documents/' || e.source_document_id), ' '
    ORDER BY e.created_at, e.id)${stance ? ` FILTER (WHERE e.stance = '${stance}')` : ''}`;

// Per claim, as text cells: its live evidence (counts and URLs by stance), its reviews (how many, and the one in
// force: the latest nothing superseded, at most one by reviews_current_key), and its trail summary: the set-based
// twin of trailSummaries (src/trail/trail.queries.ts), the live members of its statement (or the claim itself),
// the first in publication order, and the publishers among them outside a copy. They are computed in a subquery
// over the claims alone (OFFSET 0 keeps it one), where each EXISTS can be hashed; in a lateral join beside the
// documents and speakers, PostgreSQL probed the indexes once per claim instead.
const claimsWithExtras = (
  base: string,
  where: SqlWhere,
) => `(SELECT c.id, c.document_id, c.kind, c.speaker_id,
    c.speaker_mention, c.speaker_role, c.cue, c.quote_type, c.text, c.start_offset, c.end_offset, c.origin,
    c.extractor_version, c.confidence, c.review_status, c.verdict, c.retracted_at, c.created_at, c.superseded_at,
    c.superseded_by_id,
    CASE WHEN ${LIVE_EVIDENCE} THEN (SELECT ARRAY[
      count(*) FILTER (WHERE e.stance = 'corroborates')::text, count(*) FILTER (WHERE e.stance = 'disputes')::text,
      count(*) FILTER (WHERE e.stance = 'context')::text, ${urls(base)}, ${urls(base, 'corroborates')},
      ${urls(base, 'disputes')}, ${urls(base, 'context')}] ${EVIDENCE_FROM}) END AS ev,
    CASE WHEN ${HAS_REVIEWS} THEN (SELECT ARRAY[count(*)::text,
      (array_agg(r.rationale) FILTER (WHERE r.superseded_by_id IS NULL))[1],
      (array_agg(r.reviewer_name) FILTER (WHERE r.superseded_by_id IS NULL))[1],
      (array_agg(${iso('r.created_at')}) FILTER (WHERE r.superseded_by_id IS NULL))[1]]
      FROM reviews r WHERE r.claim_id = c.id) END AS rv,
    CASE WHEN ${IN_TRAIL} THEN (SELECT ARRAY[
      (array_agg(m.document_id::text ORDER BY md.published_at NULLS LAST, md.created_at, m.ingest_seq))[1],
      (count(DISTINCT coalesce(md.publisher, 'document:' || m.document_id)) FILTER (WHERE md.copy_of_id IS NULL))::text]
      FROM trail_claims tc
      JOIN trail_claims m ON m.statement_id = tc.statement_id
      JOIN claims mc ON mc.id = m.claim_id
      JOIN documents md ON md.id = m.document_id
     WHERE tc.claim_id = c.id
       AND ((mc.retracted_at IS NULL AND mc.superseded_at IS NULL AND md.retracted_at IS NULL) OR m.claim_id = c.id)
    ) END AS tr
    FROM claims c WHERE ${inline(where)}
   ORDER BY c.document_id, c.start_offset, c.id OFFSET 0) c`;

// JavaScript's String(number) for a real in [0, 1]: plain decimals down to 1e-6, exponents without padding below.
const CONFIDENCE = `CASE WHEN c.confidence = 0 OR c.confidence >= 1e-6 THEN c.confidence::text::numeric::text
  ELSE replace(c.confidence::text, 'e-0', 'e-') END`;

// What a spreadsheet would run as a formula (csv-stringify's escape_formulas, full-width forms included).
const FORMULA_STARTS = `E'=+-@\\t\\r＝＋－＠'`;

interface CsvColumn {
  name: string;
  sql: (base: string) => string;
  /** Free text (a formula could hide in it): defused unless `csvFormulas=raw`. */
  text?: boolean;
}

const text = (name: string, sql: (base: string) => string): CsvColumn => ({ name, sql, text: true });
const plain = (name: string, sql: (base: string) => string): CsvColumn => ({ name, sql });

/** The CSV columns, in their documented, stable order (docs/reports.md); new columns only ever go at the end. */
export const CSV_COLUMNS: CsvColumn[] = [
  plain('claim_id', () => 'c.id'),
  text('claim_url', (base) => `${base} || '/api/claims/' || c.id`),
  plain('document_id', () => 'c.document_id'),
  text('document_title', () => 'd.title'),
  text('document_url', () => 'd.url'),
  text('publisher', () => 'd.publisher'),
  plain('published_at', () => iso('d.published_at')),
  plain('kind', () => 'c.kind'),
  plain('speaker_id', () => 'c.speaker_id'),
  text('speaker_name', () => 's.name'),
  plain('speaker_kind', () => 's.kind'),
  text('speaker_mention', () => 'c.speaker_mention'),
  text('speaker_role', () => 'c.speaker_role'),
  text('cue', () => 'c.cue'),
  plain('quote_type', () => 'c.quote_type'),
  text('text', () => 'c.text'),
  plain('start', () => 'c.start_offset'),
  plain('end', () => 'c.end_offset'),
  plain('origin', () => 'c.origin'),
  text('extractor_version', () => 'c.extractor_version'),
  plain('confidence', () => CONFIDENCE),
  plain('review_status', () => 'c.review_status'),
  plain('verdict', () => 'c.verdict'),
  text('verdict_rationale', () => 'c.rv[2]'),
  text('reviewed_by', () => 'c.rv[3]'),
  plain('reviewed_at', () => 'c.rv[4]'),
  plain('review_count', () => `coalesce(c.rv[1], '0')`),
  plain('evidence_corroborating', () => `coalesce(c.ev[1], '0')`),
  plain('evidence_disputing', () => `coalesce(c.ev[2], '0')`),
  plain('evidence_context', () => `coalesce(c.ev[3], '0')`),
  // Every stance together, kept where it was for existing readers; the per-stance columns are at the end.
  text('evidence_urls', () => 'c.ev[4]'),
  plain('retracted_at', () => iso('c.retracted_at')),
  plain('created_at', () => iso('c.created_at')),
  plain('superseded_at', () => iso('c.superseded_at')),
  plain('superseded_by', () => 'c.superseded_by_id'),
  text('corroborating_urls', () => 'c.ev[5]'),
  text('disputing_urls', () => 'c.ev[6]'),
  text('context_urls', () => 'c.ev[7]'),
  // The claim trail: the document where the statement first appeared, how many outlets reported it outside a
  // syndicated copy, and the original this claim's document reproduces. A claim the trail never indexed is its
  // own first appearance.
  plain('first_seen_document', () => 'coalesce(c.tr[1], c.document_id::text)'),
  plain(
    'independent_sources',
    () => `coalesce(c.tr[2], CASE WHEN d.copy_of_id IS NULL THEN '1' ELSE '0' END)`,
  ),
  plain('copy_of', () => 'd.copy_of_id'),
];

// A text cell: an empty string written as nothing (COPY would quote it as ""), a formula defused with a quote.
function textCell(sql: string, escapeFormulas: boolean): string {
  return escapeFormulas
    ? `CASE WHEN strpos(${FORMULA_STARTS}, left(${sql}, 1)) > 0 AND ${sql} <> '' THEN '''' || ${sql} ELSE NULLIF(${sql}, '') END`
    : `NULLIF(${sql}, '')`;
}

/**
 * The claims in text order as CSV rows (no header), RFC 4180 quoting by PostgreSQL: a cell with a comma, a quote
 * or any line break is quoted, every other cell is not. Rows end in a line feed; CopyOut writes CRLF.
 */
export function csvCopyStatement(where: SqlWhere, baseUrl: string, escapeFormulas: boolean): string {
  const base = baseOf(baseUrl);
  const cells = CSV_COLUMNS.map((column) =>
    column.text ? textCell(column.sql(base), escapeFormulas) : column.sql(base),
  );
  return `COPY (SELECT ${cells.join(',\n  ')}
    FROM ${claimsWithExtras(base, where)}
    JOIN documents d ON d.id = c.document_id LEFT JOIN speakers s ON s.id = c.speaker_id
   ORDER BY c.document_id, c.start_offset, c.id) TO STDOUT WITH (FORMAT csv)`;
}
