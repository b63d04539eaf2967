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
import { PUBLIC_ROUTE, REQUIRED_ROLE } from './auth.decorators';
import { KeysService } from './keys.service';
import { ANONYMOUS, Actor, Role, roleAtLeast } from './roles';

interface AuthRequest {
  method: string;
  headers: Record<string, string | string[] | undefined>;
  actor?: Actor;
}

const READ_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The presented key, if any; a malformed Authorization header is refused rather than ignored. */
export function bearerKey(header: string | string[] | undefined): string | null | undefined {
  if (header === undefined) return undefined;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(Array.isArray(header) ? header[0] : header);
  return match ? match[1] : null;
}

/** Identifies the caller by API key and checks the route's role; registered globally in AppModule. */
@Injectable()
export class AuthGuard implements CanActivate {
  private readonly readsRequireKey: boolean;

  constructor(
    private readonly reflector: Reflector,
    private readonly keys: KeysService,
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
    const required =
      this.reflector.getAllAndOverride<Role | undefined>(REQUIRED_ROLE, targets) ?? this.defaultRole(request);
    if (required === null) return true;
    if (request.actor.role === 'anonymous')
      throw new UnauthorizedException('this needs an API key (Authorization: Bearer <key>)');
    if (request.actor.role === 'system' || !roleAtLeast(request.actor.role, required)) {
      throw new ForbiddenException(
        `this needs the ${required} role; the key "${request.actor.name}" is ${request.actor.role}`,
      );
    }
    return true;
  }

  private async identify(request: AuthRequest): Promise<Actor> {
    const key = bearerKey(request.headers.authorization);
    if (key === undefined) return ANONYMOUS;
    const found = key === null ? null : await this.keys.authenticate(key);
    // A wrong or revoked key is refused even on open reads, so a client learns its key no longer works.
    if (!found) throw new UnauthorizedException('the API key is unknown or revoked');
    return { name: found.name, role: found.role, keyId: found.id };
  }

  // null: no key needed.
  private defaultRole(request: AuthRequest): Role | null {
    if (READ_METHODS.has(request.method.toUpperCase())) return this.readsRequireKey ? 'researcher' : null;
    return 'factchecker';
  }
}
