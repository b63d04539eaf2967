import { CopyRow, RowWriter } from './copy-out';
import { CsvLine } from './csv-line';
import { CSV_CLAIM_COLUMNS } from './report-copy.queries';

// Each column's position in csvClaimsCopyStatement's row.
const at = Object.fromEntries(Object.keys(CSV_CLAIM_COLUMNS('')).map((key, i) => [key, i])) as Record<
  keyof ReturnType<typeof CSV_CLAIM_COLUMNS>,
  number
>;
// Positions in the statement's evidence and review arrays.
const EVIDENCE = {
  corroborating: 0,
  disputing: 1,
  context: 2,
  urls: 3,
  corroboratingUrls: 4,
  disputingUrls: 5,
  contextUrls: 6,
} as const;
const REVIEW = { count: 0, rationale: 1, reviewer: 2, at: 3 } as const;

/** One claim's row and its evidence and review arrays, located in place. */
interface ClaimCells {
  row: CopyRow;
  evidence: CopyRow;
  reviews: CopyRow;
  /** The claim URL's fixed part (`{base}/api/claims/` as a cell) and what closes it after the id. */
  claimUrl: { open: Buffer; close: Buffer };
}

interface CsvColumn {
  name: string;
  write: (line: CsvLine, claim: ClaimCells) => void;
}

const column = (name: string, write: CsvColumn['write']): CsvColumn => ({ name, write });

/** The CSV columns, in their documented, stable order (docs/reports.md); new columns only ever go at the end. */
export const CSV_COLUMNS: CsvColumn[] = [
  column('claim_id', (l, c) => l.uuid(c.row, at.id)),
  column('claim_url', (l, c) => {
    l.raw(c.claimUrl.open);
    l.uuid(c.row, at.id);
    l.raw(c.claimUrl.close);
  }),
  column('document_id', (l, c) => l.uuid(c.row, at.documentId)),
  column('document_title', (l, c) => l.free(c.row, at.documentTitle)),
  column('document_url', (l, c) => l.free(c.row, at.documentUrl)),
  column('publisher', (l, c) => l.free(c.row, at.publisher)),
  column('published_at', (l, c) => l.timestamp(c.row, at.publishedAt)),
  column('kind', (l, c) => l.plain(c.row, at.kind)),
  column('speaker_id', (l, c) => l.uuid(c.row, at.speakerId)),
  column('speaker_name', (l, c) => l.free(c.row, at.speakerName)),
  column('speaker_kind', (l, c) => l.plain(c.row, at.speakerKind)),
  column('speaker_mention', (l, c) => l.free(c.row, at.speakerMention)),
  column('speaker_role', (l, c) => l.free(c.row, at.speakerRole)),
  column('cue', (l, c) => l.free(c.row, at.cue)),
  column('quote_type', (l, c) => l.plain(c.row, at.quote)),
  column('text', (l, c) => l.free(c.row, at.text)),
  column('start', (l, c) => l.int(c.row, at.start)),
  column('end', (l, c) => l.int(c.row, at.end)),
  column('origin', (l, c) => l.plain(c.row, at.origin)),
  column('extractor_version', (l, c) => l.free(c.row, at.extractorVersion)),
  column('confidence', (l, c) => l.real(c.row, at.confidence)),
  column('review_status', (l, c) => l.plain(c.row, at.reviewStatus)),
  column('verdict', (l, c) => l.plain(c.row, at.verdict)),
  // The review in force: the latest that nothing superseded.
  column('verdict_rationale', (l, c) => l.free(c.reviews, REVIEW.rationale)),
  column('reviewed_by', (l, c) => l.free(c.reviews, REVIEW.reviewer)),
  column('reviewed_at', (l, c) => l.plain(c.reviews, REVIEW.at)),
  column('review_count', (l, c) => l.count(c.reviews, REVIEW.count)),
  column('evidence_corroborating', (l, c) => l.count(c.evidence, EVIDENCE.corroborating)),
  column('evidence_disputing', (l, c) => l.count(c.evidence, EVIDENCE.disputing)),
  column('evidence_context', (l, c) => l.count(c.evidence, EVIDENCE.context)),
  // Every stance together, kept where it was for existing readers; the per-stance columns are at the end.
  column('evidence_urls', (l, c) => l.free(c.evidence, EVIDENCE.urls)),
  column('retracted_at', (l, c) => l.timestamp(c.row, at.retractedAt)),
  column('created_at', (l, c) => l.timestamp(c.row, at.createdAt)),
  column('superseded_at', (l, c) => l.timestamp(c.row, at.supersededAt)),
  column('superseded_by', (l, c) => l.uuid(c.row, at.supersededById)),
  column('corroborating_urls', (l, c) => l.free(c.evidence, EVIDENCE.corroboratingUrls)),
  column('disputing_urls', (l, c) => l.free(c.evidence, EVIDENCE.disputingUrls)),
  column('context_urls', (l, c) => l.free(c.evidence, EVIDENCE.contextUrls)),
  // The claim trail: the document where the statement first appeared, how many outlets reported it outside a
  // syndicated copy, and the original this claim's document reproduces.
  column('first_seen_document', (l, c) => l.plain(c.row, at.firstSeen)),
  column('independent_sources', (l, c) => l.plain(c.row, at.sources)),
  column('copy_of', (l, c) => l.uuid(c.row, at.copyOf)),
];

// Room for every cell's commas, quotes and defusing apostrophe, and for ids and times longer as text than as bytes
// (a field's 4-byte length counts towards its room too).
const ROOM_PER_ROW = 512;

/**
 * The CSV report's lines from the rows of csvClaimsCopyStatement, each ended by CRLF (RFC 4180): the cells the
 * REST API's mappers give, quoted and defused as PostgreSQL's own CSV and the statement's SQL checks wrote them
 * before, which test/reports-sql-twins.e2e-spec.ts holds them to.
 */
export function csvClaimRow(baseUrl: string, escapeFormulas: boolean): RowWriter {
  const line = new CsvLine(escapeFormulas);
  const url = CsvLine.cell(`${baseUrl.replace(/\/+$/, '')}/api/claims/`, escapeFormulas);
  // A quoted fixed part closes its quote after the id (which needs none).
  const quoted = url[0] === 0x22;
  const claim: ClaimCells = {
    row: new CopyRow(),
    evidence: new CopyRow(),
    reviews: new CopyRow(),
    claimUrl: {
      open: quoted ? url.subarray(0, url.length - 1) : url,
      close: quoted ? url.subarray(url.length - 1) : Buffer.alloc(0),
    },
  };
  return {
    room: (rowBytes) => 2 * rowBytes + 2 * url.length + ROOM_PER_ROW,
    write(row, target, start) {
      claim.row = row;
      if (!claim.evidence.loadElements(row, at.evidence) || !claim.reviews.loadElements(row, at.reviews)) {
        throw new Error('COPY sent an array that overruns its field');
      }
      line.target = target;
      line.at = start;
      for (let i = 0; i < CSV_COLUMNS.length; i++) {
        if (i > 0) line.comma();
        CSV_COLUMNS[i].write(line, claim);
      }
      target[line.at++] = 0x0d;
      target[line.at++] = 0x0a;
      return line.at;
    },
  };
}
