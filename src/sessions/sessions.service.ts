import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { KeysService } from '../auth/keys.service';
import { Actor, Role } from '../auth/roles';
import { AppConfig } from '../config/configuration';

export const SESSION_COOKIE = 'ct_session';
export const CSRF_HEADER = 'x-csrf-token';

/** A signed-in browser: who it acts as, and the token its writes must carry. */
export interface BrowserSession {
  id: string;
  actor: Actor;
  csrfToken: string;
}

interface SessionRow {
  id: string;
  key_id: string;
  key_name: string;
  key_role: Role;
}

const secretHash = (secret: string) => createHash('sha256').update(secret, 'utf8').digest('hex');

/**
 * The session's CSRF token, derived from the cookie's secret: the page gets it, a cross-site form
 * cannot read it, and nothing more is stored (a leaked table gives neither cookie nor token).
 */
export function csrfTokenOf(secret: string): string {
  return createHmac('sha256', secret).update('claimtrail csrf').digest('base64url');
}

/** Constant-time comparison of a presented token with the session's. */
export function csrfMatches(session: BrowserSession, presented: unknown): boolean {
  if (typeof presented !== 'string') return false;
  const expected = Buffer.from(session.csrfToken);
  const given = Buffer.from(presented);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

const actorOf = (row: SessionRow): Actor => ({ name: row.key_name, role: row.key_role, keyId: row.key_id });

/** Browser sessions for the workspace, stored in PostgreSQL; every start and end is audited under the key. */
@Injectable()
export class SessionsService {
  readonly idleMinutes: number;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly keys: KeysService,
    config: ConfigService<AppConfig, true>,
  ) {
    this.idleMinutes = config.get('SESSION_IDLE_MINUTES', { infer: true });
  }

  /** Starts a session for a live API key; the returned secret goes into the cookie and nowhere else. */
  async signIn(key: string): Promise<{ secret: string; session: BrowserSession } | null> {
    const found = await this.keys.authenticate(key);
    if (!found) return null;
    const secret = randomBytes(32).toString('base64url');
    const actor: Actor = { name: found.name, role: found.role, keyId: found.id };
    const id = await this.db.transaction(async (em) => {
      const rows: Array<{ id: string }> = await em.query(
        `INSERT INTO sessions (secret_hash, key_id) VALUES ($1, $2) RETURNING id`,
        [secretHash(secret), found.id],
      );
      await this.audit.record(em, {
        actor,
        action: 'sign-in',
        entityType: 'session',
        entityId: rows[0].id,
        changes: { before: null, after: { keyId: found.id, idleMinutes: this.idleMinutes } },
      });
      return rows[0].id;
    });
    return { secret, session: { id, actor, csrfToken: csrfTokenOf(secret) } };
  }

  /**
   * The live session with this secret, marked as seen now; null when unknown, ended, idle too long or
   * its key was revoked. A session found idle too long is ended (and audited) the first time it is seen.
   */
  async resolve(secret: string): Promise<BrowserSession | null> {
    const rows: SessionRow[] = await this.db.query(
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
      [secretHash(secret), this.idleMinutes],
    );
    if (rows.length === 1) return { id: rows[0].id, actor: actorOf(rows[0]), csrfToken: csrfTokenOf(secret) };
    await this.end(secret, 'expired');
    return null;
  }

  /** Ends the session (sign-out); false when it was not live. */
  async signOut(secret: string): Promise<boolean> {
    return this.end(secret, 'logout');
  }

  private async end(secret: string, reason: 'logout' | 'expired'): Promise<boolean> {
    return this.db.transaction(async (em) => {
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
        reason === 'expired' ? [secretHash(secret), reason, this.idleMinutes] : [secretHash(secret), reason],
      );
      if (rows.length === 0) return false;
      await this.recordEnd(em, rows[0], reason);
      return true;
    });
  }

  private async recordEnd(em: EntityManager, row: SessionRow, reason: 'logout' | 'expired') {
    await this.audit.record(em, {
      actor: actorOf(row),
      action: reason === 'logout' ? 'sign-out' : 'expire',
      entityType: 'session',
      entityId: row.id,
      changes: { before: { ended: false }, after: { ended: true, reason } },
    });
  }
}
