import { Controller, Get, Header, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { FastifyReply } from 'fastify';
import { Public, Roles } from '../auth/auth.decorators';
import { CurrentViewer } from '../sessions/session.decorators';
import { ReaderErrorFilter } from './reader-error.filter';
import type { Viewer } from './views/layout';
import { renderWorkspacePage } from './views/workspace-page';
import { WORKSPACE_BUNDLE_ROUTE, workspaceBundle } from './workspace-bundle';

/** The fact-checker's workspace page and its script; the work itself goes through the /api routes. */
@ApiExcludeController()
@UseFilters(ReaderErrorFilter)
@Controller()
export class WorkspaceController {
  @Get('workspace')
  @Roles('factchecker')
  @Header('Content-Type', 'text/html; charset=utf-8')
  page(@CurrentViewer() viewer: Viewer | null): string {
    return renderWorkspacePage(viewer);
  }

  // An asset like reader.js: open to everyone (the pages that load it are the ones guarded).
  @Public()
  @Get(WORKSPACE_BUNDLE_ROUTE)
  script(@Res({ passthrough: true }) reply: FastifyReply): Buffer {
    reply
      .type('text/javascript; charset=utf-8')
      // The URL carries the content hash, so the file may be cached for good.
      .header('Cache-Control', 'public, max-age=31536000, immutable');
    return workspaceBundle().code;
  }
}
