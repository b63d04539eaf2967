import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Claim and speaker ids are forever: re-extraction marks the claims it replaces superseded instead of
 * deleting them, and a merged speaker keeps its row, pointing at the speaker it was merged into.
 * Speakers merged before this migration (their rows deleted) are restored from their audit events.
 */
export class IdsAreForever1765100000000 implements MigrationInterface {
  name = 'IdsAreForever1765100000000';

  public async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE claims
        ADD COLUMN superseded_at timestamptz(3),
        ADD COLUMN superseded_by_id uuid REFERENCES claims (id) ON DELETE RESTRICT,
        ADD CONSTRAINT claims_supersession_complete CHECK (superseded_by_id IS NULL OR superseded_at IS NOT NULL),
        ADD CONSTRAINT claims_not_superseded_by_itself CHECK (superseded_by_id <> id)`);
    await db.query(
      `CREATE INDEX claims_superseded_by_idx ON claims (superseded_by_id) WHERE superseded_by_id IS NOT NULL`,
    );
    // Default lists show current claims only: neither retracted nor superseded.
    await db.query(`DROP INDEX claims_live_newest_idx`);
    await db.query(
      `CREATE INDEX claims_current_newest_idx ON claims (created_at DESC, id DESC)
        WHERE retracted_at IS NULL AND superseded_at IS NULL`,
    );

    await db.query(`
      ALTER TABLE speakers
        ADD COLUMN merged_into_id uuid REFERENCES speakers (id) ON DELETE RESTRICT,
        ADD COLUMN merged_at timestamptz(3)`);
    await this.restoreMergedSpeakers(db);
    await db.query(`
      ALTER TABLE speakers
        ADD CONSTRAINT speakers_merge_complete CHECK ((merged_into_id IS NULL) = (merged_at IS NULL)),
        ADD CONSTRAINT speakers_not_merged_into_itself CHECK (merged_into_id <> id)`);
    await db.query(
      `CREATE INDEX speakers_merged_into_idx ON speakers (merged_into_id) WHERE merged_into_id IS NOT NULL`,
    );
    // A merged speaker's name lives on as an alias of the survivor; only current speakers claim a name.
    await db.query(`DROP INDEX speakers_global_key`);
    await db.query(`DROP INDEX speakers_scoped_key`);
    await db.query(
      `CREATE UNIQUE INDEX speakers_global_key ON speakers (kind, name_key)
        WHERE scope_document_id IS NULL AND merged_into_id IS NULL`,
    );
    await db.query(
      `CREATE UNIQUE INDEX speakers_scoped_key ON speakers (scope_document_id, kind, name_key)
        WHERE scope_document_id IS NOT NULL AND merged_into_id IS NULL`,
    );
  }

  // Each earlier merge event holds the deleted speaker's fields and its target: the row comes back as merged.
  private async restoreMergedSpeakers(db: QueryRunner) {
    await db.query(`
      INSERT INTO speakers (id, name, name_key, kind, aliases, role, description, external_id, scope_document_id,
                            merged_at, created_at, updated_at)
      SELECT DISTINCT ON (a.entity_id) a.entity_id, a.changes->'before'->>'name', lower(a.changes->'before'->>'name'),
             a.changes->'before'->>'kind',
             ARRAY(SELECT jsonb_array_elements_text(coalesce(a.changes->'before'->'aliases', '[]'))),
             a.changes->'before'->>'role', a.changes->'before'->>'description', a.changes->'before'->>'externalId',
             (a.changes->'before'->>'scopeDocumentId')::uuid, a.at, a.at, a.at
        FROM audit_events a
       WHERE a.entity_type = 'speaker' AND a.action = 'merge'
         AND NOT EXISTS (SELECT 1 FROM speakers s WHERE s.id = a.entity_id)
       ORDER BY a.entity_id, a.seq DESC`);
    await db.query(`
      UPDATE speakers s SET merged_into_id = (a.changes->>'mergedInto')::uuid
        FROM audit_events a
       WHERE s.merged_at IS NOT NULL AND a.entity_type = 'speaker' AND a.action = 'merge' AND a.entity_id = s.id
         AND EXISTS (SELECT 1 FROM speakers t WHERE t.id = (a.changes->>'mergedInto')::uuid)`);
    await db.query(`DELETE FROM speakers WHERE merged_at IS NOT NULL AND merged_into_id IS NULL`);
    // A speaker merged into one that was merged in turn points at the one that is left.
    for (let round = 0; round < 100; round++) {
      const [, moved]: [unknown, number] = await db.query(`
        UPDATE speakers s SET merged_into_id = t.merged_into_id
          FROM speakers t WHERE s.merged_into_id = t.id AND t.merged_into_id IS NOT NULL`);
      if (moved === 0) break;
    }
  }

  public async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX speakers_global_key`);
    await db.query(`DROP INDEX speakers_scoped_key`);
    await db.query(`DELETE FROM speakers WHERE merged_into_id IS NOT NULL`);
    await db.query(
      `CREATE UNIQUE INDEX speakers_global_key ON speakers (kind, name_key) WHERE scope_document_id IS NULL`,
    );
    await db.query(
      `CREATE UNIQUE INDEX speakers_scoped_key ON speakers (scope_document_id, kind, name_key) WHERE scope_document_id IS NOT NULL`,
    );
    await db.query(`ALTER TABLE speakers DROP COLUMN merged_into_id, DROP COLUMN merged_at`);
    await db.query(`DROP INDEX claims_current_newest_idx`);
    await db.query(`DELETE FROM claims WHERE superseded_at IS NOT NULL`);
    await db.query(
      `CREATE INDEX claims_live_newest_idx ON claims (created_at DESC, id DESC) WHERE retracted_at IS NULL`,
    );
    await db.query(`ALTER TABLE claims DROP COLUMN superseded_at, DROP COLUMN superseded_by_id`);
  }
}
