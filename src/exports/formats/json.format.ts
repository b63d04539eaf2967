import { iso, ReportClaim, ReportDocument } from '../report-claim';
import { ReportContext, ReportFormatter, reportLinks } from './report-formatter';

type Links = ReturnType<typeof reportLinks>;

export function documentJson(document: ReportDocument, links: Links) {
  return {
    id: document.id,
    url: links.document(document.id),
    title: document.title,
    sourceUrl: document.url,
    publisher: document.publisher,
    authors: document.authors,
    language: document.language,
    kind: document.kind,
    publishedAt: iso(document.publishedAt),
    retrievedAt: iso(document.retrievedAt),
    contentHash: document.contentHash,
    textLength: document.textLength,
    metadata: document.metadata,
    sourcingProfile: document.profile ?? null,
    retractedAt: iso(document.retractedAt),
    retractionReason: document.retractionReason,
  };
}

export function claimJson(claim: ReportClaim, links: Links) {
  return {
    id: claim.id,
    url: links.claim(claim.id),
    documentId: claim.documentId,
    kind: claim.kind,
    text: claim.text,
    anchor: { start: claim.start, end: claim.end, prefix: claim.prefix, suffix: claim.suffix },
    speaker: claim.speaker && { ...claim.speaker, url: links.speaker(claim.speaker.id) },
    speakerMention: claim.speakerMention,
    speakerRole: claim.speakerRole,
    cue: claim.cue,
    quote: claim.quote,
    origin: claim.origin,
    extractorVersion: claim.extractorVersion,
    confidence: claim.confidence,
    status: claim.reviewStatus,
    verdict: claim.verdict,
    verdictHistory: claim.reviews.map((r) => ({
      id: r.id,
      verdict: r.verdict,
      rationale: r.rationale,
      reviewer: { name: r.reviewerName, role: r.reviewerRole },
      supersededBy: r.supersededById,
      createdAt: iso(r.createdAt),
    })),
    evidence: claim.evidence.map((e) => ({
      id: e.id,
      stance: e.stance,
      source: {
        documentId: e.sourceDocumentId,
        start: e.start,
        end: e.end,
        exact: e.exact,
        url: e.url ?? (e.sourceDocumentId ? links.document(e.sourceDocumentId) : null),
        title: e.title,
        publisher: e.publisher,
        publishedAt: iso(e.publishedAt),
      },
      note: e.note,
      addedBy: e.addedBy,
      createdAt: iso(e.createdAt),
    })),
    retractedAt: iso(claim.retractedAt),
    retractionReason: claim.retractionReason,
    supersededAt: iso(claim.supersededAt),
    supersededBy: claim.supersededById,
    createdAt: iso(claim.createdAt),
    updatedAt: iso(claim.updatedAt),
  };
}

/**
 * `{ report, documents: [...], claims: [...] }`, written as it is read: the documents the claims
 * belong to (each once, with its sourcing profile), then the claims in text order.
 */
export const jsonFormat: ReportFormatter = {
  passes: 1,
  async *write(context: ReportContext, source) {
    const links = reportLinks(context.baseUrl);
    const report = {
      subject: context.scope.subject,
      id: context.scope.subjectId,
      title: context.title,
      filter: context.scope.filter,
      generatedAt: context.generatedAt.toISOString(),
      offsets: 'UTF-16 code units into the stored document text',
    };
    yield `{"report":${JSON.stringify(report)},\n"documents":[`;
    let first = true;
    for await (const documents of source.documents()) {
      yield documents
        .map((d) => (first ? ((first = false), '\n') : ',\n') + JSON.stringify(documentJson(d, links)))
        .join('');
    }
    yield '\n],\n"claims":[';
    first = true;
    for await (const claims of source.claims('text')) {
      yield claims
        .map((c) => (first ? ((first = false), '\n') : ',\n') + JSON.stringify(claimJson(c, links)))
        .join('');
    }
    yield '\n]}\n';
  },
};
