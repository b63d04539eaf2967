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

// Most claims have no evidence and no review. Each is looked up behind an EXISTS, which PostgreSQL answers from one
// hash of the table's claim ids when a report covers many claims: a lateral join ran its aggregate for every claim
// and cost more than the rest of the statement.
export const LIVE_EVIDENCE = `EXISTS (SELECT 1 FROM evidence_links g WHERE g.claim_id = c.id AND g.retracted_at IS NULL)`;
export const HAS_REVIEWS = `EXISTS (SELECT 1 FROM reviews g WHERE g.claim_id = c.id)`;
export const EVIDENCE_FROM = `FROM evidence_links e LEFT JOIN documents sd ON sd.id = e.source_document_id
  WHERE e.claim_id = c.id AND e.retracted_at IS NULL`;

/** A text cell as the CSV writes it (see textCell). */
type Cell = (sql: string) => string;

// A source's URL: its own, else its stored document's URL, else the stored document's API URL; oldest link first.
const urls = (base: string, cell: Cell, stance?: string) =>
  cell(`string_agg(coalesce(e.url, sd.url, ${base} || '/api/documents/' || e.source_document_id), ' '
    ORDER BY e.created_at, e.id)${stance ? ` FILTER (WHERE e.stance = '${stance}')` : ''}`);

// Per claim with any, as cells: its live evidence (counts and URLs by stance), its reviews (how many, and the one in
// force: the latest nothing superseded, at most one by reviews_current_key). Built only for the claims that have
// them, so the defusing of their text is too.
const evidenceCells = (base: string, cell: Cell) => `CASE WHEN ${LIVE_EVIDENCE} THEN (SELECT ARRAY[
      count(*) FILTER (WHERE e.stance = 'corroborates')::text, count(*) FILTER (WHERE e.stance = 'disputes')::text,
      count(*) FILTER (WHERE e.stance = 'context')::text, ${urls(base, cell)}, ${urls(base, cell, 'corroborates')},
      ${urls(base, cell, 'disputes')}, ${urls(base, cell, 'context')}] ${EVIDENCE_FROM}) END`;
const reviewCells = (cell: Cell) => `CASE WHEN ${HAS_REVIEWS} THEN (SELECT ARRAY[count(*)::text,
      ${cell('(array_agg(r.rationale) FILTER (WHERE r.superseded_by_id IS NULL))[1]')},
      ${cell('(array_agg(r.reviewer_name) FILTER (WHERE r.superseded_by_id IS NULL))[1]')},
      (array_agg(${iso('r.created_at')}) FILTER (WHERE r.superseded_by_id IS NULL))[1]]
      FROM reviews r WHERE r.claim_id = c.id) END`;

// The documents' and speakers' cells, made once each rather than once per claim: PostgreSQL caches a lateral
// lookup by its key (Memoize), and OFFSET 0 keeps the cells inside it rather than pulled up into the claims' rows.
const documentCells = (cell: Cell) => `LATERAL (SELECT retracted_at, copy_of_id, ${cell('title')} AS title,
    ${cell('url')} AS url, ${cell('publisher')} AS publisher, ${iso('published_at')} AS published_at
    FROM documents WHERE id = c.document_id OFFSET 0)`;
const speakerCells = (cell: Cell) =>
  `LATERAL (SELECT kind, ${cell('name')} AS name FROM speakers WHERE id = c.speaker_id OFFSET 0)`;

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
const statementSummaries = (where: SqlWhere) => `(SELECT m.statement_id,
      ${FIRST_SEEN} AS first_seen, ${SOURCES} AS sources ${MEMBERS}
   WHERE ${MEMBER_IS_LIVE}
     AND m.statement_id IN (SELECT t.statement_id FROM trail_claims t JOIN claims c ON c.id = t.claim_id
                             WHERE ${inline(where)})
   GROUP BY m.statement_id)`;
// A claim that is not live itself (a report asked to include retracted or superseded claims) joins its statement's
// live members on its own: rare, so looked up per claim.
const TRAIL_OF_DEAD_CLAIM = `(SELECT ARRAY[${FIRST_SEEN}, ${SOURCES}] ${MEMBERS}
     WHERE m.statement_id = c.statement_id AND ((${MEMBER_IS_LIVE}) OR m.claim_id = c.id))`;
const CLAIM_IS_LIVE = `c.retracted_at IS NULL AND c.superseded_at IS NULL AND c.document_retracted_at IS NULL`;
const trail = (field: 1 | 2) =>
  `CASE WHEN NOT c.in_trail THEN NULL WHEN ${CLAIM_IS_LIVE} THEN ${field === 1 ? 'c.first_seen' : 'c.sources'}
    ELSE ${TRAIL_OF_DEAD_CLAIM}[${field}] END`;

// JavaScript's String(number) for a real in [0, 1]: plain decimals down to 1e-6, exponents without padding below.
const CONFIDENCE = `CASE WHEN c.confidence = 0 OR c.confidence >= 1e-6 THEN c.confidence::text::numeric::text
  ELSE replace(c.confidence::text, 'e-0', 'e-') END`;

// What a spreadsheet would run as a formula (csv-stringify's escape_formulas, full-width forms included).
const FORMULA_STARTS = `E'=+-@\\t\\r＝＋－＠'`;

