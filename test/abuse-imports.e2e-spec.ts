import { request as httpRequest, STATUS_CODES } from 'node:http';
import { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { Response } from 'supertest';
import { newArticle } from './support/factories';
import { gzip, ndjson } from './support/imports';
import { bearer, mintKey } from './support/keys';
import { TableWatch } from './support/table-checksums';
import { startTestApp, TestApp } from './support/test-app';
import { withClient } from './support/test-database';

const NDJSON = 'application/x-ndjson';
// The smallest document limit the service takes: a line may then hold about 1 MB of JSON.
const MAX_DOCUMENT_BYTES = 1024;

describe('abuse: import bodies', () => {
  let t: TestApp;
  let watch: TableWatch;
  let factchecker: Record<string, string>;

  // No worker: what an upload stores is its import and lines, which the checksums see.
  beforeAll(async () => {
    t = await startTestApp({
      env: { MAX_DOCUMENT_BYTES: String(MAX_DOCUMENT_BYTES), BODY_LIMIT_BYTES: '1024' },
    });
    watch = await TableWatch.open(t.superuserUrl);
    factchecker = bearer(await mintKey(t, 'factchecker'));
  });
  afterAll(async () => {
    await watch.close();
    await t.close();
  });

  const post = (body: string | Buffer, headers: Record<string, string> = {}) =>
    t.http.post('/api/imports').set(factchecker).set('Content-Type', NDJSON).set(headers).send(body);

  /** Sends an upload that must be refused whole, and proves no table changed and the service still answers. */
  async function refusedUpload(send: () => Promise<Response>, status: number, message: RegExp) {
    const before = await watch.checksums();
    const res = await send();
    expect({ status: res.status, type: res.headers['content-type'] }).toEqual({
      status,
      type: 'application/json; charset=utf-8',
    });
    expect(res.body).toMatchObject({ statusCode: status, error: STATUS_CODES[status] });
    expect(res.body.message).toMatch(message);
    expect(TableWatch.changed(before, await watch.checksums())).toEqual([]);
    await t.http.get('/health').expect(200);
  }

  it('answers 400 to gzip that is cut short, empty or not gzip at all, and goes on serving', async () => {
    const whole = gzip(ndjson([newArticle(), newArticle()]));
    const cut = whole.subarray(0, whole.length - 10);
    const declared = { 'Content-Encoding': 'gzip' };
    await refusedUpload(() => post(Buffer.alloc(0), declared), 400, /not valid gzip/);
    await refusedUpload(() => post(cut, declared), 400, /not valid gzip/);
    // Sniffed as gzip by its first bytes, without a Content-Encoding.
    await refusedUpload(() => post(cut), 400, /not valid gzip/);
    await refusedUpload(() => post(ndjson([newArticle()]), declared), 400, /not valid gzip/);
  });

  it('answers 400 naming the line to a NUL byte, which no JSON text holds, and imports nothing', async () => {
    const body = `${ndjson([newArticle()])}{"title":"a\u0000b","text":"Officials said so."}\n`;
    await refusedUpload(() => post(body), 400, /line 2 .*NUL/);
  });

  it('answers 413 soon to a gzip bomb of one endless line, without inflating it all', async () => {
    // 16 gzip members of 64 MiB each: 1 GiB of text without a newline, in about 1 MB.
    const member = gzipSync(Buffer.alloc(64 * 1024 * 1024, 'a'), { level: 9 });
    const bomb = Buffer.concat(Array.from({ length: 16 }, () => member));
    const started = performance.now();
    await refusedUpload(() => post(bomb), 413, /line 1 is longer than/);
    expect(performance.now() - started).toBeLessThan(10_000);
  });

  it('answers 413 to a plain line longer than the largest document, and imports none of its lines', async () => {
    const long = JSON.stringify({ title: 'Long', text: 'x'.repeat(3 * 1024 * 1024) });
    await refusedUpload(() => post(`${ndjson([newArticle()])}${long}\n`), 413, /line 2 is longer than/);
  });

  it('cuts batches by size as well as by count, so a batch never holds more than one long line', async () => {
    // Three lines of 600 KB each: together longer than a line may be, so in three batches.
    const lines = Array.from({ length: 3 }, () =>
      JSON.stringify({ ...newArticle(), metadata: { padding: 'p'.repeat(600 * 1024) } }),
    );
    const accepted = await post(ndjson(lines)).expect(202);
    const batches = await withClient(t.superuserUrl, async (c) => {
      const { rows } = await c.query<{ lines: number }>(
        `SELECT lines FROM import_batches WHERE import_id = $1 ORDER BY batch`,
        [accepted.body.id],
      );
      return rows.map((r) => r.lines);
    });
    expect(batches).toEqual([1, 1, 1]);
  });

  describe('slow uploads', () => {
    let slow: TestApp;
    let key: string;
    let port: number;
    let slowWatch: TableWatch;
    // Uploads hold a transaction for as long as their client sends, which PostgreSQL ends after 1.5 s idle.
    beforeAll(async () => {
      slow = await startTestApp({ env: { DATABASE_IDLE_TRANSACTION_TIMEOUT_MS: '1500' } });
      await slow.app.listen(0, '127.0.0.1');
      port = (slow.app.getHttpServer().address() as AddressInfo).port;
      key = await mintKey(slow, 'factchecker');
      slowWatch = await TableWatch.open(slow.superuserUrl);
    });
    afterAll(async () => {
      await slowWatch.close();
      await slow.close();
    });

    /** An upload whose client sends a line now and then; `answer` settles when the server answers. */
    function trickle() {
      const req = httpRequest({
        host: '127.0.0.1',
        port,
        method: 'POST',
        path: '/api/imports',
        headers: { ...bearer(key), 'content-type': NDJSON, 'transfer-encoding': 'chunked' },
      });
      const answer = new Promise<{ status: number; body: string; retryAfter?: string }>((resolve, reject) => {
        req.on('response', (res) => {
          let body = '';
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => (body += chunk));
          res.on('end', () =>
            resolve({ status: res.statusCode!, body, retryAfter: res.headers['retry-after'] as string }),
          );
        });
        req.on('error', reject);
      });
      const send = () => req.write(`${JSON.stringify(newArticle())}\n`);
      send();
      return { answer, send, end: () => req.end() };
    }

    it('takes two uploads at a time; more answer 503 with Retry-After, and the API never waits on them', async () => {
      const uploads = Array.from({ length: 10 }, () => trickle());
      const statuses = uploads.map(() => 0);
      uploads.forEach((u, i) => void u.answer.then((a) => (statuses[i] = a.status)));
      await new Promise((resolve) => setTimeout(resolve, 500));
      const started = performance.now();
      await slow.http.get('/api/claims?limit=5').timeout(5000).expect(200);
      expect(performance.now() - started).toBeLessThan(2000);
      uploads.forEach((u) => u.end());
      const answers = await Promise.all(uploads.map((u) => u.answer));
      expect(answers.filter((a) => a.status === 202)).toHaveLength(2);
      const refused = answers.filter((a) => a.status !== 202);
      expect(refused).toHaveLength(8);
      for (const a of refused) {
        expect(a.status).toBe(503);
        expect(a.retryAfter).toMatch(/^\d+$/);
        expect(JSON.parse(a.body)).toMatchObject({
          statusCode: 503,
          message: expect.stringMatching(/imports/),
        });
      }
    });

    it('stores an upload that sends a line now and then for longer than PostgreSQL lets a transaction idle', async () => {
      const upload = trickle();
      for (let i = 0; i < 8; i++) {
        await new Promise((resolve) => setTimeout(resolve, 400));
        upload.send();
      }
      upload.end();
      const answer = await upload.answer;
      expect(answer.status).toBe(202);
      const stored = await slow.http
        .get(`/api/imports/${JSON.parse(answer.body).id}`)
        .set(bearer(key))
        .expect(200);
      expect(stored.body.total).toBe(9);
    });

    it('answers 408 to an upload that stops sending, before PostgreSQL ends its transaction, and stores nothing', async () => {
      const before = await slowWatch.checksums();
      const upload = trickle();
      const answer = await upload.answer;
      expect(answer.status).toBe(408);
      expect(JSON.parse(answer.body).message).toMatch(/sent no complete line for 750 ms/);
      expect(TableWatch.changed(before, await slowWatch.checksums())).toEqual([]);
      upload.end();
    });
  });
});
