import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Generated from the entities (npm run migration:generate). Claim lists filtered by kind, quote type, review status
 * or verdict are read newest first, a page at a time: an index on the filter alone left the planner either a sort of
 * every matching claim (5,000 claims: verdict sorted all 250 of its claims) or a walk down the newest-first index
 * in hope of matches, which reads the whole table when the value is rare among recent claims. The filter followed
 * by (created_at, id) gives the page in order, read backward, whatever the value's share, and serves
 * every lookup of the single-column index it replaces. Building them locks writes to claims for the build (seconds per
 * million claims).
 */
export class ListFilterIndexes1765800000000 implements MigrationInterface {
  name = 'ListFilterIndexes1765800000000';

  public async up(db: QueryRunner): Promise<void> {
    await db.query('DROP INDEX "public"."claims_kind_idx"');
    await db.query('DROP INDEX "public"."claims_quote_type_idx"');
    await db.query('DROP INDEX "public"."claims_review_status_idx"');
    await db.query('DROP INDEX "public"."claims_verdict_idx"');
    await db.query(
      'CREATE INDEX "claims_verdict_newest_idx" ON "claims" ("verdict", "created_at", "id") WHERE verdict IS NOT NULL',
    );
    await db.query(
      'CREATE INDEX "claims_status_newest_idx" ON "claims" ("review_status", "created_at", "id") ',
    );
    await db.query('CREATE INDEX "claims_quote_newest_idx" ON "claims" ("quote_type", "created_at", "id") ');
    await db.query('CREATE INDEX "claims_kind_newest_idx" ON "claims" ("kind", "created_at", "id") ');
  }

  public async down(db: QueryRunner): Promise<void> {
    await db.query('DROP INDEX "public"."claims_kind_newest_idx"');
    await db.query('DROP INDEX "public"."claims_quote_newest_idx"');
    await db.query('DROP INDEX "public"."claims_status_newest_idx"');
    await db.query('DROP INDEX "public"."claims_verdict_newest_idx"');
    await db.query('CREATE INDEX "claims_verdict_idx" ON "claims" ("verdict") WHERE (verdict IS NOT NULL)');
    await db.query('CREATE INDEX "claims_review_status_idx" ON "claims" ("review_status") ');
    await db.query('CREATE INDEX "claims_quote_type_idx" ON "claims" ("quote_type") ');
    await db.query('CREATE INDEX "claims_kind_idx" ON "claims" ("kind") ');
  }
}
