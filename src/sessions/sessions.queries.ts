import { EntityManager } from 'typeorm';
import { Actor, Role } from '../auth/roles';

// The sessions module's SQL: each query a named function taking the caller's EntityManager, so the service
// speaks in sessions and actors and never sees driver result shapes.

/** A session row with the key it acts as. */
export interface SessionWithActor {
  id: string;
  actor: Actor;
}

interface SessionRow {
  id: string;
  key_id: string;
  key_name: string;
  key_role: Role;
}

const toSession = (row: SessionRow): SessionWithActor => ({
  id: row.id,
  actor: { name: row.key_name, role: row.key_role, keyId: row.key_id },
});

/** Stores a new session for the key; answers its id. */
export async function insertSession(em: EntityManager, secretHash: string, keyId: string): Promise<string> {
  const rows: Array<{ id: string }> = await em.query(
    `INSERT INTO sessions (secret_hash, key_id) VALUES ($1, $2) RETURNING id`,
    [secretHash, keyId],
  );
  return rows[0].id;
}

/**
 * The live session with this secret hash (not ended, seen within `idleMinutes`, its key not revoked), marked
 * as seen now; null when there is none.
 */
export async function touchLiveSession(
  em: EntityManager,
  secretHash: string,
  idleMinutes: number,
): Promise<SessionWithActor | null> {
  const rows: SessionRow[] = await em.query(
    // One statement; last_seen_at is written at most once a minute, so a page's burst of API calls
    // costs reads, not a row update each.
    `WITH live AS (
       SELECT s.id, s.last_seen_at, k.id AS key_id, k.name AS key_name, k.role AS key_role
         FROM sessions s JOIN api_keys k ON k.id = s.key_id
        WHERE s.secret_hash = $1 AND s.ended_at IS NULL AND k.revoked_at IS NULL
          AND s.last_seen_at > now() - make_interval(mins => $2::int)),
     seen AS (
       UPDATE sessions s SET last_seen_at = now() FROM live
        WHERE s.id = live.id AND live.last_seen_at < now() - interval '1 minute')
     SELECT id, key_id, key_name, key_role FROM live`,
    [secretHash, idleMinutes],
  );
  return rows.length === 1 ? toSession(rows[0]) : null;
}

/**
 * Ends the session with this secret hash that is not ended yet; for `expired`, only one idle longer than
 * `idleMinutes`. Null when no session was ended.
 */
export async function endSession(
  em: EntityManager,
  secretHash: string,
  reason: 'logout' | 'expired',
  idleMinutes: number,
): Promise<SessionWithActor | null> {
  const condition =
    reason === 'expired' ? `s.last_seen_at <= now() - make_interval(mins => $3::int)` : 'true';
  const rows: SessionRow[] = await em.query(
    // Through a CTE so the driver answers rows, as for any SELECT.
    `WITH ended AS (
       UPDATE sessions s SET ended_at = now(), end_reason = $2
         FROM api_keys k
        WHERE s.secret_hash = $1 AND s.ended_at IS NULL AND k.id = s.key_id AND ${condition}
        RETURNING s.id, k.id AS key_id, k.name AS key_name, k.role AS key_role)
     SELECT * FROM ended`,
    reason === 'expired' ? [secretHash, reason, idleMinutes] : [secretHash, reason],
  );
  return rows.length === 0 ? null : toSession(rows[0]);
}
