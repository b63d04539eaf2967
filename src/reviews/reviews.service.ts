import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { Actor } from '../auth/roles';
import { ClaimEditsService } from '../claims/claim-edits.service';
import { ClaimsService } from '../claims/claims.service';
import { CreateReviewDto } from './dto/create-review.dto';
import { ReviewResponse, toReviewResponse } from './dto/review.response';
import { Review } from './review.entity';
import { insertReview, reviewsOfClaim, supersedeCurrentReview } from './reviews.queries';

@Injectable()
export class ReviewsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly claims: ClaimsService,
    private readonly claimEdits: ClaimEditsService,
    private readonly audit: AuditService,
  ) {}

  /** Gives a verdict: it becomes the claim's current one and supersedes (never erases) the previous. */
  async add(claimId: string, input: CreateReviewDto, actor: Actor): Promise<ReviewResponse> {
    // The route needs a factchecker key (AuthGuard), so the actor is a factchecker or an admin.
    const reviewer = { name: actor.name, role: actor.role as 'admin' | 'factchecker', keyId: actor.keyId };
    return this.db.transaction(async (em) => {
      // Locks the claim first, so concurrent reviews of one claim take turns.
      const claimEvent = await this.claimEdits.applyVerdict(em, claimId, input.verdict, actor);
      const id = randomUUID();
      const superseded = await supersedeCurrentReview(em, claimId, id);
      const review = await insertReview(em, {
        id,
        claimId,
        verdict: input.verdict,
        rationale: input.rationale,
        reviewerName: reviewer.name,
        reviewerRole: reviewer.role,
        reviewerKeyId: reviewer.keyId,
        supersededById: null,
      });
      await this.audit.recordMany(em, [
        {
          actor,
          action: 'create',
          entityType: 'review',
          entityId: id,
          parent: { type: 'claim', id: claimId },
          changes: {
            before: null,
            after: { verdict: input.verdict, rationale: input.rationale },
            supersedes: superseded,
          },
        },
        claimEvent,
      ]);
      return toReviewResponse(review);
    });
  }

  /** Every verdict given on the claim, oldest first; the last is current. */
  async history(claimId: string): Promise<ReviewResponse[]> {
    await this.claims.get(claimId);
    const reviews = await reviewsOfClaim(this.db.manager, claimId);
    // The supersession links give the exact order even when two reviews share a millisecond.
    const predecessorOf = new Map(reviews.filter((r) => r.supersededById).map((r) => [r.supersededById!, r]));
    const chain: Review[] = [];
    for (let r = reviews.find((x) => x.supersededById === null); r; r = predecessorOf.get(r.id))
      chain.unshift(r);
    return (chain.length === reviews.length ? chain : reviews).map(toReviewResponse);
  }
}
