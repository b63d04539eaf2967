import { ApiProperty } from '@nestjs/swagger';
import { TrailRow } from '../appearances.queries';

export const TRAIL_RELATIONS = ['origin', 'repeat', 'copy'] as const;
export type TrailRelation = (typeof TRAIL_RELATIONS)[number];

export class TrailItemResponse {
  @ApiProperty({ format: 'uuid' })
  claimId: string;

  @ApiProperty({ format: 'uuid' })
  documentId: string;

  @ApiProperty({ nullable: true, type: String })
  publisher: string | null;

  @ApiProperty({ nullable: true, type: String, format: 'date-time' })
  publishedAt: string | null;

  @ApiProperty({
    enum: TRAIL_RELATIONS,
    description: 'origin: the first appearance; copy: inside a syndicated copy; repeat: any other',
  })
  relation: TrailRelation;

  @ApiProperty({ description: 'Not inside a syndicated copy' })
  independent: boolean;
}

export class TrailFirstResponse {
  @ApiProperty({ format: 'uuid' })
  claimId: string;

  @ApiProperty({ format: 'uuid' })
  documentId: string;
}

export class TrailResponse {
  @ApiProperty({ type: [TrailItemResponse], description: 'By publishedAt, then ingest order' })
  items: TrailItemResponse[];

  @ApiProperty({ type: TrailFirstResponse })
  first: TrailFirstResponse;

  @ApiProperty({ description: 'Distinct publishers with an appearance outside a syndicated copy' })
  independentSources: number;
}

/** The trail of a statement from its appearances, already in trail order. */
export function toTrailResponse(rows: TrailRow[]): TrailResponse {
  const items = rows.map((row, i): TrailItemResponse => ({
    claimId: row.claimId,
    documentId: row.documentId,
    publisher: row.publisher,
    publishedAt: row.publishedAt ? new Date(row.publishedAt).toISOString() : null,
    relation: i === 0 ? 'origin' : row.copyOfId ? 'copy' : 'repeat',
    independent: row.copyOfId === null,
  }));
  // A document without a publisher counts as a source of its own.
  const sources = new Set(
    items.filter((i) => i.independent).map((i) => i.publisher ?? `document:${i.documentId}`),
  );
  return {
    items,
    first: { claimId: items[0].claimId, documentId: items[0].documentId },
    independentSources: sources.size,
  };
}
