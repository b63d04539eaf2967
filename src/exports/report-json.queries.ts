import { CLAIM_COLUMNS, EVIDENCE_FROM, HAS_REVIEWS, inline, iso, LIVE_EVIDENCE } from './report-copy.queries';
import { SqlWhere } from './report-scope';

// JSON text joined from pieces: json_build_object looks up the type of each of its arguments on every call, and a
// chain of || copies the growing text once per piece; either made most of the statement's time. array_to_string
// copies each piece once. Each helper gives the JSON text of one value, `null` for NULL.
/** Text that needs escaping (to_json escapes as JSON.stringify does). */
const str = (sql: string) => `coalesce(to_json(${sql})::text, 'null')`;
/** uuids and check-constrained words, which hold no character JSON escapes. */
const word = (sql: string) => `coalesce('"' || ${sql} || '"', 'null')`;
const num = (sql: string) => `coalesce((${sql})::text, 'null')`;
const date = (sql: string) => word(iso(sql));
const bool = (sql: string) => `CASE WHEN ${sql} THEN 'true' ELSE 'false' END`;

/** An object's pieces (SQL text expressions), nested objects spliced in, so one expression builds a review or link. */
type Pieces = string[];

function object(fields: Array<[string, string | Pieces]>): Pieces {
  const pieces: Pieces = [];
  fields.forEach(([key, value], i) => {
    pieces.push(`'${i === 0 ? '{' : ','}"${key}":'`);
    if (typeof value === 'string') pieces.push(value);
    else pieces.push(...value);
  });
  pieces.push(`'}'`);
  return pieces;
}

const joined = (pieces: Pieces) => `array_to_string(ARRAY[${pieces.join(', ')}], '')`;

// toReviewResponse.
const REVIEW = object([
  ['id', word('r.id')],
  ['claimId', word('r.claim_id')],
  ['verdict', word('r.verdict')],
  ['rationale', str('r.rationale')],
  [
    'reviewer',
    object([
      ['name', str('r.reviewer_name')],
      ['role', word('r.reviewer_role')],
    ]),
  ],
  ['current', bool('r.superseded_by_id IS NULL')],
  ['supersededById', word('r.superseded_by_id')],
  ['createdAt', date('r.created_at')],
]);

// The evidence response of GET /api/claims/:id/evidence, the source's details completed from its stored document.
const EVIDENCE = object([
  ['id', word('e.id')],
  ['claimId', word('e.claim_id')],
  ['stance', word('e.stance')],
  [
    'source',
    object([
      ['documentId', word('e.source_document_id')],
      ['start', num('e.source_start')],
      ['end', num('e.source_end')],
      ['exact', str('e.source_exact')],
      ['url', str('coalesce(e.url, sd.url)')],
      ['title', str('coalesce(e.title, sd.title)')],
      ['publisher', str('coalesce(e.publisher, sd.publisher)')],
      ['publishedAt', date('coalesce(e.published_at, sd.published_at)')],
    ]),
  ],
  ['note', str('e.note')],
  ['addedBy', str('e.added_by')],
  ['version', num('e.version')],
  // Reports leave retracted links out, as the claim's provenance counts do.
  ['retractedAt', `'null'`],
  ['retractionReason', `'null'`],
  ['createdAt', date('e.created_at')],
]);

// The claim's live evidence counted by stance, as an int array's text ({corroborating,disputing,context}).
const PROVENANCE = `CASE WHEN ${LIVE_EVIDENCE} THEN (SELECT ARRAY[count(*) FILTER (WHERE e.stance = 'corroborates'),
    count(*) FILTER (WHERE e.stance = 'disputes'), count(*) FILTER (WHERE e.stance = 'context')]::text
    ${EVIDENCE_FROM}) END`;

/**
 * The columns of jsonClaimsCopyStatement: every stored value of the claim's public shape (CLAIM_COLUMNS), then its
 * live evidence counted by stance (an int array's text, {corroborating,disputing,context}), and as JSON text its
 * reviews and live evidence; NULL when it has none.
 */
export const JSON_CLAIM_COLUMNS = {
  ...CLAIM_COLUMNS,
  provenance: PROVENANCE,
  reviews: `CASE WHEN ${HAS_REVIEWS} THEN (SELECT '[' || string_agg(${joined(REVIEW)}, ',' ORDER BY r.created_at, r.id) || ']'
    FROM reviews r WHERE r.claim_id = c.id) END`,
  evidence: `CASE WHEN ${LIVE_EVIDENCE} THEN (SELECT '[' || string_agg(${joined(EVIDENCE)}, ',' ORDER BY e.created_at, e.id) || ']'
    ${EVIDENCE_FROM}) END`,
};

/**
 * The claims in text order, one row each, in COPY's binary format: json-claim-row.ts writes each as the JSON
 * report's claim from its bytes. Only reviews and evidence, which most claims lack, are JSON built here, as
 * GET /api/claims/:id/reviews and /evidence write them.
 */
export function jsonClaimsCopyStatement(where: SqlWhere): string {
  return `COPY (SELECT ${Object.values(JSON_CLAIM_COLUMNS).join(',\n  ')}
    FROM claims c LEFT JOIN speakers s ON s.id = c.speaker_id
   WHERE ${inline(where)}
   ORDER BY c.document_id, c.start_offset, c.id) TO STDOUT WITH (FORMAT binary)`;
}
