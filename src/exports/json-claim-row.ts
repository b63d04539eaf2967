import { ClaimKind, ClaimOrigin, QuoteType, ReviewStatus, Verdict } from '../claims/claim-enums';
import { ClaimFields, toClaimResponse } from '../claims/dto/claim.response';
import { SpeakerKind } from '../speakers/speaker-kind';
import { CopyRow } from './copy-out';
import { ReportLinks } from './formats/report-formatter';
import { JSON_CLAIM_COLUMNS } from './report-json.queries';

// Each column's position in the row.
const at = Object.fromEntries(Object.keys(JSON_CLAIM_COLUMNS).map((key, i) => [key, i])) as Record<
  keyof typeof JSON_CLAIM_COLUMNS,
  number
>;

// Columns the schema never leaves NULL, and enum words its check constraints hold to their types (as TypeORM
// types them when it reads the row).
const required = (value: string | null): string => value ?? '';
const provenanceOf = (counts: string) => {
  const [corroborating, disputing, context] = counts.slice(1, -1).split(',').map(Number);
  return { corroborating, disputing, context };
};

/**
 * The JSON report's claim from one row of jsonClaimsCopyStatement: the REST API's claim by its own mapper
 * (toClaimResponse), then the report's links, reviews and evidence. Building the claim's JSON here rather than in
 * SQL moves its cost off PostgreSQL, whose time per row bounded the report (the server's event loop had time to
 * spare), and keeps one mapper for the claim.
 */
export function jsonClaimItem(links: ReportLinks): (row: CopyRow) => string {
  return (row) => {
    const id = required(row.uuid(at.id));
    const speakerId = row.uuid(at.speakerId);
    const confidence = row.text(at.confidence);
    const provenance = row.text(at.provenance);
    const claim: ClaimFields = {
      id,
      documentId: required(row.uuid(at.documentId)),
      kind: row.text(at.kind) as ClaimKind,
      text: required(row.text(at.text)),
      start: row.int(at.start) ?? 0,
      end: row.int(at.end) ?? 0,
      prefix: required(row.text(at.prefix)),
      suffix: required(row.text(at.suffix)),
      speaker: speakerId
        ? {
            id: speakerId,
            name: required(row.text(at.speakerName)),
            kind: row.text(at.speakerKind) as SpeakerKind,
          }
        : null,
      speakerMention: row.text(at.speakerMention),
      speakerRole: row.text(at.speakerRole),
      cue: row.text(at.cue),
      quote: row.text(at.quote) as QuoteType,
      origin: row.text(at.origin) as ClaimOrigin,
      extractorVersion: row.text(at.extractorVersion),
      // pg reads a real by parseFloat of PostgreSQL's text, as here.
      confidence: confidence === null ? null : Number.parseFloat(confidence),
      reviewStatus: row.text(at.reviewStatus) as ReviewStatus,
      verdict: row.text(at.verdict) as Verdict | null,
      retractedAt: row.time(at.retractedAt),
      retractionReason: row.text(at.retractionReason),
      supersededAt: row.time(at.supersededAt),
      supersededById: row.uuid(at.supersededById),
      version: row.int(at.version) ?? 0,
      createdAt: row.time(at.createdAt) ?? new Date(0),
      updatedAt: row.time(at.updatedAt) ?? new Date(0),
    };
    const response = toClaimResponse(claim, provenance ? provenanceOf(provenance) : undefined);
    return `${JSON.stringify(response).slice(0, -1)},"apiUrl":${JSON.stringify(links.claim(id))},"readerUrl":${JSON.stringify(
      links.readerClaim(id),
    )},"reviews":${row.text(at.reviews) ?? '[]'},"evidence":${row.text(at.evidence) ?? '[]'}}`;
  };
}
