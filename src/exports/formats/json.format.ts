import { isoTime } from '../../common/timestamps';
import { ClaimResponse } from '../../claims/dto/claim.response';
import { DocumentSummaryResponse } from '../../documents/dto/document.response';
import { EvidenceResponse } from '../../evidence/dto/evidence.response';
import { ReviewResponse } from '../../reviews/dto/review.response';
import { ReportDocument } from '../report-claim';
import { ReportContext, ReportFormatter, ReportLinks, reportLinks } from './report-formatter';
import { SourcingProfile } from '../../claims/sourcing-profile';

/** Where a report's record is found: the API resource and the reader's page. */
interface ReportRecordLinks {
  apiUrl: string;
  readerUrl: string;
}

/**
 * A document in the JSON report: the REST API's names (`url` is the original's URL), without the text and
 * the claim counts, with its text length, sourcing profile and links.
 */
export type ReportDocumentJson = Omit<DocumentSummaryResponse, 'claimCounts'> &
  ReportRecordLinks & { textLength: number | null; sourcingProfile: SourcingProfile | null };

/**
 * A claim in the JSON report: exactly the REST API's claim (GET /api/claims/:id, one mapper), with its
 * reviews (GET /api/claims/:id/reviews) and evidence (GET /api/claims/:id/evidence) in their REST shapes.
 */
export type ReportClaimJson = ClaimResponse &
  ReportRecordLinks & { reviews: ReviewResponse[]; evidence: EvidenceResponse[] };

export function documentJson(document: ReportDocument, links: ReportLinks): ReportDocumentJson {
  return {
    id: document.id,
    title: document.title,
    contentHash: document.contentHash,
    url: document.url,
    publisher: document.publisher,
    authors: document.authors,
    language: document.language,
    kind: document.kind,
    publishedAt: isoTime(document.publishedAt),
    retrievedAt: isoTime(document.retrievedAt),
    createdAt: isoTime(document.createdAt),
    metadata: document.metadata,
    retractedAt: isoTime(document.retractedAt),
    retractionReason: document.retractionReason,
    copyOf: document.copyOfId ?? null,
    textLength: document.textLength,
    sourcingProfile: document.profile ?? null,
    apiUrl: links.document(document.id),
    readerUrl: links.readerDocument(document.id),
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
    yield* source.jsonClaims(context.baseUrl);
    yield '\n]}\n';
  },
};
