import { BadRequestException, PayloadTooLargeException } from '@nestjs/common';
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
  // Gunzipped as it is read: an error of the gunzip (a short body fails at once) then reaches the reader
  // instead of being an 'error' event nobody listens for yet, which would end the process.
  return Readable.from(
    (async function* () {
      const gunzip = createGunzip();
      rest.on('error', (error) => gunzip.destroy(error));
      try {
        yield* rest.pipe(gunzip);
      } catch (error) {
        if (!isZlibError(error)) throw error;
        throw new BadRequestException(`the body is not valid gzip (${error.message}); nothing was imported`);
      }
    })(),
  );
}

// By its code, not `instanceof Error`: zlib's errors may come from another realm (as under jest).
function isZlibError(error: unknown): error is { message: string } {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('Z_');
}

/**
 * The non-blank lines of a UTF-8 stream with their 1-based line numbers, as they arrive. A line longer than
 * `maxLineLength` (in UTF-16 units, as held in memory) is refused as it grows, before it fills the heap: a
 * gzip bomb of one endless line is cut after that much. Each chunk is searched for newlines once.
 */
export async function* ndjsonLines(
  stream: Readable,
  maxLineLength = Infinity,
): AsyncGenerator<{ line: number; body: string }> {
  const decoder = new StringDecoder('utf8');
  // The start of the line being read: never a newline in it.
  let pending = '';
  let line = 0;
  const finish = (text: string) => {
    line += 1;
    const body = text.replace(/\r$/, '');
    if (body.length > maxLineLength) throw new LineTooLong(line, maxLineLength);
    // PostgreSQL text cannot hold NUL, and no JSON text has it raw: the whole upload is refused.
    if (body.includes('\u0000'))
      throw new BadRequestException(
        `line ${line} holds a NUL byte, which no JSON text may hold; nothing was imported`,
      );
    return body;
  };
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    const text = decoder.write(chunk);
    let from = 0;
    let newline: number;
    while ((newline = text.indexOf('\n', from)) >= 0) {
      const body = finish(pending + text.slice(from, newline));
      pending = '';
      from = newline + 1;
      if (body.trim()) yield { line, body };
    }
    pending += text.slice(from);
    if (pending.length > maxLineLength) throw new LineTooLong(line + 1, maxLineLength);
  }
  const body = finish(pending + decoder.end());
  if (body.trim()) yield { line, body };
}

class LineTooLong extends PayloadTooLargeException {
  constructor(line: number, limit: number) {
    super(
      `line ${line} is longer than ${limit} characters, the most one document's JSON may take (see MAX_DOCUMENT_BYTES); nothing was imported`,
    );
  }
}
