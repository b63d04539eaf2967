import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import { STATUS_CODES } from 'node:http';
import { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { isConcurrencyFailure } from '../database/concurrency';
import {
  DATABASE_RETRY_AFTER_SECONDS,
  isDatabaseTimeout,
  isDatabaseUnavailable,
} from '../database/connection-errors';
import { DomainError, DomainErrorCode, EntityMoved } from './domain-errors';

export interface ErrorBody {
  statusCode: number;
  error: string;
  message: string;
  code?: string;
  details?: unknown;
}

function statusFor(code: DomainErrorCode): number {
  switch (code) {
    case 'not-found':
      return HttpStatus.NOT_FOUND;
    case 'moved':
      return HttpStatus.PERMANENT_REDIRECT;
    case 'invalid-cursor':
      return HttpStatus.BAD_REQUEST;
    case 'invalid-anchor':
    case 'invalid-claim':
    case 'invalid-evidence':
    case 'extraction-failed':
      return HttpStatus.UNPROCESSABLE_ENTITY;
    case 'stale-version':
    case 'conflict':
      return HttpStatus.CONFLICT;
  }
}

/** Gives every error, whoever raised it, the same JSON shape: statusCode, error, message (and details). */
@Catch()
export class ErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('ErrorFilter');

  catch(exception: unknown, host: ArgumentsHost) {
    const body = this.toBody(exception);
    if (body.statusCode >= 500)
      this.logger.error(exception instanceof Error ? exception.stack : String(exception));
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    if (
      body.statusCode === HttpStatus.SERVICE_UNAVAILABLE &&
      (isDatabaseUnavailable(exception) || isDatabaseTimeout(exception))
    ) {
      reply.header('retry-after', String(DATABASE_RETRY_AFTER_SECONDS));
    }
    if (exception instanceof EntityMoved) {
      // The same route (and query) on the entity it was merged into.
      const url = host.switchToHttp().getRequest<FastifyRequest>().url;
      reply.header('location', url.replace(new RegExp(exception.id, 'i'), exception.movedTo));
    }
    this.send(reply, body);
  }

  // Protected so the reader can send the same error as an HTML page.
  protected send(reply: FastifyReply, body: ErrorBody): void {
    // A route may have set its own content type (the reader's HTML) before it failed.
    reply.status(body.statusCode).type('application/json; charset=utf-8').send(body);
  }

  // Protected so the reader can render the same mapping as an HTML page.
  protected toBody(exception: unknown): ErrorBody {
    if (exception instanceof DomainError) {
      return body(statusFor(exception.code), exception.message, {
        code: exception.code,
        details: exception.details,
      });
    }
    if (exception instanceof HttpException) {
      const response = exception.getResponse();
      const fields = typeof response === 'object' ? (response as Record<string, unknown>) : {};
      const message = typeof response === 'string' ? response : fields.message;
      return body(
        exception.getStatus(),
        Array.isArray(message)
          ? message.join('; ')
          : typeof message === 'string'
            ? message
            : exception.message,
        {
          details: fields.details,
        },
      );
    }
    // A transaction that lost to a concurrent one was rolled back whole: the client may simply retry.
    if (isConcurrencyFailure(exception)) {
      return body(
        HttpStatus.CONFLICT,
        'the change collided with a concurrent one and was not made; retry it',
        {
          code: 'conflict',
        },
      );
    }
    // The database is down or restarting; the pool reconnects by itself, so the client may retry shortly.
    if (isDatabaseUnavailable(exception)) {
      return body(HttpStatus.SERVICE_UNAVAILABLE, 'the database is unavailable; retry shortly', {
        code: 'database-unavailable',
      });
    }
    if (isDatabaseTimeout(exception)) {
      return body(
        HttpStatus.SERVICE_UNAVAILABLE,
        'the database gave up on this request for taking too long; nothing was changed, retry later',
        { code: 'database-timeout' },
      );
    }
    // Fastify's own errors (malformed JSON, body over the limit, wrong content type) carry a 4xx statusCode.
    const status = (exception as { statusCode?: unknown })?.statusCode;
    if (typeof status === 'number' && status >= 400 && status < 500) {
      return body(status, (exception as Error).message);
    }
    return body(HttpStatus.INTERNAL_SERVER_ERROR, 'Internal server error');
  }
}

/**
 * Fastify's refusals before any route is found (a path that does not decode, a path parameter over
 * its length limit), which Nest never sees: the same body as every other error, not Fastify's own
 * (which names a 414 "Bad Request").
 */
export function answerFrameworkError(error: FastifyError, _request: FastifyRequest, reply: FastifyReply) {
  const status = error.statusCode && error.statusCode >= 400 ? error.statusCode : HttpStatus.BAD_REQUEST;
  reply.status(status).type('application/json; charset=utf-8').send(body(status, error.message));
}

function body(statusCode: number, message: string, extra: Partial<ErrorBody> = {}): ErrorBody {
  const result: ErrorBody = { statusCode, error: STATUS_CODES[statusCode] ?? 'Error', message };
  if (extra.code) result.code = extra.code;
  if (extra.details !== undefined) result.details = extra.details;
  return result;
}
