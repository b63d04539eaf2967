import { ServerResponse } from 'node:http';
import { Readable, Writable } from 'node:stream';

/**
 * Calls `stalled` once `out` has waited to drain for `idleMs` (its reader took nothing for that long); a drain
 * in between starts the wait again, so a slow but steady reader is never cut. Returns a function that stops
 * watching.
 */
export function onStall(out: Writable, idleMs: number, stalled: () => void): () => void {
  let stalledSince: number | null = null;
  const drained = () => (stalledSince = null);
  const stop = () => {
    clearInterval(timer);
    out.off('drain', drained);
  };
  const timer = setInterval(
    () => {
      if (!out.writableNeedDrain) {
        stalledSince = null;
        return;
      }
      stalledSince ??= Date.now();
      if (Date.now() - stalledSince < idleMs) return;
      stop();
      stalled();
    },
    Math.max(10, Math.min(1000, Math.floor(idleMs / 4))),
  );
  timer.unref();
  out.on('drain', drained);
  return stop;
}

/**
 * Ends a streamed response whose client stopped reading: when the response has waited for the socket to drain
 * for `idleMs`, the body and the connection are destroyed, so the report's database connection is freed and the
 * client sees a cut transfer, not a complete one.
 */
export function endWhenStalled(response: ServerResponse, body: Readable, idleMs: number): void {
  const stop = onStall(response, idleMs, () => {
    body.destroy();
    response.destroy();
  });
  response.once('close', () => {
    stop();
    // The client hung up before the end: stop producing (and free the report's connection) at once.
    if (!response.writableFinished) body.destroy();
  });
}
