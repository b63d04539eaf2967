import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { KeysService } from '../auth/keys.service';
import { Actor } from '../auth/roles';
import { AppConfig } from '../config/configuration';
import { SessionWithActor, endSession, insertSession, touchLiveSession } from './sessions.queries';

export const SESSION_COOKIE = 'ct_session';
export const CSRF_HEADER = 'x-csrf-token';

/** A signed-in browser: who it acts as, and the token its writes must carry. */
export interface BrowserSession {
  id: string;
  actor: Actor;
  csrfToken: string;
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
      const sessionId = await insertSession(em, secretHash(secret), found.id);
      await this.audit.record(em, {
        actor,
        action: 'sign-in',
        entityType: 'session',
        entityId: sessionId,
        changes: { before: null, after: { keyId: found.id, idleMinutes: this.idleMinutes } },
      });
      return sessionId;
    });
    return { secret, session: { id, actor, csrfToken: csrfTokenOf(secret) } };
  }

  /**
   * The live session with this secret, marked as seen now; null when unknown, ended, idle too long or
   * its key was revoked. A session found idle too long is ended (and audited) the first time it is seen.
   */
  async resolve(secret: string): Promise<BrowserSession | null> {
    const live = await touchLiveSession(this.db.manager, secretHash(secret), this.idleMinutes);
    if (live) return { ...live, csrfToken: csrfTokenOf(secret) };
    await this.end(secret, 'expired');
    return null;
  }

  /** Ends the session (sign-out); false when it was not live. */
  async signOut(secret: string): Promise<boolean> {
    return this.end(secret, 'logout');
  }

  private async end(secret: string, reason: 'logout' | 'expired'): Promise<boolean> {
    return this.db.transaction(async (em) => {
      const ended = await endSession(em, secretHash(secret), reason, this.idleMinutes);
      if (!ended) return false;
      await this.recordEnd(em, ended, reason);
      return true;
    });
  }

  private async recordEnd(em: EntityManager, session: SessionWithActor, reason: 'logout' | 'expired') {
    await this.audit.record(em, {
      actor: session.actor,
      action: reason === 'logout' ? 'sign-out' : 'expire',
      entityType: 'session',
      entityId: session.id,
      changes: { before: { ended: false }, after: { ended: true, reason } },
    });
  }
}
