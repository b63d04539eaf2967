import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { decodedBody, ndjsonLines } from './ndjson-body';

async function lines(stream: Readable, maxLineLength?: number) {
  const out: Array<{ line: number; body: string }> = [];
  for await (const l of ndjsonLines(stream, maxLineLength)) out.push(l);
  return out;
}

describe('ndjsonLines', () => {
  it('numbers lines as the file does, skipping blank ones', async () => {
    const stream = Readable.from([Buffer.from('{"a":1}\n\n  \r\n{"b":2}\r\n{"c"'), Buffer.from(':3}')]);
    expect(await lines(stream)).toEqual([
      { line: 1, body: '{"a":1}' },
      { line: 4, body: '{"b":2}' },
      { line: 5, body: '{"c":3}' },
    ]);
  });

  it('keeps a character split across chunks whole', async () => {
    const bytes = Buffer.from('{"t":"café"}\n');
    const stream = Readable.from([bytes.subarray(0, 10), bytes.subarray(10)]);
    expect(await lines(stream)).toEqual([{ line: 1, body: '{"t":"café"}' }]);
  });

  it('refuses a line longer than the limit while it is still arriving, naming it', async () => {
    let chunksRead = 0;
    const endless = Readable.from(
      (function* () {
        yield Buffer.from('{"a":1}\n');
        for (;;) {
          chunksRead += 1;
          yield Buffer.alloc(1024, 'x');
        }
      })(),
    );
    await expect(lines(endless, 10_000)).rejects.toThrow(/^line 2 is longer than 10000 characters/);
    expect(chunksRead).toBeLessThan(20);
    await expect(lines(Readable.from([Buffer.from('{"a":1}\n{"b":2}\n')]), 7)).resolves.toHaveLength(2);
  });

  it('refuses a raw NUL byte, naming its line', async () => {
    const stream = Readable.from([Buffer.from('{"a":1}\n\n{"b":"\u0000"}\n')]);
    await expect(lines(stream)).rejects.toThrow(/^line 3 holds a NUL byte/);
  });
});

describe('decodedBody', () => {
  const text = '{"a":1}\n{"b":2}\n';

  it('gunzips a body that starts like gzip even when not declared', async () => {
    const body = await decodedBody(Readable.from([gzipSync(text)]), false);
    expect((await lines(body)).map((l) => l.body)).toEqual(['{"a":1}', '{"b":2}']);
  });

  it('passes a plain body through', async () => {
    const body = await decodedBody(Readable.from([Buffer.from(text)]), false);
    expect((await lines(body)).length).toBe(2);
  });

  it('fails on a body declared gzip that is not', async () => {
    const body = await decodedBody(Readable.from([Buffer.from(text)]), true);
    await expect(lines(body)).rejects.toThrow(/^the body is not valid gzip \(incorrect header check\)/);
  });

  it('fails on gzip cut short when it is read, even if it failed before anyone read it', async () => {
    const whole = gzipSync(text);
    const body = await decodedBody(Readable.from([whole.subarray(0, whole.length - 4)]), false);
    await new Promise((resolve) => setTimeout(resolve, 20));
    await expect(lines(body)).rejects.toThrow(/^the body is not valid gzip \(unexpected end of file\)/);
  });
});
