import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { PageQueryDto } from '../../common/pagination';
import { IMPORT_STATUSES, ImportStatus } from '../import.entity';

export class ImportQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: IMPORT_STATUSES })
  @IsOptional()
  @IsIn(IMPORT_STATUSES)
  status?: ImportStatus;
}
