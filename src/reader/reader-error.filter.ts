import { Catch } from '@nestjs/common';
import { FastifyReply } from 'fastify';
import { ErrorBody, ErrorFilter } from '../common/error.filter';
import { renderErrorPage } from './views/error-page';

/**
 * The API's error handling (same statuses, messages, logging and redirects), sent as a small HTML
 * page for the reader routes: every error, server errors included, since a reader's page has declared
 * text/html and a JSON object cannot be sent as such.
 */
@Catch()
export class ReaderErrorFilter extends ErrorFilter {
  protected override send(reply: FastifyReply, body: ErrorBody): void {
    reply
      .status(body.statusCode)
      .type('text/html; charset=utf-8')
      .send(renderErrorPage(body.statusCode, body.error, body.message));
  }
}
