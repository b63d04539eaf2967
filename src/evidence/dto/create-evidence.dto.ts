import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsIn,
  IsInt,
  Max,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
} from 'class-validator';
import { EitherOf, NotWith, OnlyWith } from '../../common/field-rules';
import { EVIDENCE_STANCES, EvidenceStance } from '../evidence-stance';
import { CanonicalUuid } from '../../common/uuid-param';
import { IsTimestamp, MAX_INT4 } from '../../common/input-rules';

export class CreateEvidenceDto {
  @ApiProperty({ enum: EVIDENCE_STANCES })
  @IsIn(EVIDENCE_STANCES)
  stance: EvidenceStance;

  @ApiPropertyOptional({ format: 'uuid', description: 'A stored document as the source (or give url)' })
  @ValidateIf((o: CreateEvidenceDto) => o.documentId !== undefined || o.url == null)
  @EitherOf('url')
  @IsUUID()
  @CanonicalUuid()
  @NotWith('url')
  documentId?: string;

  @ApiPropertyOptional({ description: 'Start of the supporting passage in the source document' })
  @ValidateIf((o: CreateEvidenceDto) => o.start !== undefined || o.end !== undefined)
  @IsInt()
  @Min(0)
  @Max(MAX_INT4)
  @OnlyWith('documentId')
  start?: number;

  @ApiPropertyOptional({ description: 'End (exclusive) of the supporting passage' })
  @ValidateIf((o: CreateEvidenceDto) => o.start !== undefined || o.end !== undefined)
  @IsInt()
  @Min(1)
  @Max(MAX_INT4)
  @OnlyWith('documentId')
  end?: number;

  @ApiPropertyOptional({ description: 'The passage text, checked against the document at start-end' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @OnlyWith('start')
  exact?: string;

  @ApiPropertyOptional({ description: 'An external source (or give documentId)' })
  @IsOptional()
  @IsUrl({ require_protocol: true, require_tld: false }, { message: 'url must be an absolute URL' })
  @MaxLength(2048)
  url?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  title?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(300)
  publisher?: string;

  @ApiPropertyOptional({ format: 'date-time' })
  @IsOptional()
  @IsTimestamp()
  publishedAt?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(10000)
  note?: string;
}
