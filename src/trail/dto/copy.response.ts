import { ApiProperty } from '@nestjs/swagger';
import { CopyRow } from '../syndication.queries';

export class CopyResponse {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  title: string;

  @ApiProperty({ nullable: true, type: String })
  publisher: string | null;

  @ApiProperty({ nullable: true, type: String, format: 'date-time' })
  publishedAt: string | null;
}

export class CopyListResponse {
  @ApiProperty({ type: [CopyResponse], description: 'Documents that reproduce this one, earliest first' })
  items: CopyResponse[];
}

export function toCopyResponse(row: CopyRow): CopyResponse {
  return {
    id: row.id,
    title: row.title,
    publisher: row.publisher,
    publishedAt: row.publishedAt ? new Date(row.publishedAt).toISOString() : null,
  };
}
