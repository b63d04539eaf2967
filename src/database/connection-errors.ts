import { QueryFailedError } from 'typeorm';

// PostgreSQL codes for a server that is going away, restarting or not reachable: connection_exception (class 08),
// admin_shutdown, crash_shutdown, cannot_connect_now (starting up, shutting down, in recovery).
const UNAVAILABLE_CODES = new Set(['08000', '08001', '08003', '08004', '08006', '57P01', '57P02', '57P03']);
// Socket-level failures reaching it.
const UNREACHABLE = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENOTFOUND',
]);
// node-postgres reports a connection cut mid-use or a pool that could not connect only in the message.
const UNAVAILABLE_MESSAGES =
  /Connection terminated|connection ended|Client has encountered a connection error|timeout exceeded when trying to connect|Connection is closed/i;

/** Seconds a client should wait before retrying while the database is unavailable. */
export const DATABASE_RETRY_AFTER_SECONDS = 5;

/**
 * Whether an error means the database cannot be reached right now (not that the request was wrong): the
 * service answers 503 with Retry-After, and the pool reconnects by itself once the server is back.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let cause = error, depth = 0; cause && depth < 4; depth++) {
    const { code, message } = cause as { code?: unknown; message?: unknown };
    if (typeof code === 'string' && (UNAVAILABLE_CODES.has(code) || UNREACHABLE.has(code))) return true;
    if (typeof message === 'string' && UNAVAILABLE_MESSAGES.test(message)) return true;
    // Pools report an unreachable server as an AggregateError (one error per address tried).
    if (cause instanceof AggregateError && cause.errors.some((e) => isDatabaseUnavailable(e))) return true;
    cause = cause instanceof QueryFailedError ? cause.driverError : (cause as { cause?: unknown }).cause;
  }
  return false;
}
