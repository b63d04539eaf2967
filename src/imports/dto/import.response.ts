import { ApiProperty } from '@nestjs/swagger';
import { PageResponse } from '../../common/pagination';
import { Import, IMPORT_STATUSES, ImportStatus } from '../import.entity';

export class ImportLineErrorResponse {
  @ApiProperty({ description: 'Line number in the uploaded file (1-based)' })
  line: number;

  @ApiProperty()
  message: string;
}

export class AcceptedImportResponse {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ enum: IMPORT_STATUSES })
  status: ImportStatus;
}

export class ImportResponse extends AcceptedImportResponse {
  @ApiProperty({ nullable: true, type: String, description: 'The file name the CLI imported, if any' })
  source: string | null;

  @ApiProperty({ description: 'Documents (non-blank lines) uploaded' })
  total: number;

  @ApiProperty({ description: 'Lines handled so far: created + duplicates + failed' })
  processed: number;

  @ApiProperty()
  created: number;

  @ApiProperty({ description: 'Lines whose text was already stored' })
  duplicates: number;

  @ApiProperty({ description: 'Lines refused or not stored' })
  failed: number;

  @ApiProperty({ type: [ImportLineErrorResponse], description: 'The first 100 failed lines, by line number' })
  errors: ImportLineErrorResponse[];

  @ApiProperty({ type: String, format: 'date-time' })
  createdAt: string;

  @ApiProperty({ nullable: true, type: String, format: 'date-time' })
  startedAt: string | null;

  @ApiProperty({ nullable: true, type: String, format: 'date-time' })
  finishedAt: string | null;
}

export class ImportPageResponse extends PageResponse(ImportResponse) {}

export function toImportResponse(i: Import): ImportResponse {
  return {
    id: i.id,
    status: i.status,
    source: i.source,
    total: i.total,
    processed: i.processed,
    created: i.created,
    duplicates: i.duplicates,
    failed: i.failed,
    errors: i.errors,
    createdAt: i.createdAt.toISOString(),
    startedAt: i.startedAt?.toISOString() ?? null,
    finishedAt: i.finishedAt?.toISOString() ?? null,
  };
}
