import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsString, MaxLength, MinLength } from 'class-validator';
import { HasText } from '../../common/input-rules';
import { SPEAKER_KINDS, SpeakerKind } from '../../speakers/speaker-kind';

/** A speaker named inline: matched to a stored one by name (and alias), created when new. */
export class SpeakerInputDto {
  @ApiProperty({ example: 'Nadia Okafor' })
  @IsString()
  @MinLength(1)
  @MaxLength(300)
  @HasText()
  name: string;

  @ApiProperty({ enum: SPEAKER_KINDS })
  @IsIn(SPEAKER_KINDS)
  kind: SpeakerKind;
}
