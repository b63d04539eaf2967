import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indexing a bulk-import batch for the claim trail writes about 11,000 trail_claims rows, 27,000 trail_terms rows
 * and 24,000 document_shingles rows per 200 articles. Each foreign-key check is a locking lookup of the row it
 * points to, one per inserted row: EXPLAIN ANALYZE of one batch spent 560 ms in trail_terms' check, 230 ms in
 * document_shingles' and 90 ms in trail_claims' document check, of about 5 s for the whole indexing step.
 * The postings (trail_terms, document_shingles) are derived rows written only by the trail beside the claim or
 * fingerprint they index, and claims and documents are never deleted (ids are forever), so their checks and
 * cascades guard nothing; trail_claims keeps its claim's foreign key, which fixes its document too. No query
 * looks trail claims up by document, so that index goes with the check.
 */
export class TrailWriteCost1765910000000 implements MigrationInterface {
  name = 'TrailWriteCost1765910000000';

  public async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE trail_terms DROP CONSTRAINT trail_terms_claim_id_fkey`);
    await db.query(`ALTER TABLE document_shingles DROP CONSTRAINT document_shingles_document_id_fkey`);
    await db.query(`ALTER TABLE trail_claims DROP CONSTRAINT trail_claims_document_id_fkey`);
    await db.query(`DROP INDEX trail_claims_document_idx`);
  }

  public async down(db: QueryRunner): Promise<void> {
    await db.query(`CREATE INDEX trail_claims_document_idx ON trail_claims (document_id)`);
    await db.query(
      `ALTER TABLE trail_claims ADD CONSTRAINT trail_claims_document_id_fkey
         FOREIGN KEY (document_id) REFERENCES documents (id) ON DELETE CASCADE`,
    );
    await db.query(
      `ALTER TABLE document_shingles ADD CONSTRAINT document_shingles_document_id_fkey
         FOREIGN KEY (document_id) REFERENCES documents (id) ON DELETE CASCADE`,
    );
    await db.query(
      `ALTER TABLE trail_terms ADD CONSTRAINT trail_terms_claim_id_fkey
         FOREIGN KEY (claim_id) REFERENCES claims (id) ON DELETE CASCADE`,
    );
  }
}
