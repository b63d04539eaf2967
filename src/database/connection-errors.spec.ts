import { QueryFailedError } from 'typeorm';
import { isDatabaseUnavailable } from './connection-errors';

const withCode = (code: string, message = 'x') => Object.assign(new Error(message), { code });

describe('isDatabaseUnavailable', () => {
  it.each([
    ['connection refused', withCode('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:5432')],
    ['admin shutdown', withCode('57P01', 'terminating connection due to administrator command')],
    ['cannot connect now', withCode('57P03', 'the database system is starting up')],
    ['crash shutdown', withCode('57P02')],
    ['connection failure', withCode('08006')],
    ['a cut connection', new Error('Connection terminated unexpectedly')],
    ['wrapped in a query error', new QueryFailedError('SELECT 1', [], withCode('57P01'))],
    ['an AggregateError of refusals', new AggregateError([withCode('ECONNREFUSED')], 'connect failed')],
  ])('recognises %s', (_name, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it.each([
    ['a unique violation', new QueryFailedError('INSERT', [], withCode('23505'))],
    ['a serialization failure', new QueryFailedError('UPDATE', [], withCode('40001'))],
    ['a plain bug', new TypeError('cannot read properties of undefined')],
    ['nothing', undefined],
  ])('leaves %s alone', (_name, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
  });
});
