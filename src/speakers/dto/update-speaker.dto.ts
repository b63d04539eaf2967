import { ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  Max,
  IsOptional,
  IsString,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
} from 'class-validator';
import { SPEAKER_KINDS, SpeakerKind } from '../speaker-kind';
import { HasText, MAX_INT4 } from '../../common/input-rules';

/** Changes to a speaker; fields left out stay as they are, null clears an optional one. */
export class UpdateSpeakerDto {
  @ApiPropertyOptional({ example: 'Nadia Okafor' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(300)
  @HasText()
  name?: string;

  @ApiPropertyOptional({ enum: SPEAKER_KINDS })
  @IsOptional()
  @IsIn(SPEAKER_KINDS)
  kind?: SpeakerKind;

  @ApiPropertyOptional({ nullable: true, type: String, example: 'Transport director' })
  @ValidateIf((o: UpdateSpeakerDto) => o.role !== undefined && o.role !== null)
  @IsString()
  @MaxLength(300)
  role?: string | null;

  @ApiPropertyOptional({ nullable: true, type: String })
  @ValidateIf((o: UpdateSpeakerDto) => o.description !== undefined && o.description !== null)
  @IsString()
  @MaxLength(5000)
  description?: string | null;

  @ApiPropertyOptional({
    type: [String],
    description: 'The full list of other names (replaces the stored list)',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @IsString({ each: true })
  @MinLength(1, { each: true })
  @MaxLength(300, { each: true })
  aliases?: string[];

  @ApiPropertyOptional({ nullable: true, type: String, description: 'e.g. a Wikidata QID', example: 'Q42' })
  @ValidateIf((o: UpdateSpeakerDto) => o.externalId !== undefined && o.externalId !== null)
  @IsString()
  @MaxLength(200)
  externalId?: string | null;

  @ApiPropertyOptional({
    description: 'The version this edit is based on (or If-Match); optional for speakers',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_INT4)
  version?: number;
}
