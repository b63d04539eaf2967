import { ReportClaim, ReportDocument, ReportReview } from '../report-claim';
import { ClaimOrder, DocumentNeeds } from '../report-reader';
import { CsvFormulas } from '../report-format';
import { ReportScope } from '../report-scope';

/** The part of ReportReader a formatter uses: passes over the claims (and their documents) in batches. */
export interface ClaimSource {
  claims(order: ClaimOrder, needs?: DocumentNeeds): AsyncIterable<ReportClaim[]>;
  documents(): AsyncIterable<ReportDocument[]>;
  count(): Promise<number>;
  /** The claims in text order as CSV rows (CRLF, no header), written by the database. */
  csvRows(baseUrl: string, escapeFormulas: boolean): AsyncIterable<Buffer>;
  /** The claims in text order as the items of a JSON array (each after a line feed, comma-separated). */
  jsonClaims(baseUrl: string): AsyncIterable<Buffer>;
}

export interface ReportContext {
  scope: ReportScope;
  /** A heading for the whole report, e.g. `Document “Council approves…”`. */
  title: string;
  generatedAt: Date;
  /** Absolute URLs in the report (claim, document and speaker ids) start with it. */
  baseUrl: string;
  /** CSV only: `raw` writes cells that start like a formula as stored; by default they are defused. */
  csvFormulas?: CsvFormulas;
  /** The fact-checking organisation publishing the verdicts (settings ORG_NAME, ORG_URL). */
  organization: ReportOrganization;
}

export interface ReportOrganization {
  name: string;
  /** Its home page; null when ORG_URL is unset. */
  url: string | null;
}

export interface ReportFormatter {
  /** How many times `write` reads the claims, so a progress bar knows its total. */
  passes: number;
  /** Which claims become records: all (the default), or only those with a verdict. */
  records?: 'all' | 'reviewed';
  write(context: ReportContext, source: ClaimSource): AsyncIterable<string | Buffer>;
}

/** The API URLs reports use as identifiers, and the reader's pages people are sent to. */
export function reportLinks(baseUrl: string) {
  const base = baseUrl.replace(/\/+$/, '');
  return {
    base,
    claim: (id: string) => `${base}/api/claims/${id}`,
    document: (id: string) => `${base}/api/documents/${id}`,
    /** The stored text exactly, as text/plain: what claim offsets and annotation selectors count on. */
    documentText: (id: string) => `${base}/api/documents/${id}/text`,
    speaker: (id: string) => `${base}/api/speakers/${id}`,
    readerClaim: (id: string) => `${base}/claims/${id}`,
    readerDocument: (id: string) => `${base}/documents/${id}`,
  };
}

export type ReportLinks = ReturnType<typeof reportLinks>;

/** The verdict in force: the latest review nothing superseded (reviews come oldest first). */
export function currentReview(claim: ReportClaim): ReportReview | null {
  for (let i = claim.reviews.length - 1; i >= 0; i--) {
    if (claim.reviews[i].supersededById === null) return claim.reviews[i];
  }
  return null;
}
