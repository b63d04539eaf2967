import { ApiProperty } from '@nestjs/swagger';

export class ReextractionResponse {
  @ApiProperty({ format: 'uuid' })
  documentId: string;

  @ApiProperty({ description: 'The engine version that ran' })
  engineVersion: string;

  @ApiProperty({ description: 'Automatic claims nobody had touched, replaced' })
  replaced: number;

  @ApiProperty({ description: 'Claims kept: manual, edited, reviewed or with evidence' })
  kept: number;

  @ApiProperty({ description: 'New claims stored' })
  added: number;
}
