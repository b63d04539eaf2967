import { EntityManager, SelectQueryBuilder } from 'typeorm';
import { Actor } from '../auth/roles';
import { ImportQueryDto } from './dto/import-query.dto';
import { Import, ImportLineError, ImportStatus } from './import.entity';

/** The first errors an import keeps (by line number); the rest are counted in `failed` only. */
export const KEPT_ERRORS = 100;

export interface BatchOutcome {
  created: number;
  duplicates: number;
  errors: ImportLineError[];
}

export interface ImportCounters {
  id: string;
  status: ImportStatus;
  total: number;
  processed: number;
  created: number;
  duplicates: number;
  failed: number;
}

// TypeORM answers an UPDATE … RETURNING with [rows, affected count] rather than the rows.
async function updateReturning<T>(em: EntityManager, sql: string, params: unknown[]): Promise<T[]> {
  const [rows] = (await em.query(sql, params)) as [T[], number];
  return rows;
}

export async function insertImport(em: EntityManager, actor: Actor, source: string | null): Promise<string> {
  const rows: Array<{ id: string }> = await em.query(
    `INSERT INTO imports (source, actor_name, actor_role, actor_key_id) VALUES ($1, $2, $3, $4) RETURNING id`,
    [source, actor.name, actor.role, actor.keyId],
  );
  return rows[0].id;
}

/** One batch of uploaded lines, as they were sent, in one statement. */
export async function insertBatch(
  em: EntityManager,
  importId: string,
  batch: number,
  lines: Array<{ line: number; body: string }>,
): Promise<void> {
  await em.query(`INSERT INTO import_batches (import_id, batch, lines) VALUES ($1, $2, $3)`, [
    importId,
    batch,
    lines.length,
  ]);
  await em.query(
    `INSERT INTO import_lines (import_id, batch, line, body)
     SELECT $1, $2, x.line, x.body FROM unnest($3::int[], $4::text[]) AS x(line, body)`,
    [importId, batch, lines.map((l) => l.line), lines.map((l) => l.body)],
  );
}

export async function finishEmpty(em: EntityManager, importId: string): Promise<void> {
  await em.query(
    `UPDATE imports SET status = 'done', started_at = now(), finished_at = now() WHERE id = $1`,
    [importId],
  );
}

export async function setTotal(em: EntityManager, importId: string, total: number): Promise<void> {
  await em.query(`UPDATE imports SET total = $2 WHERE id = $1`, [importId, total]);
}

/** The import's status and who started it (whose name its documents are stored under). */
export async function importHeader(
  em: EntityManager,
  importId: string,
): Promise<{ status: ImportStatus; actor: Actor } | null> {
  const rows: Array<{
    status: ImportStatus;
    actor_name: string;
    actor_role: Actor['role'];
    actor_key_id: string | null;
  }> = await em.query(`SELECT status, actor_name, actor_role, actor_key_id FROM imports WHERE id = $1`, [
    importId,
  ]);
  if (rows.length === 0) return null;
  const [row] = rows;
  return {
    status: row.status,
    actor: { name: row.actor_name, role: row.actor_role, keyId: row.actor_key_id },
  };
}

export async function markRunning(em: EntityManager, importId: string): Promise<void> {
  await em.query(
    `UPDATE imports SET status = 'running', started_at = coalesce(started_at, now()) WHERE id = $1 AND status = 'queued'`,
    [importId],
  );
}

/** The batch's lines, or null when the batch was stored already (a job run again after a crash). */
export async function batchLines(
  em: EntityManager,
  importId: string,
  batch: number,
): Promise<Array<{ line: number; body: string }> | null> {
  if (!(await batchPending(em, importId, batch, { lock: false }))) return null;
  return em.query(`SELECT line, body FROM import_lines WHERE import_id = $1 AND batch = $2 ORDER BY line`, [
    importId,
    batch,
  ]);
}

/**
 * Whether the batch is still to be stored; `lock` holds its row until the caller's transaction ends, so a
 * second run of the same job waits, then finds it stored. Its lines are not read again: the caller has them.
 */
export async function batchPending(
  em: EntityManager,
  importId: string,
  batch: number,
  { lock }: { lock: boolean },
): Promise<boolean> {
  const done: Array<{ done: boolean }> = await em.query(
    `SELECT done_at IS NOT NULL AS done FROM import_batches WHERE import_id = $1 AND batch = $2${lock ? ' FOR UPDATE' : ''}`,
    [importId, batch],
  );
  return done.length > 0 && !done[0].done;
}

