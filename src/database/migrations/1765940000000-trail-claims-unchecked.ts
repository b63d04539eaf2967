import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * trail_claims without its foreign key to claims, as the trail's postings already are (TrailWriteCost
 * 1765910000000): the check is a `FOR KEY SHARE` lookup of the claim for every inserted row, which locks the
 * claim's tuple, so each of a batch's 11,000 trail claims also wrote a lock record to the WAL and dirtied a page
 * of `claims` (a full-page image after every checkpoint). Trail claims are written only by the trail, beside the
 * claim they index, and claims are never deleted (ids are forever), so the check and its cascade guard nothing.
 */
export class TrailClaimsUnchecked1765940000000 implements MigrationInterface {
  name = 'TrailClaimsUnchecked1765940000000';

  public async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE trail_claims DROP CONSTRAINT trail_claims_claim_id_fkey`);
  }

  public async down(db: QueryRunner): Promise<void> {
    await db.query(
      `ALTER TABLE trail_claims ADD CONSTRAINT trail_claims_claim_id_fkey
         FOREIGN KEY (claim_id) REFERENCES claims (id) ON DELETE CASCADE`,
    );
  }
}
