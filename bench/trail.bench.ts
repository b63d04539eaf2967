// The claim trail at scale: median latency of GET /api/claims/:id/trail and /suggestions with 100,000
// claims stored (seeded with SQL, indexed as ingest indexes them), and ingest throughput with matching
// against the same ingest with TrailService.indexDocuments switched off, in alternating rounds.
// Run: npm run bench:trail [-- CLAIMS]   (an embedded PostgreSQL in a temp dir)
import 'reflect-metadata';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { createApp } from '../src/app.factory';
import { validateEnvironment } from '../src/config/configuration';
import { startEmbeddedPostgres } from '../src/database/embedded-postgres';
import { prepareDatabase } from '../src/database/prepare-database';
import { DocumentsService } from '../src/documents/documents.service';
import { TrailService } from '../src/trail/trail.service';
import { generateArticles } from './corpus';

const claimCount = Number(process.argv[2] ?? 100_000);
const CLAIMS_PER_DOCUMENT = 10;
const SPEAKERS = 5_000;
const QUERIES = 200;
const INGEST_ROUNDS = 4;
const ARTICLES_PER_ROUND = 40;

// Documents with fingerprints and names, speakers, claims, and their trail rows: statements of about three
// appearances each, stems drawn from a few hundred common words and many rare ones (as news vocabulary is).
async function seed(url: string, claims: number) {
  const db = new Client({ connectionString: url });
  await db.connect();
  const documents = Math.ceil(claims / CLAIMS_PER_DOCUMENT);
  await db.query(`
    INSERT INTO documents (title, text, content_hash, publisher, published_at)
    SELECT 'Bench story ' || d, 'Bench text ' || d, md5('d' || d) || md5('h' || d), 'Outlet ' || (d % 300),
           now() - (d || ' minutes')::interval
      FROM generate_series(1, ${documents}) AS d`);
  await db.query(`
    INSERT INTO document_fingerprints (document_id, shingle_count, entities)
    SELECT id, 200, ARRAY['town' || (n % 2000), 'name' || (n % 3000), 'firm' || (n % 1000)]
      FROM (SELECT id, row_number() OVER (ORDER BY id) AS n FROM documents) d`);
  await db.query(`
    INSERT INTO document_shingles (shingle, document_id)
    SELECT (hashtext(d.id::text || s))::int, d.id FROM documents d, generate_series(1, 200) AS s`);
  await db.query(`
    INSERT INTO speakers (name, name_key, kind)
    SELECT 'Speaker ' || s, 'speaker ' || s, 'person' FROM generate_series(1, ${SPEAKERS}) AS s`);
  await db.query(`
    WITH docs AS (SELECT id, row_number() OVER (ORDER BY id) AS n FROM documents),
         spk AS (SELECT id, row_number() OVER (ORDER BY id) AS n FROM speakers)
    INSERT INTO claims (document_id, kind, text, start_offset, end_offset, speaker_id, cue, quote_type, origin, extractor_version)
    SELECT docs.id, 'attributed', 'bench claim ' || docs.n || '-' || i, i * 20, i * 20 + 10, spk.id, 'said', 'indirect',
           'extraction', 'bench'
      FROM docs CROSS JOIN generate_series(0, ${CLAIMS_PER_DOCUMENT - 1}) AS i
      JOIN spk ON spk.n = 1 + (docs.n * 7 + i) % ${SPEAKERS}
     LIMIT ${claims}`);
  await db.query(`
    WITH c AS (SELECT c.id, c.document_id, c.speaker_id, row_number() OVER (ORDER BY c.id) AS n FROM claims c)
    INSERT INTO trail_claims (claim_id, document_id, statement_id, speaker_key, kind, stems, numbers, negated,
                              denial, correction, figure_words)
    SELECT c.id, c.document_id, md5('statement' || (c.n / 3))::uuid, 'person:' || c.speaker_id, 'attributed',
           ARRAY['common' || (c.n % 300), 'common' || ((c.n * 7) % 300), 'rare' || (c.n / 3), 'rare' || ((c.n / 3) + 1),
                 'mid' || (c.n % 5000), 'mid' || ((c.n * 13) % 5000)],
           ARRAY[((c.n / 3) % 500)::text], false, c.n % 17 = 0, false, ARRAY['common' || (c.n % 300)]
      FROM c`);
  await db.query(`
    INSERT INTO trail_terms (term, claim_id)
    SELECT DISTINCT term, claim_id FROM trail_claims, unnest(stems || ARRAY(SELECT '#' || x FROM unnest(numbers) x)) AS term`);
  await db.query('ANALYZE');
  const [{ n }] = (await db.query(`SELECT count(*)::int AS n FROM trail_claims`)).rows as Array<{
    n: number;
  }>;
  await db.end();
  return n;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

async function main() {
  const dataDir = mkdtempSync(join(tmpdir(), 'claimtrail-bench-trail-'));
  const database = await startEmbeddedPostgres(dataDir, { join: false });
  try {
    await prepareDatabase(database);
    const seeded = Date.now();
    const indexed = await seed(database.ownerUrl, claimCount);
    console.log(
      `seeded ${indexed.toLocaleString('en-US')} indexed claims in ${((Date.now() - seeded) / 1000).toFixed(0)} s`,
    );

    const app = await createApp(
      validateEnvironment({
        LOG_LEVEL: 'silent',
        DATABASE_URL: database.url,
        RATE_LIMIT_PER_MINUTE: '1000000',
      }),
    );
    try {
      await app.listen(0, '127.0.0.1');
      const base = await app.getUrl();
      const client = new Client({ connectionString: database.url });
      await client.connect();
      const ids = (
        await client.query(`SELECT claim_id FROM trail_claims ORDER BY md5(claim_id::text) LIMIT ${QUERIES}`)
      ).rows.map((r: { claim_id: string }) => r.claim_id);
      await client.end();

      for (const route of ['trail', 'suggestions']) {
        const times: number[] = [];
        for (const id of ids) {
          const started = process.hrtime.bigint();
          const res = await fetch(`${base}/api/claims/${id}/${route}`);
          if (res.status !== 200) throw new Error(`${route} answered ${res.status}`);
          await res.json();
          times.push(Number(process.hrtime.bigint() - started) / 1e6);
        }
        console.log(
          `GET /api/claims/:id/${route.padEnd(11)} median ${median(times).toFixed(1)} ms, p95 ${[...times].sort((a, b) => a - b)[Math.floor(times.length * 0.95)].toFixed(1)} ms (${QUERIES} claims)`,
        );
      }

      // Ingest with and without matching, alternating so the machine's load hits both alike: the synthetic
      // bench articles (short, from a few templates and names: the worst case for matching) and the
      // attribution fixtures (real-length articles, each stored once, with or without by turns).
      const documents = app.get(DocumentsService);
      const trail = app.get(TrailService);
      const index = trail.indexDocuments.bind(trail);
      const off = async () => new Map<string, string | null>();
      const synthetic = generateArticles(INGEST_ROUNDS * 2 * ARTICLES_PER_ROUND, 11).map((a, i) => ({
        title: `${a.title} #${i}`,
        text: `${a.text}\n\nBench note ${i}.`,
        publisher: a.publisher,
      }));
      const fixtures = ['attribution', 'attribution-holdout'].flatMap((dir) =>
        readdirSync(join(__dirname, '..', 'test', 'fixtures', dir))
          .filter((f) => f.endsWith('.txt'))
          .map((f) => ({
            title: f,
            text: readFileSync(join(__dirname, '..', 'test', 'fixtures', dir, f), 'utf8'),
            publisher: 'Bench Fixtures',
          })),
      );
      for (const [label, articles] of [
        ['synthetic articles', synthetic],
        ['fixture articles', fixtures],
      ] as const) {
        const seconds = { with: 0, without: 0 };
        const counts = { with: 0, without: 0 };
        for (let i = 0; i < articles.length; i++) {
          // with, without, without, with, …: neither mode always goes first.
          const mode = i % 4 === 0 || i % 4 === 3 ? 'with' : 'without';
          trail.indexDocuments = mode === 'with' ? index : off;
          const started = process.hrtime.bigint();
          await documents.ingest(articles[i]);
          seconds[mode] += Number(process.hrtime.bigint() - started) / 1e9;
          counts[mode]++;
        }
        trail.indexDocuments = index;
        const rate = (mode: 'with' | 'without') => counts[mode] / seconds[mode];
        console.log(
          `ingest, ${label}: ${rate('with').toFixed(1)} documents/s with matching, ` +
            `${rate('without').toFixed(1)} without: ${((rate('with') / rate('without')) * 100).toFixed(0)}% (goal: at least 80%)`,
        );
      }
    } finally {
      await app.close();
    }
  } finally {
    await database.release();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
