import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { Viewer } from '../reader/views/layout';
import { BrowserSession } from './sessions.service';

/** Set by the AuthGuard when the caller is a signed-in browser. */
export interface SessionRequest {
  browserSession?: BrowserSession;
}

/** The signed-in browser as the pages show it (name, role, CSRF token), or null. */
export const CurrentViewer = createParamDecorator(
  (_data: unknown, context: ExecutionContext): Viewer | null => {
    const session = context.switchToHttp().getRequest<SessionRequest>().browserSession;
    return session
      ? { name: session.actor.name, role: session.actor.role, csrfToken: session.csrfToken }
      : null;
  },
);
