import { QueryFailedError } from 'typeorm';

// PostgreSQL codes for a transaction that lost to a concurrent one and was rolled back whole, so it may
// simply run again: serialization_failure, deadlock_detected, lock_not_available.
const CONCURRENCY_FAILURES = new Set(['40001', '40P01', '55P03']);
const ATTEMPTS = 5;

export function isConcurrencyFailure(error: unknown): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  const code = (error.driverError as { code?: string } | undefined)?.code;
  return code !== undefined && CONCURRENCY_FAILURES.has(code);
}

/**
 * Runs a whole transaction again (a few times, after a short random pause) when it lost to a concurrent
 * one: the server retries what it can, so a client only sees a conflict that persists.
 */
export async function retryConcurrencyFailures<T>(transaction: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await transaction();
    } catch (error) {
      if (attempt >= ATTEMPTS || !isConcurrencyFailure(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 20 * attempt));
    }
  }
}
