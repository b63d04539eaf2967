import type { FastifyInstance } from 'fastify';
import { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import { createGunzip } from 'node:zlib';

export const NDJSON_TYPES = ['application/x-ndjson', 'application/jsonl', 'application/gzip'];

/**
 * The request body of an import reaches its route as the raw stream, never buffered: it may be far
 * larger than BODY_LIMIT_BYTES, which only bounds bodies that are parsed whole.
 */
export function registerNdjsonBody(fastify: FastifyInstance) {
  fastify.addContentTypeParser(NDJSON_TYPES, (_request, payload, done) => done(null, payload));
}

/** The bytes as sent, gunzipped when they were declared gzip (Content-Encoding) or start like gzip. */
export async function decodedBody(source: Readable, declaredGzip: boolean): Promise<Readable> {
  const chunks = source[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  const first = await chunks.next();
  const head = first.done ? Buffer.alloc(0) : first.value;
  const rest = Readable.from(
    (async function* () {
      if (head.length > 0) yield head;
      for (;;) {
        const next = await chunks.next();
        if (next.done) return;
        yield next.value;
      }
    })(),
  );
  if (!declaredGzip && !(head[0] === 0x1f && head[1] === 0x8b)) return rest;
  const gunzip = createGunzip();
  rest.on('error', (error) => gunzip.destroy(error));
  return rest.pipe(gunzip);
}

/** The non-blank lines of a UTF-8 stream with their 1-based line numbers, as they arrive. */
export async function* ndjsonLines(stream: Readable): AsyncGenerator<{ line: number; body: string }> {
  const decoder = new StringDecoder('utf8');
  let pending = '';
  let line = 0;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    pending += decoder.write(chunk);
    let newline: number;
    while ((newline = pending.indexOf('\n')) >= 0) {
      line += 1;
      const body = pending.slice(0, newline).replace(/\r$/, '');
      pending = pending.slice(newline + 1);
      if (body.trim()) yield { line, body };
    }
  }
  pending += decoder.end();
  if (pending.trim()) yield { line: line + 1, body: pending.replace(/\r$/, '') };
}
