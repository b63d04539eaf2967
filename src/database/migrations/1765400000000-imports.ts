import { MigrationInterface, QueryRunner } from 'typeorm';
import { IMPORT_BATCH_QUEUE, PGBOSS_SCHEMA_SQL } from '../pgboss-schema';

/**
 * Bulk imports: the uploaded lines wait in import_lines until a worker stores their batch, and the job
 * queue (pg-boss) lives in its own schema. Both are made here, as the owner: the app role may use the
 * queue's tables but not create them, so pg-boss never builds its schema or its queues at run time.
 */
export class Imports1765400000000 implements MigrationInterface {
  name = 'Imports1765400000000';

  public async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE imports (
        id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        status        varchar(12) NOT NULL DEFAULT 'queued'
                      CHECK (status IN ('queued', 'running', 'done', 'failed', 'cancelled')),
        source        text,
        actor_name    text NOT NULL,
        actor_role    varchar(12) NOT NULL,
        actor_key_id  uuid,
        total         integer NOT NULL DEFAULT 0 CHECK (total >= 0),
        processed     integer NOT NULL DEFAULT 0 CHECK (processed >= 0),
        created       integer NOT NULL DEFAULT 0 CHECK (created >= 0),
        duplicates    integer NOT NULL DEFAULT 0 CHECK (duplicates >= 0),
        failed        integer NOT NULL DEFAULT 0 CHECK (failed >= 0),
        errors        jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(errors) = 'array'),
        created_at    timestamptz(3) NOT NULL DEFAULT now(),
        started_at    timestamptz(3),
        finished_at   timestamptz(3)
      )`);
    await db.query(`CREATE INDEX imports_newest_idx ON imports (created_at DESC, id DESC)`);
    // One row per job: a batch is stored once (done_at set in the same transaction as its documents).
    await db.query(`
      CREATE TABLE import_batches (
        import_id  uuid NOT NULL REFERENCES imports (id) ON DELETE CASCADE,
        batch      integer NOT NULL CHECK (batch >= 0),
        lines      integer NOT NULL CHECK (lines > 0),
        done_at    timestamptz(3),
        PRIMARY KEY (import_id, batch)
      )`);
    // The uploaded lines, as sent; a batch's lines are deleted once its documents are stored.
    await db.query(`
      CREATE TABLE import_lines (
        import_id  uuid NOT NULL,
        batch      integer NOT NULL,
        line       integer NOT NULL CHECK (line > 0),
        body       text NOT NULL,
        PRIMARY KEY (import_id, batch, line),
        FOREIGN KEY (import_id, batch) REFERENCES import_batches (import_id, batch) ON DELETE CASCADE
      )`);

    await db.query(PGBOSS_SCHEMA_SQL);
    // A batch that fails (a lost database connection) is tried again with a growing pause; a worker killed
    // mid-batch leaves its job active until it expires (each job sets its own expiry), then it is retried.
    await db.query(`SELECT pgboss.create_queue($1, $2)`, [
      IMPORT_BATCH_QUEUE,
      JSON.stringify({
        policy: 'standard',
        retryLimit: 5,
        retryDelay: 2,
        retryBackoff: true,
        retentionMinutes: 1440,
      }),
    ]);
  }

  public async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP SCHEMA pgboss CASCADE`);
    await db.query(`DROP TABLE import_lines`);
    await db.query(`DROP TABLE import_batches`);
    await db.query(`DROP TABLE imports`);
  }
}
