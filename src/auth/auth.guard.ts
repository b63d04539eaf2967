import {
  CanActivate,
  ExecutionContext,
  ForbiddenException,
  Injectable,
  UnauthorizedException,
} from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { Reflector } from '@nestjs/core';
import { AppConfig } from '../config/configuration';
import {
  BrowserSession,
  CSRF_HEADER,
  csrfMatches,
  SESSION_COOKIE,
  SessionsService,
} from '../sessions/sessions.service';
import { PUBLIC_ROUTE, REQUIRED_ROLE } from './auth.decorators';
import { KeysService } from './keys.service';
import { ANONYMOUS, Actor, Role, roleAtLeast } from './roles';

interface AuthRequest {
  method: string;
  headers: Record<string, string | string[] | undefined>;
  /** Parsed by @fastify/cookie. */
  cookies?: Record<string, string | undefined>;
  actor?: Actor;
  browserSession?: BrowserSession;
}

const READ_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The presented key, if any; a malformed Authorization header is refused rather than ignored. */
export function bearerKey(header: string | string[] | undefined): string | null | undefined {
  if (header === undefined) return undefined;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(Array.isArray(header) ? header[0] : header);
  return match ? match[1] : null;
}

/**
 * Identifies the caller by API key (bearer) or browser session (cookie) and checks the route's role;
 * registered globally in AppModule. A cookie is sent by the browser on its own, so a write made with one
 * must also carry the session's CSRF token in x-csrf-token, which only the app's own pages can read.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  private readonly readsRequireKey: boolean;

  constructor(
    private readonly reflector: Reflector,
    private readonly keys: KeysService,
    private readonly sessions: SessionsService,
    config: ConfigService<AppConfig, true>,
  ) {
    this.readsRequireKey = config.get('READS_REQUIRE_KEY', { infer: true });
  }

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const request = context.switchToHttp().getRequest<AuthRequest>();
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, targets)) return true;

    request.actor = await this.identify(request);
    if (request.browserSession && !READ_METHODS.has(request.method.toUpperCase())) {
      if (!csrfMatches(request.browserSession, request.headers[CSRF_HEADER]))
        throw new ForbiddenException(
          `a write from a signed-in browser needs the session's ${CSRF_HEADER} header (reload the page)`,
        );
    }
    const required =
      this.reflector.getAllAndOverride<Role | undefined>(REQUIRED_ROLE, targets) ?? this.defaultRole(request);
    if (required === null) return true;
    if (request.actor.role === 'anonymous')
      throw new UnauthorizedException(
        'this needs an API key (Authorization: Bearer <key>) or a signed-in browser session (/session)',
      );
    if (request.actor.role === 'system' || !roleAtLeast(request.actor.role, required)) {
      throw new ForbiddenException(
        `this needs the ${required} role; the key "${request.actor.name}" is ${request.actor.role}`,
      );
    }
    return true;
  }

  private async identify(request: AuthRequest): Promise<Actor> {
    const key = bearerKey(request.headers.authorization);
    if (key === undefined) return this.identifySession(request);
    const found = key === null ? null : await this.keys.authenticate(key);
    // A wrong or revoked key is refused even on open reads, so a client learns its key no longer works.
    if (!found) throw new UnauthorizedException('the API key is unknown or revoked');
    return { name: found.name, role: found.role, keyId: found.id };
  }

  // A bearer key wins over a cookie; an ended or unknown session is anonymous (its page offers sign-in).
  private async identifySession(request: AuthRequest): Promise<Actor> {
    const secret = request.cookies?.[SESSION_COOKIE];
    if (!secret) return ANONYMOUS;
    const session = await this.sessions.resolve(secret);
    if (!session) return ANONYMOUS;
    request.browserSession = session;
    return session.actor;
  }

  // null: no key needed.
  private defaultRole(request: AuthRequest): Role | null {
    if (READ_METHODS.has(request.method.toUpperCase())) return this.readsRequireKey ? 'researcher' : null;
    return 'factchecker';
  }
}
