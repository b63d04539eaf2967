import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
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
  ValidateNested,
} from 'class-validator';
import { NotWith } from '../../common/field-rules';
import { CLAIM_KINDS, ClaimKind, QUOTE_TYPES, QuoteType } from '../claim-enums';
import { SpeakerInputDto } from './speaker-input.dto';
import { CanonicalUuid } from '../../common/uuid-param';
import { MAX_INT4 } from '../../common/input-rules';

/** A claim a fact-checker adds by hand, anchored in a stored document. */
export class CreateClaimDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  @CanonicalUuid()
  documentId: string;

  @ApiProperty({ enum: CLAIM_KINDS })
  @IsIn(CLAIM_KINDS)
  kind: ClaimKind;

  @ApiProperty({ description: 'Start offset (JavaScript string index) in the document text' })
  @IsInt()
  @Min(0)
  @Max(MAX_INT4)
  start: number;

  @ApiProperty({ description: 'End offset (exclusive)' })
  @IsInt()
  @Min(1)
  @Max(MAX_INT4)
  end: number;

  @ApiPropertyOptional({
    description: 'The text expected at start-end; refused with 422 when the document differs',
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  exact?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'An existing speaker (or give speaker)' })
  @IsOptional()
  @IsUUID()
  @CanonicalUuid()
  @NotWith('speaker')
  speakerId?: string;

  @ApiPropertyOptional({
    type: SpeakerInputDto,
    description: 'A speaker by name, created when new (or give speakerId)',
  })
  @IsOptional()
  // An empty array passes ValidateNested (it has no element to fail): a speaker is one object.
  @IsObject()
  @ValidateNested()
  @Type(() => SpeakerInputDto)
  speaker?: SpeakerInputDto;

  @ApiPropertyOptional({ example: 'said' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  cue?: string;

  @ApiPropertyOptional({
    enum: QUOTE_TYPES,
    description: 'Defaults to indirect for attributed claims, none for editorial',
  })
  @IsOptional()
  @IsIn(QUOTE_TYPES)
  quote?: QuoteType;
}
