import {
  Body,
  Controller,
  ForbiddenException,
  Get,
  Header,
  Post,
  Req,
  Res,
  UseFilters,
} from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { ApiExcludeController } from '@nestjs/swagger';
import { FastifyReply, FastifyRequest } from 'fastify';
import { Public } from '../auth/auth.decorators';
import { AppConfig } from '../config/configuration';
import { ReaderErrorFilter } from '../reader/reader-error.filter';
import { SignInDto, SignOutDto } from './dto/sign-in.dto';
import { crossSitePost } from './same-origin';
import { CSRF_HEADER, csrfMatches, SESSION_COOKIE, SessionsService } from './sessions.service';
import { renderSignInPage } from './sign-in-page';

const HTML = 'text/html; charset=utf-8';

/** Browser sign-in and sign-out; the API routes then accept the session cookie (see AuthGuard). */
@ApiExcludeController()
@UseFilters(ReaderErrorFilter)
@Controller('session')
export class SessionsController {
  private readonly secure: boolean;
  private readonly publicBaseUrl: string | undefined;

  constructor(
    private readonly sessions: SessionsService,
    config: ConfigService<AppConfig, true>,
  ) {
    this.publicBaseUrl = config.get('PUBLIC_BASE_URL', { infer: true });
    this.secure = (this.publicBaseUrl ?? '').startsWith('https:');
  }

  @Public()
  @Get()
  @Header('Content-Type', HTML)
  page(): string {
    return renderSignInPage({ idleMinutes: this.sessions.idleMinutes });
  }

  @Public()
  @Post()
  async signIn(
    @Body() body: SignInDto,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    if (crossSitePost(request.headers, this.publicBaseUrl))
      throw new ForbiddenException('sign in from this site’s own sign-in page');
    const started = await this.sessions.signIn(body.key.trim());
    if (!started) {
      const error = 'That API key is unknown or revoked.';
      await reply
        .status(401)
        .type(HTML)
        .send(renderSignInPage({ error, idleMinutes: this.sessions.idleMinutes }));
      return;
    }
    // No Max-Age: the server ends the session after the idle time, and the browser drops it on close.
    reply.setCookie(SESSION_COOKIE, started.secret, {
      httpOnly: true,
      sameSite: 'strict',
      path: '/',
      secure: this.secure,
    });
    await reply.status(303).header('location', '/').send();
  }

  @Public()
  @Post('logout')
  async signOut(@Body() body: SignOutDto, @Req() request: FastifyRequest, @Res() reply: FastifyReply) {
    const secret = request.cookies[SESSION_COOKIE];
    const session = secret ? await this.sessions.resolve(secret) : null;
    if (session) {
      const token = request.headers[CSRF_HEADER] ?? body?.csrf;
      if (!csrfMatches(session, token))
        throw new ForbiddenException('signing out needs the session’s CSRF token (reload the page)');
      await this.sessions.signOut(secret!);
    }
    reply.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'strict', path: '/', secure: this.secure });
    await reply.status(303).header('location', '/').send();
  }
}
