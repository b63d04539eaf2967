import { iso, ReportClaim, ReportEvidence } from '../report-claim';
import { currentReview, ReportFormatter, reportLinks } from './report-formatter';

type Links = ReturnType<typeof reportLinks>;

// A source's URL: its own, else the stored document's. Space-separated in a cell: URLs never hold a raw space.
const urls = (claim: ReportClaim, links: Links, stance?: ReportEvidence['stance']) =>
  claim.evidence
    .filter((e) => stance === undefined || e.stance === stance)
    .map((e) => e.url ?? links.document(e.sourceDocumentId!))
    .join(' ');

/** The CSV columns, in their documented, stable order (docs/reports.md); new columns only ever go at the end. */
export const CSV_COLUMNS: Array<[string, (claim: ReportClaim, links: Links) => string | number | null]> = [
  ['claim_id', (c) => c.id],
  ['claim_url', (c, l) => l.claim(c.id)],
  ['document_id', (c) => c.documentId],
  ['document_title', (c) => c.document.title],
  ['document_url', (c) => c.document.url],
  ['publisher', (c) => c.document.publisher],
  ['published_at', (c) => iso(c.document.publishedAt)],
  ['kind', (c) => c.kind],
  ['speaker_id', (c) => c.speaker?.id ?? null],
  ['speaker_name', (c) => c.speaker?.name ?? null],
  ['speaker_kind', (c) => c.speaker?.kind ?? null],
  ['speaker_mention', (c) => c.speakerMention],
  ['speaker_role', (c) => c.speakerRole],
  ['cue', (c) => c.cue],
  ['quote_type', (c) => c.quote],
  ['text', (c) => c.text],
  ['start', (c) => c.start],
  ['end', (c) => c.end],
  ['origin', (c) => c.origin],
  ['extractor_version', (c) => c.extractorVersion],
  ['confidence', (c) => c.confidence],
  ['review_status', (c) => c.reviewStatus],
  ['verdict', (c) => c.verdict],
  ['verdict_rationale', (c) => currentReview(c)?.rationale ?? null],
  ['reviewed_by', (c) => currentReview(c)?.reviewerName ?? null],
  ['reviewed_at', (c) => iso(currentReview(c)?.createdAt ?? null)],
  ['review_count', (c) => c.reviews.length],
  ['evidence_corroborating', (c) => c.evidence.filter((e) => e.stance === 'corroborates').length],
  ['evidence_disputing', (c) => c.evidence.filter((e) => e.stance === 'disputes').length],
  ['evidence_context', (c) => c.evidence.filter((e) => e.stance === 'context').length],
  // Every stance together, kept where it was for existing readers; the per-stance columns are at the end.
  ['evidence_urls', (c, l) => urls(c, l)],
  ['retracted_at', (c) => iso(c.retractedAt)],
  ['created_at', (c) => iso(c.createdAt)],
  ['superseded_at', (c) => iso(c.supersededAt)],
  ['superseded_by', (c) => c.supersededById],
  ['corroborating_urls', (c, l) => urls(c, l, 'corroborates')],
  ['disputing_urls', (c, l) => urls(c, l, 'disputes')],
  ['context_urls', (c, l) => urls(c, l, 'context')],
  // The claim trail: the document where the statement first appeared, how many outlets reported it
  // outside a syndicated copy, and the original this claim's document reproduces.
  ['first_seen_document', (c) => c.trail?.firstSeenDocumentId ?? c.documentId],
  ['independent_sources', (c) => c.trail?.independentSources ?? null],
  ['copy_of', (c) => c.document.copyOfId ?? null],
];

// Cells that are quoted: a comma, a quote or any line break inside (RFC 4180). csv-stringify, with records
// ending in CRLF, left a lone LF or CR unquoted, and spreadsheets and Python's csv split the row there.
const MUST_QUOTE = /[,"\r\n]/;
// Cells a spreadsheet would run as a formula, full-width forms included (the ones csv-stringify's escape_formulas
// defuses, which the output must keep matching).
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

function cell(value: string | number | null | undefined, escapeFormulas: boolean): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value);
  const text = escapeFormulas && FORMULA_START.test(value) ? `'${value}` : value;
  return MUST_QUOTE.test(value) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * One CSV record with its CRLF, byte for byte what csv-stringify writes with `record_delimiter: 'windows'` and
 * `escape_formulas` (csv.format.spec.ts compares them). Written by hand because csv-stringify's per-field
 * machinery (options merged and values cast for every cell) took about a third of a claims-wide CSV report's
 * time.
 */
export function csvRecord(
  values: Array<string | number | null | undefined>,
  escapeFormulas: boolean,
): string {
  let record = '';
  for (let i = 0; i < values.length; i++) record += (i === 0 ? '' : ',') + cell(values[i], escapeFormulas);
  return `${record}\r\n`;
}

/**
 * RFC 4180: CRLF line ends, fields quoted when they hold a comma, quote or line break, a header row first.
 * Text cells starting with =, +, -, @, tab or CR get a leading apostrophe unless `csvFormulas` is `raw`:
 * claim text is written by whoever published the document, and a spreadsheet would run it as a formula.
 */
export const csvFormat: ReportFormatter = {
  passes: 1,
  async *write(context, source) {
    const links = reportLinks(context.baseUrl);
    const escapeFormulas = context.csvFormulas !== 'raw';
    yield csvRecord(
      CSV_COLUMNS.map(([name]) => name),
      escapeFormulas,
    );
    for await (const claims of source.claims('text')) {
      yield claims
        .map((claim) =>
          csvRecord(
            CSV_COLUMNS.map(([, value]) => value(claim, links)),
            escapeFormulas,
          ),
        )
        .join('');
    }
  },
};
