// Ingest through the HTTP API (extraction + speakers + batched claim inserts, one transaction per
// article) against the engine alone on the same articles, measured in the same run.
// Run: npm run bench:extract (after the engine figures) or directly: ts-node bench/ingest.bench.ts [ARTICLES]
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { ClaimsService, NewClaim } from '../src/claims/claims.service';
import { extractClaims } from '../src/extraction';
import { startBenchApp } from './bench-app';
import { generateArticles } from './corpus';

const count = Number(process.argv[2] ?? 2_000);
const concurrency = 4;

async function main() {
  const bench = await startBenchApp();
  const { app, base, key } = bench;
  try {
    // A different seed from the engine bench, so no text is already stored.
    const articles = generateArticles(count, 7).map((a, i) => ({ ...a, title: `${a.title} #${i}` }));

    const engineStarted = process.hrtime.bigint();
    for (const article of articles) extractClaims(article.text, { publisher: article.publisher });
    const engineSeconds = Number(process.hrtime.bigint() - engineStarted) / 1e9;

    let next = 0;
    let claims = 0;
    const post = async () => {
      while (next < articles.length) {
        const article = articles[next++];
        const res = await fetch(`${base}/api/documents`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
          body: JSON.stringify({ title: article.title, text: article.text, publisher: article.publisher }),
        });
        if (res.status !== 201) throw new Error(`ingest answered ${res.status}: ${await res.text()}`);
        const body = (await res.json()) as { claimCounts: { attributed: number; editorial: number } };
        claims += body.claimCounts.attributed + body.claimCounts.editorial;
      }
    };
    const ingestStarted = process.hrtime.bigint();
    await Promise.all(Array.from({ length: concurrency }, post));
    const ingestSeconds = Number(process.hrtime.bigint() - ingestStarted) / 1e9;

    const rate = (n: number, s: number) => Math.round(n / s).toLocaleString('en-US');
    console.log(
      `ingest corpus: ${count} articles, ${claims} claims stored, ${concurrency} concurrent clients`,
    );
    console.log(
      `engine alone:       ${rate(count, engineSeconds)} articles/s (${engineSeconds.toFixed(2)} s)`,
    );
    console.log(
      `ingest through API: ${rate(count, ingestSeconds)} articles/s, ${rate(claims, ingestSeconds)} claims/s (${ingestSeconds.toFixed(2)} s)`,
    );
    console.log(`engine share of ingest time: ${((engineSeconds / ingestSeconds) * 100).toFixed(0)}%`);
    await compareClaimWrites(app.get(DataSource), app.get(ClaimsService), articles.slice(0, 300));
  } finally {
    await bench.close();
  }
}

/** The claim writes of ingest alone: one batched INSERT per document against one INSERT per claim. */
async function compareClaimWrites(
  db: DataSource,
  claims: ClaimsService,
  articles: Array<{ text: string; publisher: string }>,
) {
  const plans = articles.map((a) => ({
    text: a.text,
    claims: extractClaims(a.text, { publisher: a.publisher }).claims.map((c): NewClaim => ({
      kind: c.kind,
      start: c.start,
      end: c.end,
      speakerId: null,
      speakerMention: c.speaker?.mention ?? null,
      speakerRole: c.speaker?.role ?? null,
      cue: c.cue,
      quote: c.quote,
      origin: 'extraction',
      extractorVersion: 'bench',
      confidence: c.confidence,
    })),
  }));
  const total = plans.reduce((sum, p) => sum + p.claims.length, 0);
  const run = async (label: string, rowsPerInsert: number | null) => {
    const started = process.hrtime.bigint();
    for (const plan of plans) {
      await db.transaction(async (em) => {
        const [{ id }] = await em.query(
          `INSERT INTO documents (title, text, content_hash) VALUES ('bench', $1, md5(random()::text) || md5(random()::text)) RETURNING id`,
          [plan.text],
        );
        const document = { id, text: plan.text };
        if (rowsPerInsert === null) await claims.insertMany(em, document, plan.claims);
        else for (const claim of plan.claims) await claims.insertMany(em, document, [claim]);
      });
    }
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    console.log(`claim writes, ${label}: ${Math.round(total / seconds).toLocaleString('en-US')} claims/s`);
    return seconds;
  };
  const batched = await run('one INSERT per document', null);
  const rowwise = await run('one INSERT per claim   ', 1);
  console.log(`batched/row-at-a-time throughput ratio: ${(rowwise / batched).toFixed(2)}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
