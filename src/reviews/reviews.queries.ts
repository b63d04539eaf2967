import { EntityManager } from 'typeorm';
import { Review } from './review.entity';

// The reviews module's SQL: each query a named function taking the caller's EntityManager.

/** Points the claim's current review at its successor `byId`; returns the review superseded, if any. */
export async function supersedeCurrentReview(
  em: EntityManager,
  claimId: string,
  byId: string,
): Promise<string | null> {
  const [rows]: [Array<{ id: string }>, number] = await em.query(
    `UPDATE reviews SET superseded_by_id = $2 WHERE claim_id = $1 AND superseded_by_id IS NULL RETURNING id`,
    [claimId, byId],
  );
  return rows[0]?.id ?? null;
}

/** Stores a review (its id chosen by the caller); returns it with its timestamp. */
export function insertReview(
  em: EntityManager,
  review: Omit<Review, 'createdAt' | 'claim'>,
): Promise<Review> {
  return em.save(em.create(Review, review));
}

/** Every review of the claim, oldest first. */
export function reviewsOfClaim(em: EntityManager, claimId: string): Promise<Review[]> {
  return em.find(Review, { where: { claimId }, order: { createdAt: 'ASC', id: 'ASC' } });
}
