import { escapeLiteral } from 'pg';
import { EVIDENCE_FROM, HAS_REVIEWS, inline, iso, LIVE_EVIDENCE } from './report-copy.queries';
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

/** An object's pieces (SQL text expressions), nested objects spliced in, so one join covers the whole claim. */
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

// The claim's state as toClaimResponse names it.
const STATE = `CASE WHEN c.retracted_at IS NOT NULL THEN '"retracted"'
  WHEN c.superseded_at IS NOT NULL THEN '"superseded"' ELSE '"current"' END`;

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

const PROVENANCE = `CASE WHEN ${LIVE_EVIDENCE} THEN (SELECT ${joined(
  object([
    ['corroborating', `(count(*) FILTER (WHERE e.stance = 'corroborates'))::text`],
    ['disputing', `(count(*) FILTER (WHERE e.stance = 'disputes'))::text`],
    ['context', `(count(*) FILTER (WHERE e.stance = 'context'))::text`],
  ]),
)} ${EVIDENCE_FROM}) ELSE '{"corroborating":0,"disputing":0,"context":0}' END`;

/**
 * The claims in text order, each as the JSON report writes it: toClaimResponse's shape (same keys, same order,
 * same values) with the claim's links, its reviews as toReviewResponse writes them and its live evidence.
 * One text value per row, sent in COPY's binary format, so the JSON reaches Node with nothing to unescape.
 */
export function jsonClaimsCopyStatement(where: SqlWhere, baseUrl: string): string {
  // The links' fixed part as JSON text (opening quote included), escaped once here instead of per claim.
  const link = (path: string) =>
    `${escapeLiteral(JSON.stringify(`${baseUrl.replace(/\/+$/, '')}${path}`).slice(0, -1))} || c.id || '"'`;
  const claim = object([
    ['id', word('c.id')],
    ['documentId', word('c.document_id')],
    ['kind', word('c.kind')],
    ['text', str('c.text')],
    ['start', num('c.start_offset')],
    ['end', num('c.end_offset')],
    [
      'selector',
      object([
        ['exact', str('c.text')],
        ['prefix', str('c.prefix')],
        ['suffix', str('c.suffix')],
      ]),
    ],
    [
      'speaker',
      `CASE WHEN s.id IS NULL THEN 'null' ELSE ${joined(
        object([
          ['id', word('s.id')],
          ['name', str('s.name')],
          ['kind', word('s.kind')],
        ]),
      )} END`,
    ],
    ['speakerMention', str('c.speaker_mention')],
    ['speakerRole', str('c.speaker_role')],
    ['cue', str('c.cue')],
    ['quote', word('c.quote_type')],
    ['origin', word('c.origin')],
    ['extractorVersion', str('c.extractor_version')],
    ['confidence', num('c.confidence')],
    ['reviewStatus', word('c.review_status')],
    ['verdict', word('c.verdict')],
    ['provenance', PROVENANCE],
    ['retractedAt', date('c.retracted_at')],
    ['retractionReason', str('c.retraction_reason')],
    ['state', STATE],
    ['supersededBy', word('c.superseded_by_id')],
    ['supersededAt', date('c.superseded_at')],
    ['version', num('c.version')],
    ['createdAt', date('c.created_at')],
    ['updatedAt', date('c.updated_at')],
    ['apiUrl', link('/api/claims/')],
    ['readerUrl', link('/claims/')],
    [
      'reviews',
      `CASE WHEN ${HAS_REVIEWS} THEN (SELECT '[' || string_agg(${joined(REVIEW)}, ',' ORDER BY r.created_at, r.id) || ']'
        FROM reviews r WHERE r.claim_id = c.id) ELSE '[]' END`,
    ],
    [
      'evidence',
      `CASE WHEN ${LIVE_EVIDENCE} THEN (SELECT '[' || string_agg(${joined(EVIDENCE)}, ',' ORDER BY e.created_at, e.id) || ']'
        ${EVIDENCE_FROM}) ELSE '[]' END`,
    ],
  ]);
  return `COPY (SELECT ${joined(claim)}
    FROM claims c LEFT JOIN speakers s ON s.id = c.speaker_id
   WHERE ${inline(where)}
   ORDER BY c.document_id, c.start_offset, c.id) TO STDOUT WITH (FORMAT binary)`;
}