/**
 * Marks the batch stored, drops its lines and adds its outcome to the import's counters (keeping the
 * first KEPT_ERRORS errors by line). False when the import was cancelled meanwhile: the caller rolls back.
 * The import is done only once the trail has indexed every batch (finishIndexedBatch).
 */
export async function completeBatch(
  em: EntityManager,
  importId: string,
  batch: number,
  outcome: BatchOutcome,
): Promise<boolean> {
  await em.query(`UPDATE import_batches SET done_at = now() WHERE import_id = $1 AND batch = $2`, [
    importId,
    batch,
  ]);
  await em.query(`DELETE FROM import_lines WHERE import_id = $1 AND batch = $2`, [importId, batch]);
  const updated = await updateReturning<{ id: string }>(
    em,
    `UPDATE imports
        SET processed = processed + $2 + $3 + $4, created = created + $2, duplicates = duplicates + $3,
            failed = failed + $4,
            errors = (SELECT coalesce(jsonb_agg(e ORDER BY (e->>'line')::int), '[]'::jsonb)
                        FROM (SELECT e FROM jsonb_array_elements(errors || $5::jsonb) e
                               ORDER BY (e->>'line')::int LIMIT ${KEPT_ERRORS}) kept)
      WHERE id = $1 AND status IN ('queued', 'running')
      RETURNING id`,
    [importId, outcome.created, outcome.duplicates, outcome.errors.length, JSON.stringify(outcome.errors)],
  );
  return updated.length > 0;
}

/** Whether the batch was stored and the trail has not yet indexed it (a crash between the two). */
export async function storedNotIndexed(em: EntityManager, importId: string, batch: number): Promise<boolean> {
  const rows: unknown[] = await em.query(
    `SELECT 1 FROM import_batches
      WHERE import_id = $1 AND batch = $2 AND done_at IS NOT NULL AND indexed_at IS NULL`,
    [importId, batch],
  );
  return rows.length > 0;
}

/**
 * Marks a stored batch indexed by the trail; returns the import when that made it done (every batch stored
 * and indexed), else null. The import's row lock, taken in a statement of its own first, orders concurrent
 * batches: the check that follows sees what the previous holder committed, so the last one sees all indexed.
 */
export async function finishIndexedBatch(
  em: EntityManager,
  importId: string,
  batch: number,
): Promise<ImportCounters | null> {
  await em.query(`SELECT 1 FROM imports WHERE id = $1 FOR UPDATE`, [importId]);
  await em.query(
    `UPDATE import_batches SET indexed_at = now()
      WHERE import_id = $1 AND batch = $2 AND done_at IS NOT NULL AND indexed_at IS NULL`,
    [importId, batch],
  );
  const rows = await updateReturning<ImportCounters>(
    em,
    `UPDATE imports SET status = 'done', finished_at = now()
      WHERE id = $1 AND status IN ('queued', 'running')
        AND NOT EXISTS (SELECT 1 FROM import_batches WHERE import_id = $1 AND indexed_at IS NULL)
      RETURNING id, status, total, processed, created, duplicates, failed`,
    [importId],
  );
  return rows[0] ?? null;
}

/** Ends an import that is still queued or running (cancelled, or failed for good); null if it had ended. */
export async function finishImport(
  em: EntityManager,
  importId: string,
  status: 'cancelled' | 'failed',
  error?: ImportLineError,
): Promise<ImportCounters | null> {
  const rows = await updateReturning<ImportCounters>(
    em,
    `UPDATE imports SET status = $2, finished_at = now(),
            errors = CASE WHEN $3::jsonb IS NULL THEN errors ELSE errors || $3::jsonb END
      WHERE id = $1 AND status IN ('queued', 'running')
      RETURNING id, status, total, processed, created, duplicates, failed`,
    [importId, status, error ? JSON.stringify([error]) : null],
  );
  if (rows.length === 0) return null;
  // Lines nobody will store are dropped; stored batches keep their record.
  await em.query(`DELETE FROM import_lines WHERE import_id = $1`, [importId]);
  return rows[0];
}

/** The import, or null when there is none. */
export function importById(em: EntityManager, id: string): Promise<Import | null> {
  return em.findOneBy(Import, { id });
}

/** Imports matching a list's filters (alias `i`), for the caller to order and page. */
export function importsMatching(em: EntityManager, query: ImportQueryDto): SelectQueryBuilder<Import> {
  const qb = em.createQueryBuilder(Import, 'i');
  if (query.status) qb.andWhere('i.status = :status', { status: query.status });
  return qb;
}
