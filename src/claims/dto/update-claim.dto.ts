import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsIn,
  IsObject,
  IsInt,
  Max,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { NotWith } from '../../common/field-rules';
import { CLAIM_KINDS, ClaimKind, QUOTE_TYPES, QuoteType } from '../claim-enums';
import { SpeakerInputDto } from './speaker-input.dto';
import { CanonicalUuid } from '../../common/uuid-param';
import { MAX_INT4 } from '../../common/input-rules';

/** Changes to a claim; fields left out stay as they are. */
export class UpdateClaimDto {
  @ApiPropertyOptional({ enum: CLAIM_KINDS })
  @IsOptional()
  @IsIn(CLAIM_KINDS)
  kind?: ClaimKind;

  @ApiPropertyOptional({
    format: 'uuid',
    nullable: true,
    description: 'Another existing speaker, or null for none',
  })
  @ValidateIf((o: UpdateClaimDto) => o.speakerId !== undefined && o.speakerId !== null)
  @IsUUID()
  @CanonicalUuid()
  @NotWith('speaker')
  speakerId?: string | null;

  @ApiPropertyOptional({ type: SpeakerInputDto, description: 'A speaker by name, created when new' })
  @IsOptional()
  // An empty array passes ValidateNested (it has no element to fail): a speaker is one object.
  @IsObject()
  @ValidateNested()
  @Type(() => SpeakerInputDto)
  speaker?: SpeakerInputDto;

  @ApiPropertyOptional({ description: 'New start offset; the span is checked against the document' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_INT4)
  start?: number;

  @ApiPropertyOptional({ description: 'New end offset (exclusive)' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_INT4)
  end?: number;

  @ApiPropertyOptional({ description: 'The text expected at the (new) span; 422 when the document differs' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  exact?: string;

  @ApiPropertyOptional({ nullable: true, type: String, example: 'claimed' })
  @ValidateIf((o: UpdateClaimDto) => o.cue !== undefined && o.cue !== null)
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  cue?: string | null;

  @ApiPropertyOptional({ enum: QUOTE_TYPES })
  @IsOptional()
  @IsIn(QUOTE_TYPES)
  quote?: QuoteType;

  @ApiPropertyOptional({
    description: 'The version this edit is based on (or send it as If-Match: "<version>")',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_INT4)
  version?: number;
}
