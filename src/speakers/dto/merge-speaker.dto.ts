import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';
import { CanonicalUuid } from '../../common/uuid-param';

export class MergeSpeakerDto {
  @ApiProperty({
    format: 'uuid',
    description: 'The speaker that stays; the one in the path is merged into it',
  })
  @IsUUID()
  @CanonicalUuid()
  into: string;
}
