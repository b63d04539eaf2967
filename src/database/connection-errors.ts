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

// query_canceled (a statement over DATABASE_STATEMENT_TIMEOUT_MS) and idle_in_transaction_session_timeout
// (a transaction left idle over DATABASE_IDLE_TRANSACTION_TIMEOUT_MS): the server ran out of time for this
// request, nothing was written, and it may pass once the load is lower.
const TIMEOUT_CODES = new Set(['57014', '25P03']);

/** Whether the database gave up on the request for taking too long (its transaction was rolled back). */
export function isDatabaseTimeout(error: unknown): boolean {
  const cause = error instanceof QueryFailedError ? error.driverError : error;
  const code = (cause as { code?: unknown } | null)?.code;
  return typeof code === 'string' && TIMEOUT_CODES.has(code);
}

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
