import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsString, MaxLength, MinLength } from 'class-validator';
import { VERDICTS, Verdict } from '../../claims/claim-enums';

export class CreateReviewDto {
  @ApiProperty({ enum: VERDICTS })
  @IsIn(VERDICTS)
  verdict: Verdict;

  @ApiProperty({
    description: 'Why this verdict: what the sources show',
    example: 'The budget papers show a 12% cut, not 30%.',
  })
  @IsString()
  @MinLength(1)
  @MaxLength(20000)
  rationale: string;
}
