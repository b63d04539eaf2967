import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Which version of the trail's rules (TRAIL_RULES_VERSION in src/trail/trail-rules.ts) the stored trail rows were
 * computed with: each indexed claim's features and terms, each document's names. A change of those rules used to
 * leave every row stored before it as the old rules made it, so the term search missed old claims that the new
 * rules would find, and nothing could mend them (`trail reindex` indexes only documents the trail has not seen).
 * A worker's start and `trail reindex` now refresh stale rows in batches (TrailRefreshService), resuming after
 * `refreshed_through` (a document id) when a run stopped part way. One row; the empty version is "not known",
 * so databases indexed before this table existed are refreshed once.
 */
export class TrailRules1765980000000 implements MigrationInterface {
  name = 'TrailRules1765980000000';

  public async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE trail_rules (
        id                 boolean PRIMARY KEY DEFAULT true CHECK (id),
        version            text NOT NULL,
        refreshed_through  uuid
      )`);
    await db.query(`INSERT INTO trail_rules (version) VALUES ('')`);
  }

  public async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE trail_rules`);
  }
}
