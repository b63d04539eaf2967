import { CopyRow } from './copy-out';
import { ReportLinks } from './formats/report-formatter';
import { JSON_CLAIM_COLUMNS } from './report-json.queries';

// Each column's position in the row.
const at = Object.fromEntries(Object.keys(JSON_CLAIM_COLUMNS).map((key, i) => [key, i])) as Record<
  keyof typeof JSON_CLAIM_COLUMNS,
  number
>;

// The JSON text of a value: free text escaped as JSON.stringify escapes it; uuids, check-constrained words and
// formatted times, which hold nothing JSON escapes, quoted as they are.
const text = (value: string | null) => (value === null ? 'null' : JSON.stringify(value));
const word = (value: string | null) => (value === null ? 'null' : `"${value}"`);
const counts = (array: string) => {
  const [corroborating, disputing, context] = array.slice(1, -1).split(',');
  return `{"corroborating":${corroborating},"disputing":${disputing},"context":${context}}`;
};
const NO_EVIDENCE = counts('{0,0,0}');

/**
 * The JSON report's claim from one row of jsonClaimsCopyStatement: toClaimResponse's shape (same keys, same order,
 * same values as JSON.stringify writes them), then the report's links, reviews and evidence; a twin of the REST
 * API's mapper that test/reports-sql-twins.e2e-spec.ts holds to it. Written here rather than in SQL, where building
 * ~30 JSON values per claim took most of PostgreSQL's time, and by concatenation rather than through the mapper
 * and JSON.stringify of an object, which took twice as long as PostgreSQL's part of the report.
 */
export function jsonClaimItem(links: ReportLinks): (row: CopyRow) => string {
  return (row) => {
    const id = row.uuid(at.id) ?? '';
    const claimText = text(row.text(at.text));
    const speakerId = row.uuid(at.speakerId);
    const speaker = speakerId
      ? `{"id":"${speakerId}","name":${text(row.text(at.speakerName))},"kind":${word(row.text(at.speakerKind))}}`
      : 'null';
    const confidence = row.text(at.confidence);
    const provenance = row.text(at.provenance);
    const retractedAt = row.text(at.retractedAt);
    const supersededAt = row.text(at.supersededAt);
    const state = retractedAt ? 'retracted' : supersededAt ? 'superseded' : 'current';
    return (
      `{"id":"${id}","documentId":${word(row.uuid(at.documentId))},"kind":${word(row.text(at.kind))},` +
      `"text":${claimText},"start":${row.int(at.start)},"end":${row.int(at.end)},` +
      `"selector":{"exact":${claimText},"prefix":${text(row.text(at.prefix))},"suffix":${text(row.text(at.suffix))}},` +
      `"speaker":${speaker},"speakerMention":${text(row.text(at.speakerMention))},` +
      `"speakerRole":${text(row.text(at.speakerRole))},"cue":${text(row.text(at.cue))},` +
      `"quote":${word(row.text(at.quote))},"origin":${word(row.text(at.origin))},` +
      `"extractorVersion":${text(row.text(at.extractorVersion))},` +
      // pg reads a real by parseFloat of PostgreSQL's text; JSON.stringify writes the number as String does.
      `"confidence":${confidence === null ? 'null' : String(Number.parseFloat(confidence))},` +
      `"reviewStatus":${word(row.text(at.reviewStatus))},"verdict":${word(row.text(at.verdict))},` +
      `"provenance":${provenance ? counts(provenance) : NO_EVIDENCE},"retractedAt":${word(retractedAt)},` +
      `"retractionReason":${text(row.text(at.retractionReason))},"state":"${state}",` +
      `"supersededBy":${word(row.uuid(at.supersededById))},"supersededAt":${word(supersededAt)},` +
      `"version":${row.int(at.version)},"createdAt":${word(row.text(at.createdAt))},` +
      `"updatedAt":${word(row.text(at.updatedAt))},"apiUrl":${JSON.stringify(links.claim(id))},` +
      `"readerUrl":${JSON.stringify(links.readerClaim(id))},"reviews":${row.text(at.reviews) ?? '[]'},` +
      `"evidence":${row.text(at.evidence) ?? '[]'}}`
    );
  };
}