interface CsvColumn {
  name: string;
  /** The cell; free text (a formula could hide in it) goes through `cell`, which defuses it unless `csvFormulas=raw`. */
  sql: (base: string, cell: Cell) => string;
}

const column = (name: string, sql: (base: string, cell: Cell) => string): CsvColumn => ({ name, sql });
const text = (name: string, sql: string): CsvColumn => column(name, (_, cell) => cell(sql));
const plain = (name: string, sql: string): CsvColumn => column(name, () => sql);

/** The CSV columns, in their documented, stable order (docs/reports.md); new columns only ever go at the end. */
export const CSV_COLUMNS: CsvColumn[] = [
  plain('claim_id', 'c.id'),
  // The fixed part is one constant, defused when the statement is planned.
  column('claim_url', (base, cell) => `${cell(`(${base} || '/api/claims/')`)} || c.id`),
  plain('document_id', 'c.document_id'),
  // The document's, the speaker's, the evidence's and the review's cells come made (documentCells, evidenceCells…).
  plain('document_title', 'c.document_title'),
  plain('document_url', 'c.document_url'),
  plain('publisher', 'c.publisher'),
  plain('published_at', 'c.document_published_at'),
  plain('kind', 'c.kind'),
  plain('speaker_id', 'c.speaker_id'),
  plain('speaker_name', 'c.speaker_name'),
  plain('speaker_kind', 'c.speaker_kind'),
  text('speaker_mention', 'c.speaker_mention'),
  text('speaker_role', 'c.speaker_role'),
  text('cue', 'c.cue'),
  plain('quote_type', 'c.quote_type'),
  text('text', 'c.text'),
  plain('start', 'c.start_offset'),
  plain('end', 'c.end_offset'),
  plain('origin', 'c.origin'),
  text('extractor_version', 'c.extractor_version'),
  plain('confidence', CONFIDENCE),
  plain('review_status', 'c.review_status'),
  plain('verdict', 'c.verdict'),
  plain('verdict_rationale', '(c.rv)[2]'),
  plain('reviewed_by', '(c.rv)[3]'),
  plain('reviewed_at', '(c.rv)[4]'),
  plain('review_count', `coalesce((c.rv)[1], '0')`),
  plain('evidence_corroborating', `coalesce((c.ev)[1], '0')`),
  plain('evidence_disputing', `coalesce((c.ev)[2], '0')`),
  plain('evidence_context', `coalesce((c.ev)[3], '0')`),
  // Every stance together, kept where it was for existing readers; the per-stance columns are at the end.
  plain('evidence_urls', '(c.ev)[4]'),
  plain('retracted_at', iso('c.retracted_at')),
  plain('created_at', iso('c.created_at')),
  plain('superseded_at', iso('c.superseded_at')),
  plain('superseded_by', 'c.superseded_by_id'),
  plain('corroborating_urls', '(c.ev)[5]'),
  plain('disputing_urls', '(c.ev)[6]'),
  plain('context_urls', '(c.ev)[7]'),
  // The claim trail: the document where the statement first appeared, how many outlets reported it outside a
  // syndicated copy, and the original this claim's document reproduces. A claim the trail never indexed is its
  // own first appearance.
  plain('first_seen_document', `coalesce(${trail(1)}, c.document_id::text)`),
  plain('independent_sources', `coalesce(${trail(2)}, CASE WHEN c.copy_of_id IS NULL THEN '1' ELSE '0' END)`),
  plain('copy_of', 'c.copy_of_id'),
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
 * The claims are joined to their trail and put in order in a subquery (OFFSET 0 keeps it one), so the cells above it
 * are made once per row, in that order, with no second sort.
 */
export function csvCopyStatement(where: SqlWhere, baseUrl: string, escapeFormulas: boolean): string {
  const base = baseOf(baseUrl);
  const cell: Cell = (sql) => textCell(sql, escapeFormulas);
  const cells = CSV_COLUMNS.map((c) => c.sql(base, cell));
  return `COPY (SELECT ${cells.join(',\n  ')}
    FROM (SELECT c.id, c.document_id, c.kind, c.speaker_id, c.speaker_mention, c.speaker_role, c.cue, c.quote_type,
                 c.text, c.start_offset, c.end_offset, c.origin, c.extractor_version, c.confidence, c.review_status,
                 c.verdict, c.retracted_at, c.created_at, c.superseded_at, c.superseded_by_id,
                 d.title AS document_title, d.url AS document_url, d.publisher, d.published_at AS document_published_at,
                 d.retracted_at AS document_retracted_at, d.copy_of_id, s.name AS speaker_name, s.kind AS speaker_kind,
                 tc.claim_id IS NOT NULL AS in_trail, tc.statement_id, st.first_seen, st.sources,
                 ${evidenceCells(base, cell)} AS ev, ${reviewCells(cell)} AS rv
            FROM claims c
            JOIN ${documentCells(cell)} d ON TRUE
            LEFT JOIN ${speakerCells(cell)} s ON TRUE
            LEFT JOIN trail_claims tc ON tc.claim_id = c.id
            LEFT JOIN ${statementSummaries(where)} st ON st.statement_id = tc.statement_id
           WHERE ${inline(where)} ORDER BY c.document_id, c.start_offset, c.id OFFSET 0) c
   ORDER BY c.document_id, c.start_offset, c.id) TO STDOUT WITH (FORMAT csv)`;
}
