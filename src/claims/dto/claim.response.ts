import { CLAIM_SHAPE, ClaimValue, shapedObject } from './claim-shape';
import { PageResponse } from '../../common/pagination';
import { ApiProperty } from '@nestjs/swagger';
import { SpeakerRef, SpeakerRefResponse } from '../../speakers/dto/speaker.response';
import {
  CLAIM_KINDS,
  CLAIM_STATES,
  ClaimState,
  CLAIM_ORIGINS,
  ClaimKind,
  ClaimOrigin,
  QUOTE_TYPES,
  QuoteType,
  REVIEW_STATUSES,
  ReviewStatus,
  VERDICTS,
  Verdict,
} from '../claim-enums';
import { Claim } from '../claim.entity';

export class TextQuoteSelectorResponse {
  @ApiProperty({ description: 'The claim text itself' })
  exact: string;

  @ApiProperty({ description: 'Up to 32 characters before the claim' })
  prefix: string;

  @ApiProperty({ description: 'Up to 32 characters after the claim' })
  suffix: string;
}

export class ProvenanceSummaryResponse {
  @ApiProperty()
  corroborating: number;

  @ApiProperty()
  disputing: number;

  @ApiProperty()
  context: number;
}

export class ClaimResponse {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'uuid' })
  documentId: string;

  @ApiProperty({ enum: CLAIM_KINDS })
  kind: ClaimKind;

  @ApiProperty({ description: 'Equals document.text.slice(start, end)' })
  text: string;

  @ApiProperty({ description: 'Start offset (JavaScript string index) in the document text' })
  start: number;

  @ApiProperty({ description: 'End offset (exclusive)' })
  end: number;

  @ApiProperty({ type: TextQuoteSelectorResponse })
  selector: TextQuoteSelectorResponse;

  @ApiProperty({ type: SpeakerRefResponse, nullable: true })
  speaker: SpeakerRefResponse | null;

  @ApiProperty({
    nullable: true,
    type: String,
    description: 'The speaker as written here ("she", "the ministry")',
  })
  speakerMention: string | null;

  @ApiProperty({ nullable: true, type: String, description: 'The speaker’s role as this document states it' })
  speakerRole: string | null;

  @ApiProperty({ nullable: true, type: String, example: 'said' })
  cue: string | null;

  @ApiProperty({ enum: QUOTE_TYPES })
  quote: QuoteType;

  @ApiProperty({ enum: CLAIM_ORIGINS })
  origin: ClaimOrigin;

  @ApiProperty({ nullable: true, type: String })
  extractorVersion: string | null;

  @ApiProperty({ nullable: true, type: Number })
  confidence: number | null;

  @ApiProperty({ enum: REVIEW_STATUSES })
  reviewStatus: ReviewStatus;

  @ApiProperty({ enum: VERDICTS, nullable: true })
  verdict: Verdict | null;

  @ApiProperty({ type: ProvenanceSummaryResponse })
  provenance: ProvenanceSummaryResponse;

  @ApiProperty({
    nullable: true,
    type: String,
    format: 'date-time',
    description: 'Set when retracted (hidden from default lists)',
  })
  retractedAt: string | null;

  @ApiProperty({ nullable: true, type: String })
  retractionReason: string | null;

  @ApiProperty({
    enum: CLAIM_STATES,
    description: 'current; superseded (a re-extraction replaced it); retracted (a fact-checker withdrew it)',
  })
  state: ClaimState;

  @ApiProperty({
    nullable: true,
    type: String,
    format: 'uuid',
    description: 'The claim of the re-extraction that took this one’s place, when one overlaps it',
  })
  supersededBy: string | null;

  @ApiProperty({ nullable: true, type: String, format: 'date-time' })
  supersededAt: string | null;

  @ApiProperty({ description: 'Optimistic-lock version; send it back when editing' })
  version: number;

  @ApiProperty({ type: String, format: 'date-time' })
  createdAt: string;

  @ApiProperty({ type: String, format: 'date-time' })
  updatedAt: string;
}

export class ClaimPageResponse extends PageResponse(ClaimResponse) {}

export const NO_EVIDENCE: ProvenanceSummaryResponse = { corroborating: 0, disputing: 0, context: 0 };

/**
 * What the one claim mapper reads: a Claim entity with its speaker. The JSON report writes the same shape
 * (CLAIM_SHAPE) from its COPY's bytes, so a claim has one public shape and one set of names wherever it is published.
 */
export type ClaimFields = Omit<Claim, 'document' | 'speaker' | 'speakerId'> & {
  speaker?: SpeakerRef | null;
};

/** The one mapper from a claim to its public shape (REST API and JSON report), made from CLAIM_SHAPE. */
export function toClaimResponse(
  claim: ClaimFields,
  provenance: ProvenanceSummaryResponse = NO_EVIDENCE,
): ClaimResponse {
  const values: Record<ClaimValue, unknown> = {
    ...claim,
    speakerId: claim.speaker?.id ?? null,
    speakerName: claim.speaker?.name ?? null,
    speakerKind: claim.speaker?.kind ?? null,
  };
  return shapedObject(CLAIM_SHAPE, values, provenance) as unknown as ClaimResponse;
}
