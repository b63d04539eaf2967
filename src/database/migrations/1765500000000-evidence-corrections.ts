import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Evidence links can be corrected under optimistic locking (a version, as claims have) and retracted:
 * a retracted link leaves default lists and provenance counts but keeps its row and history.
 */
export class EvidenceCorrections1765500000000 implements MigrationInterface {
  name = 'EvidenceCorrections1765500000000';

  public async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE evidence_links
        ADD COLUMN version integer NOT NULL DEFAULT 1,
        ADD COLUMN updated_at timestamptz(3),
        ADD COLUMN retracted_at timestamptz(3),
        ADD COLUMN retraction_reason text,
        ADD CONSTRAINT evidence_links_retraction_complete CHECK ((retracted_at IS NULL) = (retraction_reason IS NULL))`);
    await db.query(`UPDATE evidence_links SET updated_at = created_at`);
    await db.query(
      `ALTER TABLE evidence_links ALTER COLUMN updated_at SET DEFAULT now(), ALTER COLUMN updated_at SET NOT NULL`,
    );
  }

  public async down(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE evidence_links
        DROP CONSTRAINT evidence_links_retraction_complete,
        DROP COLUMN retraction_reason,
        DROP COLUMN retracted_at,
        DROP COLUMN updated_at,
        DROP COLUMN version`);
  }
}
