import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { RetractedQueryDto } from '../../claims/dto/claim-query.dto';
import { DOCUMENT_KINDS, DocumentKind } from '../document-kind';
import { IsTimestamp } from '../../common/input-rules';

export class DocumentQueryDto extends RetractedQueryDto {
  @ApiPropertyOptional({ description: 'Words in the title (case-insensitive substring)' })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  q?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(300)
  publisher?: string;

  @ApiPropertyOptional({ enum: DOCUMENT_KINDS })
  @IsOptional()
  @IsIn(DOCUMENT_KINDS)
  kind?: DocumentKind;

  @ApiPropertyOptional({ format: 'date-time', description: 'Published at or after' })
  @IsOptional()
  @IsTimestamp()
  from?: string;

  @ApiPropertyOptional({ format: 'date-time', description: 'Published before' })
  @IsOptional()
  @IsTimestamp()
  to?: string;
}
