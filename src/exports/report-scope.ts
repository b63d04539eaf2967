import { ClaimKind, QuoteType, ReviewStatus, Verdict } from '../claims/claim-enums';

/** The filters `GET /api/claims` takes, without its paging. */
export interface ReportFilter {
  documentId?: string;
  speakerId?: string;
  claimId?: string;
  kind?: ClaimKind;
  quote?: QuoteType;
  status?: ReviewStatus;
  verdict?: Verdict;
  q?: string;
  /** Retracted claims, and claims of retracted documents, are left out unless this is set. */
  includeRetracted?: boolean;
  /** Claims a re-extraction superseded are left out unless this is set. */
  includeSuperseded?: boolean;
}

export type ReportSubject = 'document' | 'speaker' | 'claim' | 'claims';

/** What a report covers: one document, speaker or claim, or every claim matching the filters. */
export interface ReportScope {
  subject: ReportSubject;
  /** The document, speaker or claim id; null for a filtered claims report. */
  subjectId: string | null;
  filter: ReportFilter;
}

export interface SqlWhere {
  sql: string;
  params: unknown[];
}

/** The scope as a WHERE clause over `claims c`, with positional parameters; each filter has an index behind it. */
export function claimWhere(filter: ReportFilter): SqlWhere {
  const conditions: string[] = [];
  const params: unknown[] = [];
  const add = (sql: (p: string) => string, value: unknown) => {
    params.push(value);
    conditions.push(sql(`$${params.length}`));
  };
  if (filter.claimId) add((p) => `c.id = ${p}`, filter.claimId);
  if (filter.documentId) add((p) => `c.document_id = ${p}`, filter.documentId);
  if (filter.speakerId) add((p) => `c.speaker_id = ${p}`, filter.speakerId);
  if (filter.kind) add((p) => `c.kind = ${p}`, filter.kind);
  if (filter.quote) add((p) => `c.quote_type = ${p}`, filter.quote);
  if (filter.status) add((p) => `c.review_status = ${p}`, filter.status);
  if (filter.verdict) add((p) => `c.verdict = ${p}`, filter.verdict);
  if (filter.q) add((p) => `c.search @@ websearch_to_tsquery('english', ${p})`, filter.q);
  if (!filter.includeSuperseded) conditions.push('c.superseded_at IS NULL');
  if (!filter.includeRetracted) {
    conditions.push('c.retracted_at IS NULL');
    conditions.push(
      'NOT EXISTS (SELECT 1 FROM documents rd WHERE rd.id = c.document_id AND rd.retracted_at IS NOT NULL)',
    );
  }
  return { sql: conditions.length > 0 ? conditions.join(' AND ') : 'TRUE', params };
}

/** A file name for the report, e.g. claimtrail-document-3f0c….csv. */
export function reportBaseName(scope: ReportScope): string {
  return scope.subjectId ? `claimtrail-${scope.subject}-${scope.subjectId}` : 'claimtrail-claims';
}
