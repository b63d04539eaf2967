import { get } from 'node:http';
import { generateArticles } from '../bench/corpus';
import { bearer, mintKey } from './support/keys';
import { startTestApp, TestApp } from './support/test-app';

const MAX_DOCUMENT_BYTES = 2 * 1024 * 1024;

// About `bytes` of varied news text, made of synthetic articles.
function largeText(bytes: number, seed: number): string {
  const parts: string[] = [];
  let length = 0;
  for (const article of generateArticles(Math.ceil(bytes / 300), seed)) {
    if (length >= bytes) break;
    parts.push(article.text);
    length += Buffer.byteLength(article.text) + 2;
  }
  return parts.join('\n\n');
}

// A new connection for every poll: when the server closes an idle keep-alive socket just as a pooled client
// reuses it, the request fails with ECONNRESET, which says nothing about whether the server answers.
const statusOf = (url: string) =>
  new Promise<number>((resolve, reject) => {
    get(url, { agent: false }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode!));
    }).on('error', reject);
  });

describe('abuse: large documents', () => {
  let t: TestApp;
  let key: Record<string, string>;

  beforeAll(async () => {
    t = await startTestApp({ env: { MAX_DOCUMENT_BYTES: String(MAX_DOCUMENT_BYTES) } });
    await t.app.listen(0, '127.0.0.1');
    key = bearer(await mintKey(t, 'factchecker'));
  });
  afterAll(() => t.close());

  // Polls /health while `work` runs; returns the slowest answer and how many came back meanwhile.
  const healthDuring = async <T>(work: PromiseLike<T>) => {
    const url = `${await t.app.getUrl()}/health`;
    let done = false;
    const latencies: number[] = [];
    const statuses = new Set<number>();
    const poll = (async () => {
      while (!done) {
        const started = performance.now();
        const status = await statusOf(url);
        latencies.push(performance.now() - started);
        statuses.add(status);
        await new Promise((r) => setTimeout(r, 20));
      }
    })();
    const started = performance.now();
    const result = await Promise.resolve(work).finally(() => (done = true));
    const took = performance.now() - started;
    await poll;
    return {
      result,
      took,
      slowest: Math.max(...latencies),
      answered: latencies.length,
      statuses: [...statuses],
    };
  };

  it('a text over MAX_DOCUMENT_BYTES answers 413 naming the setting, and stores nothing', async () => {
    const text = 'x'.repeat(MAX_DOCUMENT_BYTES) + 'é';
    const res = await t.http.post('/api/documents').set(key).send({ title: 'Too large', text }).expect(413);
    expect(res.body).toMatchObject({ statusCode: 413, error: 'Payload Too Large' });
    expect(res.body.message).toContain(
      `the largest accepted is ${MAX_DOCUMENT_BYTES} bytes (MAX_DOCUMENT_BYTES)`,
    );
    expect((await t.http.get('/api/documents').expect(200)).body.items).toEqual([]);
  });

  it('ingesting and re-extracting a large document leave the server answering meanwhile', async () => {
    const text = largeText(1024 * 1024, 5);
    const ingest = await healthDuring(
      t.http.post('/api/documents').set(key).send({ title: 'A long read', text, publisher: 'Bulk Wire' }),
    );
    expect(ingest.result.status).toBe(201);
    const { id, claimCounts } = ingest.result.body;
    expect(claimCounts.attributed + claimCounts.editorial).toBeGreaterThan(1000);
    // Extraction alone takes seconds here; on the event loop every /health would have waited for it.
    expect(ingest.took).toBeGreaterThan(1000);
    // On the event loop, one /health would wait out the whole extraction; a loaded CI machine may still pause
    // a second now and then, so the bound is half the work, not a fixed time.
    expect(ingest.slowest).toBeLessThan(ingest.took / 2);
    expect(ingest.answered).toBeGreaterThan(5);
    expect(ingest.statuses).toEqual([200]);

    const reextract = await healthDuring(t.http.post(`/api/documents/${id}/extract`).set(key).send({}));
    expect(reextract.result.status).toBe(200);
    expect(reextract.result.body.refound).toBeGreaterThan(1000);
    expect(reextract.slowest).toBeLessThan(reextract.took / 2);
    expect(reextract.statuses).toEqual([200]);
  }, 300_000);
});
