import { ArgumentsHost, Catch } from '@nestjs/common';
import { FastifyReply } from 'fastify';
import { ErrorFilter } from '../common/error.filter';
import { renderErrorPage } from './views/error-page';

/** The API's error mapping (same statuses and messages), rendered as a small HTML page for the reader routes. */
@Catch()
export class ReaderErrorFilter extends ErrorFilter {
  override catch(exception: unknown, host: ArgumentsHost) {
    const body = this.toBody(exception);
    if (body.statusCode >= 500) return super.catch(exception, host);
    host
      .switchToHttp()
      .getResponse<FastifyReply>()
      .status(body.statusCode)
      .type('text/html; charset=utf-8')
      .send(renderErrorPage(body.statusCode, body.error, body.message));
  }
}
