import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Browser sessions of the fact-checker's workspace. The cookie holds a random secret; only its SHA-256 is
 * stored, so a copy of the table cannot be replayed as a cookie, and the API key itself is never kept.
 */
export class Sessions1765600000000 implements MigrationInterface {
  name = 'Sessions1765600000000';

  public async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE sessions (
        id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        secret_hash   char(64) NOT NULL,
        key_id        uuid NOT NULL REFERENCES api_keys (id) ON DELETE CASCADE,
        created_at    timestamptz(3) NOT NULL DEFAULT now(),
        last_seen_at  timestamptz(3) NOT NULL DEFAULT now(),
        ended_at      timestamptz(3),
        end_reason    text,
        CONSTRAINT sessions_secret_hash_key UNIQUE (secret_hash),
        CONSTRAINT sessions_end_reason_check CHECK (end_reason IS NULL OR end_reason IN ('logout', 'expired')),
        CONSTRAINT sessions_ended_check CHECK ((ended_at IS NULL) = (end_reason IS NULL))
      )`);
    await db.query(`CREATE INDEX sessions_key_idx ON sessions (key_id)`);
  }

  public async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE sessions`);
  }
}
