import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { decodedBody, ndjsonLines } from './ndjson-body';

async function lines(stream: Readable) {
  const out: Array<{ line: number; body: string }> = [];
  for await (const l of ndjsonLines(stream)) out.push(l);
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
    await expect(lines(body)).rejects.toThrow(/header/);
  });
});
