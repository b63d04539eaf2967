import { MigrationInterface, QueryRunner } from 'typeorm';

/** API keys, reviews, retraction and the append-only, hash-chained audit trail. */
export class FactChecking1764000001000 implements MigrationInterface {
  name = 'FactChecking1764000001000';

  public async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE api_keys (
        id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name        text NOT NULL CHECK (length(name) > 0),
        role        varchar(12) NOT NULL CHECK (role IN ('admin', 'factchecker', 'researcher')),
        key_hash    char(64) NOT NULL,
        prefix      varchar(16) NOT NULL,
        created_by  text NOT NULL,
        created_at  timestamptz(3) NOT NULL DEFAULT now(),
        revoked_at  timestamptz(3),
        CONSTRAINT api_keys_key_hash_key UNIQUE (key_hash)
      )`);
    await db.query(`CREATE INDEX api_keys_newest_idx ON api_keys (created_at DESC, id DESC)`);

    // Retraction hides an item from default lists but keeps it: both columns are set together or not at all.
    for (const table of ['claims', 'documents']) {
      await db.query(
        `ALTER TABLE ${table} ADD COLUMN retracted_at timestamptz(3), ADD COLUMN retraction_reason text`,
      );
      await db.query(
        `ALTER TABLE ${table} ADD CONSTRAINT ${table}_retraction_complete CHECK ((retracted_at IS NULL) = (retraction_reason IS NULL))`,
      );
    }
    // Default lists show only live items, newest first.
    await db.query(
      `CREATE INDEX claims_live_newest_idx ON claims (created_at DESC, id DESC) WHERE retracted_at IS NULL`,
    );
    await db.query(
      `CREATE INDEX documents_live_newest_idx ON documents (created_at DESC, id DESC) WHERE retracted_at IS NULL`,
    );
    await db.query(`CREATE INDEX documents_retracted_idx ON documents (id) WHERE retracted_at IS NOT NULL`);

    await db.query(`
      CREATE TABLE reviews (
        id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        claim_id          uuid NOT NULL REFERENCES claims (id) ON DELETE RESTRICT,
        verdict           varchar(14) NOT NULL
                          CHECK (verdict IN ('true', 'mostly-true', 'mixed', 'mostly-false', 'false', 'misleading', 'unverifiable')),
        rationale         text NOT NULL CHECK (length(rationale) > 0),
        reviewer_name     text NOT NULL,
        reviewer_role     varchar(12) NOT NULL CHECK (reviewer_role IN ('admin', 'factchecker')),
        reviewer_key_id   uuid REFERENCES api_keys (id) ON DELETE RESTRICT,
        superseded_by_id  uuid REFERENCES reviews (id) ON DELETE RESTRICT DEFERRABLE INITIALLY DEFERRED,
        created_at        timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX reviews_claim_idx ON reviews (claim_id, created_at, id)`);
    await db.query(`CREATE INDEX reviews_reviewer_key_idx ON reviews (reviewer_key_id)`);
    // At most one current (not superseded) verdict per claim. The deferred FK above lets a transaction
    // point the old review at the new one before inserting it, so this index never sees two current rows.
    await db.query(
      `CREATE UNIQUE INDEX reviews_current_key ON reviews (claim_id) WHERE superseded_by_id IS NULL`,
    );
    await db.query(`CREATE INDEX evidence_links_added_by_idx ON evidence_links (added_by)`);

    await db.query(`
      CREATE TABLE audit_events (
        seq           bigint PRIMARY KEY CHECK (seq > 0),
        at            timestamptz(3) NOT NULL,
        actor_name    text NOT NULL,
        actor_role    varchar(12) NOT NULL CHECK (actor_role IN ('admin', 'factchecker', 'researcher', 'anonymous', 'system')),
        actor_key_id  uuid REFERENCES api_keys (id) ON DELETE RESTRICT,
        action        varchar(40) NOT NULL,
        entity_type   varchar(20) NOT NULL CHECK (entity_type IN ('document', 'claim', 'speaker', 'evidence', 'review', 'api-key')),
        entity_id     uuid NOT NULL,
        parent_type   varchar(20) CHECK (parent_type IN ('document', 'claim', 'speaker')),
        parent_id     uuid,
        changes       jsonb NOT NULL,
        prev_hash     char(64) NOT NULL,
        hash          char(64) NOT NULL,
        CONSTRAINT audit_events_hash_key UNIQUE (hash),
        CONSTRAINT audit_events_parent_complete CHECK ((parent_type IS NULL) = (parent_id IS NULL))
      )`);
    await db.query(`CREATE INDEX audit_events_entity_idx ON audit_events (entity_type, entity_id, seq)`);
    await db.query(
      `CREATE INDEX audit_events_parent_idx ON audit_events (parent_type, parent_id, seq) WHERE parent_id IS NOT NULL`,
    );
    await db.query(
      `CREATE INDEX audit_events_actor_key_idx ON audit_events (actor_key_id) WHERE actor_key_id IS NOT NULL`,
    );
    // History is append-only even for a buggy app: the database refuses to rewrite or remove it.
    await db.query(`
      CREATE FUNCTION audit_events_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_events is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await db.query(`
      CREATE TRIGGER audit_events_append_only BEFORE UPDATE OR DELETE ON audit_events
        FOR EACH ROW EXECUTE FUNCTION audit_events_refuse_change()`);
    await db.query(`
      CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events
        FOR EACH STATEMENT EXECUTE FUNCTION audit_events_refuse_change()`);
  }

  public async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE audit_events`);
    await db.query(`DROP FUNCTION audit_events_refuse_change()`);
    await db.query(`DROP TABLE reviews`);
    await db.query(`DROP INDEX evidence_links_added_by_idx`);
    await db.query(`DROP INDEX documents_retracted_idx`);
    await db.query(`DROP INDEX documents_live_newest_idx`);
    await db.query(`DROP INDEX claims_live_newest_idx`);
    for (const table of ['claims', 'documents']) {
      await db.query(`ALTER TABLE ${table} DROP CONSTRAINT ${table}_retraction_complete`);
      await db.query(`ALTER TABLE ${table} DROP COLUMN retracted_at, DROP COLUMN retraction_reason`);
    }
    await db.query(`DROP TABLE api_keys`);
  }
}
