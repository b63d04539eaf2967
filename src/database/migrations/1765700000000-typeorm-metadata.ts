import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * TypeORM's schema builder (npm run migration:generate, migration:check) reads the expression of a generated
 * column from its `typeorm_metadata` table, and fails without it: the table as TypeORM makes it (TypeORM itself
 * creates it before running migrations once an entity declares a generated column), with the one generated
 * column, `claims.search` (1764000000000), under the expression its entity declares.
 */
export class TypeormMetadata1765700000000 implements MigrationInterface {
  name = 'TypeormMetadata1765700000000';

  public async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE IF NOT EXISTS typeorm_metadata (
        "type"     varchar NOT NULL,
        "database" varchar,
        "schema"   varchar,
        "table"    varchar,
        "name"     varchar,
        "value"    text
      )`);
    await db.query(
      `INSERT INTO typeorm_metadata ("type", "database", "schema", "table", "name", "value")
       VALUES ('GENERATED_COLUMN', current_database(), 'public', 'claims', 'search', $1)`,
      [`to_tsvector('english', text)`],
    );
  }

  public async down(db: QueryRunner): Promise<void> {
    await db.query(
      `DELETE FROM typeorm_metadata WHERE "type" = 'GENERATED_COLUMN' AND "table" = 'claims' AND "name" = 'search'`,
    );
  }
}
