import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { PageQueryDto } from '../../common/pagination';
import { SPEAKER_KINDS, SpeakerKind } from '../speaker-kind';

export class SpeakerQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'Part of the name or of an alias, any case' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  q?: string;

  @ApiPropertyOptional({ enum: SPEAKER_KINDS })
  @IsOptional()
  @IsIn(SPEAKER_KINDS)
  kind?: SpeakerKind;
}
