import { ArgumentsHost, NotFoundException } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import { EntityNotFound, StaleVersion } from './domain-errors';
import { ErrorBody, ErrorFilter } from './error.filter';

function answer(exception: unknown): ErrorBody & { sentStatus: number } {
  let sentStatus = 0;
  let sent: ErrorBody | undefined;
  const reply = {
    status(code: number) {
      sentStatus = code;
      return reply;
    },
    type() {
      return reply;
    },
    send(body: ErrorBody) {
      sent = body;
    },
  };
  const host = { switchToHttp: () => ({ getResponse: () => reply }) } as unknown as ArgumentsHost;
  new ErrorFilter().catch(exception, host);
  return { ...sent!, sentStatus };
}

const pgError = (code: string) =>
  new QueryFailedError('UPDATE claims …', [], Object.assign(new Error('pg'), { code }));

describe('ErrorFilter', () => {
  it('maps domain errors by code, with the code and details in the body', () => {
    expect(answer(new EntityNotFound('claim', 'x'))).toMatchObject({
      sentStatus: 404,
      statusCode: 404,
      code: 'not-found',
    });
    expect(answer(new StaleVersion('claim', 'x', 1, 2))).toMatchObject({
      statusCode: 409,
      error: 'Conflict',
      details: { expected: 1, current: 2 },
    });
  });

  it('keeps the status and message of HTTP exceptions', () => {
    expect(answer(new NotFoundException('no route'))).toMatchObject({ statusCode: 404, message: 'no route' });
  });

  it.each(['40P01', '40001', '55P03'])(
    'answers 409 to a transaction that lost to a concurrent one (%s)',
    (code) => {
      expect(answer(pgError(code))).toMatchObject({
        statusCode: 409,
        code: 'conflict',
        message: expect.stringContaining('retry'),
      });
    },
  );

  it('hides other database errors behind a 500 without their details', () => {
    const body = answer(pgError('23502'));
    expect(body).toEqual({
      statusCode: 500,
      error: 'Internal Server Error',
      message: 'Internal server error',
      sentStatus: 500,
    });
  });
});
