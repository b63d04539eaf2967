// Latency of ordinary reads while a 9 MB document is ingested, against the same reads with no ingest, both
// measured in the same run on the same server: p50/p99/max and the p99 ratio.
// Run: npm run bench:large-ingest [-- MEGABYTES]
import 'reflect-metadata';
import { startBenchApp } from './bench-app';
import { generateArticles } from './corpus';

const megabytes = Number(process.argv[2] ?? 9);
const READERS = 4;
const BASELINE_MS = 10_000;
const READS = ['/health', '/api/claims?limit=20', '/api/documents?limit=20', '/assets/reader.css'];

function largeText(bytes: number): string {
  const parts: string[] = [];
  let length = 0;
  for (const article of generateArticles(Math.ceil(bytes / 300), 21)) {
    if (length >= bytes) break;
    parts.push(article.text);
    length += Buffer.byteLength(article.text) + 2;
  }
  return parts.join('\n\n');
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

function summary(latencies: number[]) {
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    reads: sorted.length,
    p50: percentile(sorted, 50),
    p99: percentile(sorted, 99),
    max: sorted[sorted.length - 1],
  };
}

// READERS clients reading in a loop until `until` settles (or the time runs out); each read's latency in ms.
async function readWhile(base: string, until: Promise<unknown>): Promise<number[]> {
  let done = false;
  void until.finally(() => (done = true));
  const latencies: number[] = [];
  await Promise.all(
    Array.from({ length: READERS }, async (_, reader) => {
      for (let i = reader; !done; i++) {
        const started = performance.now();
        const res = await fetch(`${base}${READS[i % READS.length]}`);
        await res.arrayBuffer();
        if (res.status !== 200) throw new Error(`${READS[i % READS.length]} answered ${res.status}`);
        latencies.push(performance.now() - started);
      }
    }),
  );
  return latencies;
}

async function main() {
  const bench = await startBenchApp();
  const { base, key } = bench;
  try {
    const headers = { 'content-type': 'application/json', authorization: `Bearer ${key}` };
    // Something to list, and warm connections and worker threads.
    for (const { title, text, publisher } of generateArticles(20, 3)) {
      const res = await fetch(`${base}/api/documents`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ title, text, publisher }),
      });
      if (res.status !== 201) throw new Error(`warm-up ingest answered ${res.status}`);
    }

    const baseline = summary(
      await readWhile(base, new Promise((resolve) => setTimeout(resolve, BASELINE_MS))),
    );

    const text = largeText(megabytes * 1024 * 1024);
    const body = JSON.stringify({ title: 'A very long read', text, publisher: 'Bulk Wire' });
    const started = performance.now();
    const ingest = fetch(`${base}/api/documents`, { method: 'POST', headers, body }).then(async (res) => {
      if (res.status !== 201) throw new Error(`large ingest answered ${res.status}: ${await res.text()}`);
      return (await res.json()) as { claimCounts: { attributed: number; editorial: number } };
    });
    const during = summary(await readWhile(base, ingest));
    const stored = await ingest;
    const seconds = (performance.now() - started) / 1000;

    const row = (label: string, s: ReturnType<typeof summary>) =>
      `${label.padEnd(16)} ${String(s.reads).padStart(6)} reads   p50 ${s.p50.toFixed(1).padStart(7)} ms   p99 ${s.p99
        .toFixed(1)
        .padStart(7)} ms   max ${s.max.toFixed(1).padStart(8)} ms`;
    console.log(
      `large ingest: ${(Buffer.byteLength(text) / 1024 / 1024).toFixed(1)} MB, ` +
        `${stored.claimCounts.attributed + stored.claimCounts.editorial} claims, ${seconds.toFixed(1)} s; ` +
        `${READERS} readers of ${READS.join(', ')}`,
    );
    console.log(row('no ingest', baseline));
    console.log(row('during ingest', during));
    console.log(`p99 during ingest / p99 without: ${(during.p99 / baseline.p99).toFixed(2)}x`);
  } finally {
    await bench.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
