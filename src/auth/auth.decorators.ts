import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { ANONYMOUS, Actor, Role } from './roles';

export const REQUIRED_ROLE = 'claimtrail:required-role';
export const PUBLIC_ROUTE = 'claimtrail:public';

/**
 * The least role a route needs. Without it, reads (GET/HEAD) are open unless READS_REQUIRE_KEY is
 * set (then any key will do) and every other method needs `factchecker`.
 */
export const Roles = (role: Role) => SetMetadata(REQUIRED_ROLE, role);

/** Open to everyone, even when reads require a key (health checks). */
export const Public = () => SetMetadata(PUBLIC_ROUTE, true);

/** The caller: the API key's name, role and id, or anonymous. */
export const CurrentActor = createParamDecorator((_data: unknown, context: ExecutionContext): Actor => {
  const request = context.switchToHttp().getRequest<{ actor?: Actor }>();
  return request.actor ?? ANONYMOUS;
});
