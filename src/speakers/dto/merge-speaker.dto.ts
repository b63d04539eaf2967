import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';

export class MergeSpeakerDto {
  @ApiProperty({
    format: 'uuid',
    description: 'The speaker that stays; the one in the path is merged into it',
  })
  @IsUUID()
  into: string;
}
