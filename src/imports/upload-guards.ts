import { RequestTimeoutException, ServiceUnavailableException } from '@nestjs/common';

/**
 * Uploads received at once by this process. Each holds a pooled connection (its transaction) for as long as
 * its client sends, so a few slow clients must not take the pool the API answers from.
 */
export const UPLOADS_AT_ONCE = 2;

/** An upload refused while UPLOADS_AT_ONCE others are received; `retryAfter` goes out as Retry-After. */
export class UploadsBusy extends ServiceUnavailableException {
  readonly retryAfter = 5;

  constructor() {
    super(`${UPLOADS_AT_ONCE} imports are being received already; retry shortly`);
  }
}

/** Counts the uploads being received, refusing one more than UPLOADS_AT_ONCE. */
export class UploadSlots {
  private inUse = 0;

  /** Takes a slot, or throws UploadsBusy; the function returned gives it back (once). */
  take(): () => void {
    if (this.inUse >= UPLOADS_AT_ONCE) throw new UploadsBusy();
    this.inUse += 1;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.inUse -= 1;
    };
  }
}

/**
 * The items of `source` until one takes longer than `ms` to arrive, then a 408: an upload whose client stopped
 * sending is cut before PostgreSQL ends its idle transaction under it, which the client would see as a 500.
 * Only the wait for the client counts, not the time the consumer spends storing what arrived.
 */
export async function* untilSilent<T>(source: AsyncIterable<T>, ms: number): AsyncGenerator<T> {
  const iterator = source[Symbol.asyncIterator]();
  let finished = false;
  try {
    for (;;) {
      let timer: NodeJS.Timeout | undefined;
      const silence = new Promise<never>((_, reject) => {
        timer = setTimeout(
          () =>
            reject(
              new RequestTimeoutException(
                `the upload sent no complete line for ${ms} ms; nothing was imported (send lines steadily)`,
              ),
            ),
          ms,
        );
      });
      const next = await Promise.race([iterator.next(), silence]).finally(() => clearTimeout(timer));
      if (next.done) {
        finished = true;
        return;
      }
      yield next.value;
    }
  } finally {
    // Not awaited when cut: the source is still waiting for the silent client, and ends when its socket does.
    if (!finished) void iterator.return?.(undefined);
  }
}
