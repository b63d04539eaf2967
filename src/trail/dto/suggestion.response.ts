import { ApiProperty } from '@nestjs/swagger';
import { SUGGESTION_STANCES, SuggestionStance } from '../stance';

export class SuggestionResponse {
  @ApiProperty({ format: 'uuid', description: 'Stable: derived from the two claims' })
  id: string;

  @ApiProperty({ enum: SUGGESTION_STANCES })
  stance: SuggestionStance;

  @ApiProperty({ format: 'uuid', description: 'The other speaker’s claim' })
  claimId: string;

  @ApiProperty({ format: 'uuid' })
  documentId: string;

  @ApiProperty({ minimum: 0, maximum: 1 })
  score: number;

  @ApiProperty({ type: [String] })
  reasons: string[];
}

export class SuggestionListResponse {
  @ApiProperty({ type: [SuggestionResponse], description: 'Highest score first' })
  items: SuggestionResponse[];
}
