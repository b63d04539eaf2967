import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * trail_claims' foreign key to claims was the last check on the trail's writes: a locking lookup of the claim
 * for each of the 11,000 rows a 200-article import batch indexes (224 ms of the 520 ms the insert took by
 * EXPLAIN ANALYZE on a 1,200-document bench database), and each lock marked the claim's row, dirtying its page
 * again: at 30,000 documents the statement read 22% fewer buffers without it and wrote 46% fewer full-page
 * images to the WAL. The trail writes a row only for a claim it has just read in the same
 * transaction, and claims are never deleted (ids are forever: re-extraction supersedes them), so the check
 * and its cascade guard nothing, as TrailWriteCost1765910000000 found for the postings.
 */
export class TrailClaimsClaimCheck1765940000000 implements MigrationInterface {
  name = 'TrailClaimsClaimCheck1765940000000';

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
