import { isoTime } from '../../common/timestamps';
import { PageResponse } from '../../common/pagination';
import { ApiProperty } from '@nestjs/swagger';
import { EVIDENCE_STANCES, EvidenceStance } from '../evidence-stance';
import { EvidenceLink } from '../evidence-link.entity';

export class EvidenceSourceResponse {
  @ApiProperty({ nullable: true, type: String, format: 'uuid' })
  documentId: string | null;

  @ApiProperty({ nullable: true, type: Number })
  start: number | null;

  @ApiProperty({ nullable: true, type: Number })
  end: number | null;

  @ApiProperty({ nullable: true, type: String, description: 'The passage at start-end' })
  exact: string | null;

  @ApiProperty({ nullable: true, type: String })
  url: string | null;

  @ApiProperty({ nullable: true, type: String })
  title: string | null;

  @ApiProperty({ nullable: true, type: String })
  publisher: string | null;

  @ApiProperty({ nullable: true, type: String, format: 'date-time' })
  publishedAt: string | null;
}

export class EvidenceResponse {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'uuid' })
  claimId: string;

  @ApiProperty({ enum: EVIDENCE_STANCES })
  stance: EvidenceStance;

  @ApiProperty({ type: EvidenceSourceResponse })
  source: EvidenceSourceResponse;

  @ApiProperty({ nullable: true, type: String })
  note: string | null;

  @ApiProperty()
  addedBy: string;

  @ApiProperty({ description: 'Bumped by every correction; also sent as the ETag' })
  version: number;

  @ApiProperty({ nullable: true, type: String, format: 'date-time' })
  retractedAt: string | null;

  @ApiProperty({ nullable: true, type: String })
  retractionReason: string | null;

  @ApiProperty({ type: String, format: 'date-time' })
  createdAt: string;
}

export class EvidencePageResponse extends PageResponse(EvidenceResponse) {}

export function toEvidenceResponse(link: EvidenceLink): EvidenceResponse {
  return {
    id: link.id,
    claimId: link.claimId,
    stance: link.stance,
    source: {
      documentId: link.sourceDocumentId,
      start: link.sourceStart,
      end: link.sourceEnd,
      exact: link.sourceExact,
      url: link.url,
      title: link.title ?? link.sourceDocument?.title ?? null,
      publisher: link.publisher ?? link.sourceDocument?.publisher ?? null,
      publishedAt: isoTime(link.publishedAt ?? link.sourceDocument?.publishedAt),
    },
    note: link.note,
    addedBy: link.addedBy,
    version: link.version,
    retractedAt: isoTime(link.retractedAt),
    retractionReason: link.retractionReason,
    createdAt: isoTime(link.createdAt),
  };
}
