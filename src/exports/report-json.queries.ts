import { CLAIM_COLUMNS, EVIDENCE_FROM, HAS_REVIEWS, inline, LIVE_EVIDENCE } from './report-copy.queries';
import { SqlWhere } from './report-scope';

/**
 * A review's stored values as the JSON COPY sends them, one record per review, by the names json-claim-row.ts
 * writes them under (toReviewResponse's shape).
 */
export const REVIEW_COLUMNS = {
  id: 'r.id',
  verdict: 'r.verdict',
  rationale: 'r.rationale',
  reviewerName: 'r.reviewer_name',
  reviewerRole: 'r.reviewer_role',
  supersededById: 'r.superseded_by_id',
  createdAt: 'r.created_at',
};

/**
 * A live evidence link's stored values, one record per link (the evidence response of
 * GET /api/claims/:id/evidence), the source's details completed from its stored document.
 */
export const EVIDENCE_COLUMNS = {
  id: 'e.id',
  stance: 'e.stance',
  documentId: 'e.source_document_id',
  start: 'e.source_start',
  end: 'e.source_end',
  exact: 'e.source_exact',
  url: 'coalesce(e.url, sd.url)',
  title: 'coalesce(e.title, sd.title)',
  publisher: 'coalesce(e.publisher, sd.publisher)',
  publishedAt: 'coalesce(e.published_at, sd.published_at)',
  note: 'e.note',
  addedBy: 'e.added_by',
  version: 'e.version',
  createdAt: 'e.created_at',
};

// An array of anonymous records, which COPY's binary format sends as the stored values' binary forms.
const records = (columns: Record<string, string>, order: string) =>
  `array_agg(ROW(${Object.values(columns).join(', ')}) ORDER BY ${order})`;

/**
 * The columns of jsonClaimsCopyStatement: every stored value of the claim's public shape (CLAIM_COLUMNS), then its
 * reviews and its live evidence as arrays of records (REVIEW_COLUMNS, EVIDENCE_COLUMNS), oldest first; NULL when
 * it has none. The evidence counts by stance are counted from the links.
 */
export const JSON_CLAIM_COLUMNS = {
  ...CLAIM_COLUMNS,
  reviews: `CASE WHEN ${HAS_REVIEWS} THEN (SELECT ${records(REVIEW_COLUMNS, 'r.created_at, r.id')}
    FROM reviews r WHERE r.claim_id = c.id) END`,
  evidence: `CASE WHEN ${LIVE_EVIDENCE} THEN (SELECT ${records(EVIDENCE_COLUMNS, 'e.created_at, e.id')}
    ${EVIDENCE_FROM}) END`,
};

/**
 * The claims in text order, one row each, in COPY's binary format: json-claim-row.ts writes each as the JSON
 * report's claim from its bytes, its reviews and evidence too. Building their JSON here (to_json, to_char per
 * value) was a third of the statement's time; sent as records, PostgreSQL only gathers them.
 */
export function jsonClaimsCopyStatement(where: SqlWhere): string {
  return `COPY (SELECT ${Object.values(JSON_CLAIM_COLUMNS).join(',\n  ')}
    FROM claims c LEFT JOIN speakers s ON s.id = c.speaker_id
   WHERE ${inline(where)}
   ORDER BY c.document_id, c.start_offset, c.id) TO STDOUT WITH (FORMAT binary)`;
}
