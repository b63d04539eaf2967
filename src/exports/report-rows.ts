import { ReportClaim, ReportDocument, ReportEvidence, ReportReview } from './report-claim';

// The report reader's rows (pg's plain objects, snake_case columns) as the report's domain types.

/** A row as pg returns it for the reader's queries. */
export type Row = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

export function groupBy<T>(rows: Row[], key: string, map: (r: Row) => T): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const r of rows) {
    const list = groups.get(r[key]) ?? [];
    list.push(map(r));
    groups.set(r[key], list);
  }
  return groups;
}

export function documentOf(r: Row): ReportDocument {
  const document: ReportDocument = {
    id: r.id,
    title: r.title,
    url: r.url,
    publisher: r.publisher,
    authors: r.authors,
    language: r.language,
    kind: r.kind,
    publishedAt: r.published_at,
    retrievedAt: r.retrieved_at,
    contentHash: r.content_hash,
    metadata: r.metadata,
    createdAt: r.created_at,
    retractedAt: r.retracted_at,
    retractionReason: r.retraction_reason,
    textLength: r.text_length,
    copyOfId: r.copy_of_id ?? null,
  };
  if (r.astral_text) document.astralText = r.astral_text;
  return document;
}

export function toClaim(
  r: Row,
  document: ReportDocument,
  evidence: ReportEvidence[],
  reviews: ReportReview[],
): ReportClaim {
  return {
    id: r.id,
    documentId: r.document_id,
    document,
    kind: r.kind,
    text: r.text,
    start: r.start_offset,
    end: r.end_offset,
    prefix: r.prefix,
    suffix: r.suffix,
    speaker: r.speaker_id
      ? { id: r.speaker_id, name: r.speaker_name, kind: r.speaker_kind, externalId: r.speaker_external_id }
      : null,
    speakerMention: r.speaker_mention,
    speakerRole: r.speaker_role,
    cue: r.cue,
    quote: r.quote_type,
    origin: r.origin,
    extractorVersion: r.extractor_version,
    confidence: r.confidence,
    reviewStatus: r.review_status,
    verdict: r.verdict,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    retractedAt: r.retracted_at,
    retractionReason: r.retraction_reason,
    supersededAt: r.superseded_at,
    supersededById: r.superseded_by_id,
    version: r.version,
    evidence,
    reviews,
  };
}
