import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { PageQueryDto } from '../../common/pagination';
import {
  CLAIM_KINDS,
  ClaimKind,
  QUOTE_TYPES,
  QuoteType,
  REVIEW_STATUSES,
  ReviewStatus,
  VERDICTS,
  Verdict,
} from '../claim-enums';
import { CanonicalUuid } from '../../common/uuid-param';
import { toBoolean } from '../../common/query-params';

/** Retracted items (and the claims of retracted documents) are left out of lists unless asked for. */
export class RetractedQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ type: Boolean, default: false, description: 'Also list retracted items' })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  includeRetracted?: boolean;
}

/** Claims a re-extraction replaced are left out too, unless asked for. */
export class ClaimVisibilityQueryDto extends RetractedQueryDto {
  @ApiPropertyOptional({
    type: Boolean,
    default: false,
    description: 'Also list claims a re-extraction superseded',
  })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  includeSuperseded?: boolean;
}

/** Filters a claim list; every filter has an index behind it. */
export class ClaimFilterDto extends ClaimVisibilityQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Claims in this document, in text order' })
  @IsOptional()
  @IsUUID()
  @CanonicalUuid()
  documentId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  @CanonicalUuid()
  speakerId?: string;

  @ApiPropertyOptional({ enum: CLAIM_KINDS })
  @IsOptional()
  @IsIn(CLAIM_KINDS)
  kind?: ClaimKind;

  @ApiPropertyOptional({ enum: QUOTE_TYPES })
  @IsOptional()
  @IsIn(QUOTE_TYPES)
  quote?: QuoteType;

  @ApiPropertyOptional({ enum: REVIEW_STATUSES })
  @IsOptional()
  @IsIn(REVIEW_STATUSES)
  status?: ReviewStatus;

  @ApiPropertyOptional({ enum: VERDICTS })
  @IsOptional()
  @IsIn(VERDICTS)
  verdict?: Verdict;

  @ApiPropertyOptional({
    description: 'Full-text search in claim text (web search syntax: words, "phrases", -not)',
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(500)
  q?: string;
}

/** The same filters where the route already names the document or speaker. */
export class ScopedClaimFilterDto extends ClaimVisibilityQueryDto {
  @ApiPropertyOptional({ enum: CLAIM_KINDS })
  @IsOptional()
  @IsIn(CLAIM_KINDS)
  kind?: ClaimKind;
}
