import { MigrationInterface, QueryRunner } from 'typeorm';

const BEFORE = `'document', 'claim', 'speaker', 'evidence', 'review', 'api-key'`;
const AFTER = `${BEFORE}, 'import', 'suggestion', 'session'`;

/** Corpus imports, trail suggestions and browser sessions are audited too. */
export class AuditEntities1765000000000 implements MigrationInterface {
  name = 'AuditEntities1765000000000';

  public async up(db: QueryRunner): Promise<void> {
    await this.allow(db, AFTER);
  }

  public async down(db: QueryRunner): Promise<void> {
    await this.allow(db, BEFORE);
  }

  private async allow(db: QueryRunner, types: string) {
    await db.query(`ALTER TABLE audit_events DROP CONSTRAINT audit_events_entity_type_check`);
    await db.query(
      `ALTER TABLE audit_events ADD CONSTRAINT audit_events_entity_type_check CHECK (entity_type IN (${types}))`,
    );
  }
}
