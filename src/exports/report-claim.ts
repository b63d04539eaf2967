import { ClaimKind, ClaimOrigin, QuoteType, ReviewStatus, Verdict } from '../claims/claim-enums';
import { SourcingProfile } from '../claims/sourcing-profile';
import { DocumentKind } from '../documents/document-kind';
import { EvidenceStance } from '../evidence/evidence-stance';
import { SpeakerKind } from '../speakers/speaker-kind';

/** A document as reports show it: its metadata, never its full text. */
export interface ReportDocument {
  id: string;
  title: string;
  url: string | null;
  publisher: string | null;
  authors: string[];
  language: string | null;
  kind: DocumentKind;
  publishedAt: Date | null;
  retrievedAt: Date | null;
  contentHash: string;
  metadata: Record<string, unknown>;
  createdAt: Date;
  retractedAt: Date | null;
  retractionReason: string | null;
  /** The earliest-published stored document this one reproduces (a syndicated copy). */
  copyOfId?: string | null;
  /** In UTF-16 code units, the unit claim offsets count in; null when the report did not ask for it. */
  textLength: number | null;
  /** Set when the formatter asked for it (md, html). */
  profile?: SourcingProfile;
  /**
   * Set only when the formatter needs code point offsets and the text holds characters outside the
   * Basic Multilingual Plane, where UTF-16 offsets and code point offsets differ.
   */
  astralText?: string;
}

export interface ReportSpeaker {
  id: string;
  name: string;
  kind: SpeakerKind;
  externalId: string | null;
}

export interface ReportEvidence {
  id: string;
  stance: EvidenceStance;
  sourceDocumentId: string | null;
  start: number | null;
  end: number | null;
  exact: string | null;
  url: string | null;
  title: string | null;
  publisher: string | null;
  publishedAt: Date | null;
  note: string | null;
  addedBy: string;
  version: number;
  createdAt: Date;
}

/** One verdict given to a claim; a later review supersedes it. */
export interface ReportReview {
  id: string;
  verdict: Verdict;
  rationale: string;
  reviewerName: string;
  reviewerRole: 'admin' | 'factchecker';
  supersededById: string | null;
  createdAt: Date;
}

/** One claim with everything a report says about it. */
export interface ReportClaim {
  id: string;
  documentId: string;
  document: ReportDocument;
  kind: ClaimKind;
  text: string;
  start: number;
  end: number;
  prefix: string;
  suffix: string;
  speaker: ReportSpeaker | null;
  speakerMention: string | null;
  speakerRole: string | null;
  cue: string | null;
  quote: QuoteType;
  origin: ClaimOrigin;
  extractorVersion: string | null;
  confidence: number | null;
  reviewStatus: ReviewStatus;
  verdict: Verdict | null;
  createdAt: Date;
  updatedAt: Date;
  retractedAt: Date | null;
  retractionReason: string | null;
  /** Set when a re-extraction replaced the claim (reports show such claims only when asked to). */
  supersededAt: Date | null;
  supersededById: string | null;
  /** Optimistic-lock version, as the REST API gives it. */
  version: number;
  evidence: ReportEvidence[];
  /** Oldest first; the last one not superseded is the current verdict. */
  reviews: ReportReview[];
  /** The claim trail: where the statement first appeared and how many outlets reported it independently. */
  trail?: { firstSeenDocumentId: string; independentSources: number };
}
