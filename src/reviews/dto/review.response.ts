import { isoTime } from '../../common/timestamps';
import { ApiProperty } from '@nestjs/swagger';
import { VERDICTS, Verdict } from '../../claims/claim-enums';
import { Review } from '../review.entity';

export class ReviewerResponse {
  @ApiProperty({ description: 'The API key’s name' })
  name: string;

  @ApiProperty({ enum: ['admin', 'factchecker'] })
  role: string;
}

export class ReviewResponse {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'uuid' })
  claimId: string;

  @ApiProperty({ enum: VERDICTS })
  verdict: Verdict;

  @ApiProperty()
  rationale: string;

  @ApiProperty({ type: ReviewerResponse })
  reviewer: ReviewerResponse;

  @ApiProperty({ description: 'Whether this is the claim’s current verdict' })
  current: boolean;

  @ApiProperty({
    nullable: true,
    type: String,
    format: 'uuid',
    description: 'The review that replaced this one',
  })
  supersededById: string | null;

  @ApiProperty({ type: String, format: 'date-time' })
  createdAt: string;
}

export class ReviewHistoryResponse {
  @ApiProperty({ type: [ReviewResponse], description: 'Oldest first; the last one is current' })
  items: ReviewResponse[];
}

/** The one mapper from a review to its public shape (REST API and JSON report). */
export function toReviewResponse(
  review: Pick<
    Review,
    | 'id'
    | 'claimId'
    | 'verdict'
    | 'rationale'
    | 'reviewerName'
    | 'reviewerRole'
    | 'supersededById'
    | 'createdAt'
  >,
): ReviewResponse {
  return {
    id: review.id,
    claimId: review.claimId,
    verdict: review.verdict,
    rationale: review.rationale,
    reviewer: { name: review.reviewerName, role: review.reviewerRole },
    current: review.supersededById === null,
    supersededById: review.supersededById,
    createdAt: isoTime(review.createdAt),
  };
}
