import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Ingest and re-extraction events name the speakers they created (`changes.after.speakerIds`): this index
 * finds a speaker's creation event for its history without scanning the whole trail.
 */
export class ExtractionTrace1765100001000 implements MigrationInterface {
  name = 'ExtractionTrace1765100001000';

  public async up(db: QueryRunner): Promise<void> {
    await db.query(
      `CREATE INDEX audit_events_speaker_ids_idx ON audit_events USING gin ((changes->'after'->'speakerIds') jsonb_path_ops)`,
    );
  }

  public async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX audit_events_speaker_ids_idx`);
  }
}
