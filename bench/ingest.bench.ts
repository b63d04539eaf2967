// Ingest through the HTTP API (extraction + speakers + batched claim inserts, one transaction per
// article) against the engine alone on the same articles, measured in the same run.
// Run: npm run bench:extract (after the engine figures) or directly: ts-node bench/ingest.bench.ts [ARTICLES]
import 'reflect-metadata';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../src/app.factory';
import { KeysService } from '../src/auth/keys.service';
import { SYSTEM_ACTOR } from '../src/auth/roles';
import { validateEnvironment } from '../src/config/configuration';
import { startEmbeddedPostgres } from '../src/database/embedded-postgres';
import { extractClaims } from '../src/extraction';
import { generateArticles } from './corpus';

const count = Number(process.argv[2] ?? 2_000);
const concurrency = 4;

async function main() {
  const dataDir = mkdtempSync(join(tmpdir(), 'claimtrail-bench-'));
  const database = await startEmbeddedPostgres(dataDir);
  const app = await createApp(validateEnvironment({ LOG_LEVEL: 'silent', DATABASE_URL: database.url }));
  try {
    await app.listen(0, '127.0.0.1');
    const base = await app.getUrl();
    const { key } = await app.get(KeysService).create({ name: 'bench', role: 'factchecker' }, SYSTEM_ACTOR);
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
    console.log(`ingest corpus: ${count} articles, ${claims} claims stored, ${concurrency} concurrent clients`);
    console.log(`engine alone:       ${rate(count, engineSeconds)} articles/s (${engineSeconds.toFixed(2)} s)`);
    console.log(
      `ingest through API: ${rate(count, ingestSeconds)} articles/s, ${rate(claims, ingestSeconds)} claims/s (${ingestSeconds.toFixed(2)} s)`,
    );
    console.log(`engine share of ingest time: ${((engineSeconds / ingestSeconds) * 100).toFixed(0)}%`);
  } finally {
    await app.close();
    await database.release();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
