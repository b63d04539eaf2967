import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { PageQueryDto } from '../../common/pagination';
import { CLAIM_KINDS, ClaimKind, QUOTE_TYPES, QuoteType, REVIEW_STATUSES, ReviewStatus, VERDICTS, Verdict } from '../claim-enums';

/** Filters a claim list; every filter has an index behind it. */
export class ClaimFilterDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Claims in this document, in text order' })
  @IsOptional()
  @IsUUID()
  documentId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
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

  @ApiPropertyOptional({ description: 'Full-text search in claim text (web search syntax: words, "phrases", -not)' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(500)
  q?: string;
}

/** The same filters where the route already names the document or speaker. */
export class ScopedClaimFilterDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: CLAIM_KINDS })
  @IsOptional()
  @IsIn(CLAIM_KINDS)
  kind?: ClaimKind;
}
