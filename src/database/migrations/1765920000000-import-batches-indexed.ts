import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An import is done once the claim trail has indexed every batch, not when the last batch is stored: the trail
 * indexes a batch in a transaction of its own after the batch's, so `done` came one batch's indexing early
 * (a client reading the trail right after `done` found the last documents unindexed). Batches stored before
 * this migration count as indexed (their trail indexing ran right after them, or at a worker's start).
 */
export class ImportBatchesIndexed1765920000000 implements MigrationInterface {
  name = 'ImportBatchesIndexed1765920000000';

  public async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE import_batches ADD COLUMN indexed_at timestamptz(3)`);
    await db.query(`UPDATE import_batches SET indexed_at = done_at WHERE done_at IS NOT NULL`);
  }

  public async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE import_batches DROP COLUMN indexed_at`);
  }
}
