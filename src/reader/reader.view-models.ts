import { ClaimResponse } from '../claims/dto/claim.response';
import { SourcingProfile } from '../claims/sourcing-profile';
import { DocumentResponse, DocumentSummaryResponse } from '../documents/dto/document.response';
import { EvidenceResponse } from '../evidence/dto/evidence.response';
import { SpeakerKind } from '../speakers/speaker-kind';
import { TextSegment } from './highlight';

/** The home page: one page of documents, newest first. */
export interface DocumentListView {
  q: string | null;
  documents: DocumentSummaryResponse[];
  /** Set when this is not the first page. */
  cursor: string | null;
  nextCursor: string | null;
}

/** Who a claim is marked as, in the text and in the lists. */
export interface SpeakerView {
  /** The speaker id, or "unknown" for attributed claims without a resolved speaker. */
  key: string;
  name: string;
  kind: SpeakerKind | null;
  unnamed: boolean;
  /** Shown beside every highlight of this speaker, so colour is never the only cue. */
  marker: string;
  /** Palette slot: the CSS class speaker-<slot>. */
  slot: number;
  claims: MarkedClaim[];
}

/** A claim with how it is marked on the page. */
export interface MarkedClaim {
  claim: ClaimResponse;
  id: string;
  start: number;
  end: number;
  /** The SpeakerView key for attributed claims; null for editorial assertions. */
  speakerKey: string | null;
  unnamed: boolean;
  marker: string;
  /** "speaker-3" or "editorial". */
  colourClass: string;
}

/** The stored document a syndicated copy reproduces, for the copy's banner. */
export interface OriginalView {
  id: string;
  title: string;
  publisher: string | null;
  publishedAt: string | null;
}

export interface DocumentView {
  document: DocumentResponse;
  /** Set when the document is a syndicated copy. */
  original?: OriginalView | null;
  segments: TextSegment<MarkedClaim>[];
  /** In order of first appearance in the text. */
  speakers: SpeakerView[];
  editorial: MarkedClaim[];
  profile: SourcingProfile;
}

export interface ClaimContext {
  before: string;
  exact: string;
  after: string;
  /** Whether the context was cut short of the start or end of the document. */
  truncatedBefore: boolean;
  truncatedAfter: boolean;
}

/** A past verdict on the claim, oldest first. */
export interface VerdictEntry {
  verdict: string;
  rationale: string;
  reviewer: string;
  at: string;
  current: boolean;
}

/** One audit event about the claim or its reviews and evidence. */
export interface AuditEntryView {
  at: string;
  actor: string;
  action: string;
  entityType: string;
  changedFields: string[];
}

/** Where the claim's statement was first reported, how widely it was repeated, and who disputes it. */
export interface TrailSummaryView {
  first: { claimId: string; documentId: string; publisher: string | null; publishedAt: string | null };
  /** Distinct outlets that repeated the statement after its first appearance. */
  repeatedBy: number;
  /** Of those, the outlets with an appearance outside a syndicated copy. */
  independent: number;
  disputedBy: Array<{ label: string; href: string; suggested: boolean }>;
}

export interface ClaimView {
  trail?: TrailSummaryView | null;
  claim: ClaimResponse;
  document: Pick<DocumentResponse, 'id' | 'title' | 'publisher' | 'publishedAt' | 'url'>;
  context: ClaimContext;
  colourClass: string;
  evidence: EvidenceResponse[];
  verdictHistory: VerdictEntry[];
  auditHistory: AuditEntryView[];
}
