import { ServerResponse } from 'node:http';
import { Readable } from 'node:stream';

/**
 * Ends a streamed response whose client stopped reading: when the response has waited for the socket to drain
 * for `idleMs`, the body and the connection are destroyed, so the report's database connection is freed and the
 * client sees a cut transfer, not a complete one.
 */
export function endWhenStalled(response: ServerResponse, body: Readable, idleMs: number): void {
  let stalledSince: number | null = null;
  const timer = setInterval(
    () => {
      if (!response.writableNeedDrain) {
        stalledSince = null;
        return;
      }
      stalledSince ??= Date.now();
      if (Date.now() - stalledSince < idleMs) return;
      clearInterval(timer);
      body.destroy();
      response.destroy();
    },
    Math.max(10, Math.min(1000, Math.floor(idleMs / 4))),
  );
  timer.unref();
  response.on('drain', () => (stalledSince = null));
  response.once('close', () => {
    clearInterval(timer);
    // The client hung up before the end: stop producing (and free the report's connection) at once.
    if (!response.writableFinished) body.destroy();
  });
}
