import { MigrationInterface, QueryRunner } from 'typeorm';

/** The reader's title search (`GET /?q=`) is a substring ILIKE: a trigram index serves it. */
export class Reader1764000003000 implements MigrationInterface {
  name = 'Reader1764000003000';

  public async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE INDEX documents_title_trgm_idx ON documents USING gin (title gin_trgm_ops)`);
  }

  public async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX documents_title_trgm_idx`);
  }
}
