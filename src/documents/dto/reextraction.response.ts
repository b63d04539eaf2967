import { ApiProperty } from '@nestjs/swagger';

export class ReextractionResponse {
  @ApiProperty({ format: 'uuid' })
  documentId: string;

  @ApiProperty({ description: 'The engine version that ran' })
  engineVersion: string;

  @ApiProperty({
    description:
      'Automatic claims nobody had touched that the new run did not find again: superseded, not deleted',
  })
  replaced: number;

  @ApiProperty({
    description: 'Claims still current: manual, edited, reviewed or with evidence, and those found again',
  })
  kept: number;

  @ApiProperty({
    description: 'Of the kept, automatic claims found again (same span, kind, speaker): same ids',
  })
  refound: number;

  @ApiProperty({ description: 'New claims stored' })
  added: number;

  @ApiProperty({ type: [String], description: 'Ids of the new claims' })
  addedIds: string[];

  @ApiProperty({
    type: [String],
    description: 'Ids of the superseded claims, still readable with their supersededBy',
  })
  supersededIds: string[];
}
