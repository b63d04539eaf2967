import { ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
} from 'class-validator';
import { NotWith, OnlyWith } from '../../common/field-rules';
import { IsTimestamp, MAX_INT4 } from '../../common/input-rules';
import { CanonicalUuid } from '../../common/uuid-param';
import { EVIDENCE_STANCES, EvidenceStance } from '../evidence-stance';

const given = (value: unknown) => value !== undefined && value !== null;

/**
 * A correction to an evidence link; fields left out stay as they are, null clears an optional one.
 * A new documentId replaces a URL source (and the passage), a new url replaces a document source.
 */
export class UpdateEvidenceDto {
  @ApiPropertyOptional({ enum: EVIDENCE_STANCES })
  @IsOptional()
  @IsIn(EVIDENCE_STANCES)
  stance?: EvidenceStance;

  @ApiPropertyOptional({ format: 'uuid', description: 'A stored document as the source (instead of a URL)' })
  @IsOptional()
  @IsUUID()
  @CanonicalUuid()
  @NotWith('url')
  documentId?: string;

  @ApiPropertyOptional({ description: 'An external source (instead of a stored document)' })
  @IsOptional()
  @IsUrl({ require_protocol: true, require_tld: false }, { message: 'url must be an absolute URL' })
  @MaxLength(2048)
  url?: string;

  @ApiPropertyOptional({
    nullable: true,
    type: Number,
    description: 'Start of the passage in the source document; null (with end) removes the passage',
  })
  @ValidateIf((o: UpdateEvidenceDto) => given(o.start))
  @IsInt()
  @Min(0)
  @Max(MAX_INT4)
  start?: number | null;

  @ApiPropertyOptional({ nullable: true, type: Number, description: 'End (exclusive) of the passage' })
  @ValidateIf((o: UpdateEvidenceDto) => given(o.end))
  @IsInt()
  @Min(1)
  @Max(MAX_INT4)
  end?: number | null;

  @ApiPropertyOptional({ description: 'The passage text, checked against the document at start-end' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @OnlyWith('start')
  exact?: string;

  @ApiPropertyOptional({ nullable: true, type: String })
  @ValidateIf((o: UpdateEvidenceDto) => given(o.title))
  @IsString()
  @MaxLength(1000)
  title?: string | null;

  @ApiPropertyOptional({ nullable: true, type: String })
  @ValidateIf((o: UpdateEvidenceDto) => given(o.publisher))
  @IsString()
  @MaxLength(300)
  publisher?: string | null;

  @ApiPropertyOptional({ nullable: true, type: String, format: 'date-time' })
  @ValidateIf((o: UpdateEvidenceDto) => given(o.publishedAt))
  @IsTimestamp()
  publishedAt?: string | null;

  @ApiPropertyOptional({ nullable: true, type: String })
  @ValidateIf((o: UpdateEvidenceDto) => given(o.note))
  @IsString()
  @MaxLength(10000)
  note?: string | null;

  @ApiPropertyOptional({ description: 'The version this correction is based on (or If-Match: "<version>")' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_INT4)
  version?: number;
}
