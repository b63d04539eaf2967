// Bulk import against one-by-one ingest and the engine alone, measured in one run on the same kind of
// articles: POST /api/documents one at a time, POST /api/imports stored by 1 worker without the claim trail's
// matching (bench/without-trail.ts), then by 1 and by 2 worker processes with it. An import is done once the
// trail has indexed its last batch, so the time with matching holds all of its indexing.
// Run: npm run bench:import [ARTICLES] [POSTED]   (defaults 20000 articles; 1000 of them posted one by one,
// as that path is far slower: its rate is what counts, not the total; 0 skips that path)
// With BENCH_DATA_DIR the database is kept, and a later run adds new articles to it: a small run on a database
// an earlier large one filled measures the import where the trail's tables are large, in minutes.
// With BENCH_TRAIL_PHASES=1 the workers with matching time each step of the trail's indexing
// (bench/trail-phases.ts) and print the totals when they stop (each run's workers then stop after it); with
// BENCH_IMPORT_PHASES=1 the worker without matching times each step of storing a batch (bench/import-phases.ts).
// BENCH_ONE_WORKER=1 leaves out the 2-worker run (a paired with / without comparison needs only the other two).
// Each run prints its worker's CPU by thread (main, extraction thread, the rest: mostly garbage collection).
// BENCH_CORPUS picks the articles' shape, printed in the header: `templates` (the default; bench/corpus.ts, a
// few templates, so nearly every claim repeats an earlier one: the worst case for matching) or `stories`
// (bench/story-corpus.ts: thousands of stories, each covered by a few outlets, 15% wire reprints; a research
// corpus's shape).
import 'reflect-metadata';
import { ChildProcess, spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { Client } from 'pg';
import { extractClaims } from '../src/extraction';
import { startBenchApp } from './bench-app';
import { generateArticles } from './corpus';
import { generateStoryArticles } from './story-corpus';
import { statementReport } from './pg-statements';

const count = Number(process.argv[2] ?? 20_000);
const posted = Math.min(count, Number(process.argv[3] ?? 1_000));
// Each bench article joins five generated ones: about 3,400 characters and 50 sentences, a news story's length.
const PARTS = 5;

const CORPORA = ['templates', 'stories'] as const;
const corpus = (process.env.BENCH_CORPUS ?? 'templates') as (typeof CORPORA)[number];
if (!CORPORA.includes(corpus)) throw new Error(`BENCH_CORPUS must be one of ${CORPORA.join(', ')}`);

interface Article {
  title: string;
  text: string;
  publisher: string;
  publishedAt?: string;
}

function articles(n: number, seed: number, tag: string): Article[] {
  if (corpus === 'stories')
    return generateStoryArticles(n, seed).map((a, i) => ({
      title: `${tag} ${i}: ${a.title}`,
      publisher: a.publisher,
      publishedAt: a.publishedAt,
      text: `${tag} ${i}.\n\n${a.text}`,
    }));
  const parts = generateArticles(n * PARTS, seed);
  return Array.from({ length: n }, (_, i) => {
    const mine = parts.slice(i * PARTS, (i + 1) * PARTS);
    return {
      title: `${tag} ${i}: ${mine[0].title}`,
      publisher: mine[0].publisher,
      text: `${tag} ${i}.\n\n` + mine.map((p) => p.text).join('\n\n'),
    };
  });
}

const seconds = (since: bigint) => Number(process.hrtime.bigint() - since) / 1e9;

/**
 * CPU seconds used so far by this process and every process under it (the workers, PostgreSQL and its
 * backends), the exited ones included: on a machine shared with other work, what a run costs moves less
 * than how long it takes. Linux only (/proc); 0 elsewhere.
 */
function treeCpuSeconds(root = process.pid): number {
  const stats = new Map<number, { parent: number; ticks: number }>();
  let entries: string[];
  try {
    entries = readdirSync('/proc').filter((e) => /^\d+$/.test(e));
  } catch {
    return 0;
  }
  for (const pid of entries) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      // Fields after the command (which may hold spaces): state, ppid, ... utime stime cutime cstime at 14-17.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const ticks = [11, 12, 13, 14].reduce((sum, i) => sum + Number(fields[i]), 0);
      stats.set(Number(pid), { parent: Number(fields[1]), ticks });
    } catch {
      // The process ended meanwhile: its parent counts it once it is reaped.
    }
  }
  const under = (pid: number): boolean => {
    for (let at = pid, hops = 0; at > 1 && hops < 64; hops++) {
      if (at === root) return true;
      at = stats.get(at)?.parent ?? 0;
    }
    return false;
  };
  let ticks = 0;
  for (const [pid, stat] of stats) if (under(pid)) ticks += stat.ticks;
  return ticks / 100; // USER_HZ
}

function startWorker(url: string, preload: string[] = []): Promise<ChildProcess> {
  const args = [
    // As `npm run worker` runs it. V8 applies the limit to each isolate: the extraction thread has its own.
    '--max-old-space-size=256',
    // BENCH_WORKER_NODE_ARGS tries other V8 settings on the workers ("--max-semi-space-size=16").
    ...(process.env.BENCH_WORKER_NODE_ARGS ?? '').split(' ').filter(Boolean),
    '-r',
    'ts-node/register/transpile-only',
    ...preload.flatMap((p) => ['-r', p]),
    'src/worker.ts',
  ];
  const child = spawn(process.execPath, args, {
    env: { ...process.env, DATABASE_URL: url, LOG_LEVEL: 'info', QUEUE_MAINTENANCE_SECONDS: '30' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk) => {
      out += chunk;
      if (/import worker \d+ started/.test(out)) resolve(child);
    });
    child.once('exit', (code) => reject(new Error(`worker exited with ${code}: ${out}`)));
  });
}

/** The most memory a process has held (VmHWM), in MB; 0 where /proc is not there. */
function peakRssMb(pid: number | undefined): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    return Math.round(Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? 0) / 1024);
  } catch {
    return 0;
  }
}

/** CPU seconds a process has used (its threads included); 0 where /proc is not there. */
function cpuSeconds(pid: number | undefined): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return 0;
  }
}

/** CPU milliseconds each thread of a process has used so far, by thread id; empty where /proc is not there. */
function threadCpuMs(pid: number | undefined): Map<number, number> {
  const threads = new Map<number, number>();
  let tids: string[];
  try {
    tids = readdirSync(`/proc/${pid}/task`);
  } catch {
    return threads;
  }
  for (const tid of tids) {
    try {
      const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      threads.set(Number(tid), (Number(fields[11]) + Number(fields[12])) * 10);
    } catch {
      // The thread ended meanwhile.
    }
  }
  return threads;
}

/**
 * Where a worker's CPU went during a run, in ms per article: its main thread (the event loop: parsing,
 * storing), its busiest other thread (the extraction pool's thread: the engine and the trail's features), and
 * the rest (V8's platform threads, mostly garbage collection, and libuv's). Threads are not named on Linux
 * here, so the extraction thread is told by being the busiest.
 */
function threadShares(pid: number, before: Map<number, number>, articles: number) {
  const deltas = [...threadCpuMs(pid)].map(([tid, ms]) => ({ tid, ms: ms - (before.get(tid) ?? 0) }));
  const main = deltas.find((d) => d.tid === pid)?.ms ?? 0;
  const others = deltas.filter((d) => d.tid !== pid).sort((a, b) => b.ms - a.ms);
  const rest = others.slice(1).reduce((sum, d) => sum + d.ms, 0);
  const per = (ms: number) => (ms / articles).toFixed(1);
  return `main ${per(main)}, extraction thread ${per(others[0]?.ms ?? 0)}, other threads ${per(rest)}`;
}

async function stopWorkers(workers: ChildProcess[]): Promise<void> {
  if (workers.length > 0)
    console.log(
      `worker peak RSS: ${workers.map((w) => `${peakRssMb(w.pid)} MB`).join(', ')}; CPU since start: ${workers.map((w) => `${cpuSeconds(w.pid).toFixed(1)} s`).join(', ')}`,
    );
  for (const w of workers) w.kill('SIGTERM');
  await Promise.all(
    workers.map((w) => new Promise((r) => (w.exitCode !== null ? r(null) : w.once('exit', r)))),
  );
}

async function main() {
  console.log(`corpus: ${corpus}`);
  const bench = await startBenchApp({ IMPORT_BATCH_SIZE: '200' });
  const { database, base, key } = bench;
  const sql = new Client({ connectionString: database.url });
  await sql.connect();
  const workers: ChildProcess[] = [];
  const statements = await statementReport(database.adminUrl, Number(process.env.BENCH_PG_STATEMENTS ?? 0));
  try {
    const headers = { authorization: `Bearer ${key}` };
    const claimsOf = async (tag: string) =>
      Number(
        (
          await sql.query(
            `SELECT count(*) AS n FROM claims c JOIN documents d ON d.id = c.document_id WHERE d.title LIKE $1`,
            [`${tag} %`],
          )
        ).rows[0].n,
      );
    const rows: Array<{
      name: string;
      articles: number;
      claims: number;
      seconds: number;
      cpu?: number;
      databaseCpu?: number;
      walBytes?: number;
    }> = [];
    // Of the CPU a run costs, how much PostgreSQL's server and its backends took (the rest: workers and API).
    const backend = Number((await sql.query(`SELECT pg_backend_pid() AS pid`)).rows[0].pid);
    const server = Number(readFileSync(`/proc/${backend}/stat`, 'utf8').split(') ')[1]?.split(' ')[1] ?? 0);
    const walPosition = async () =>
      BigInt(
        (await sql.query(`SELECT pg_current_wal_lsn() - '0/0'::pg_lsn AS bytes`)).rows[0].bytes as string,
      );
    // Each run on a kept database gets articles of its own (same templates, other draws): the same ones again
    // would be duplicates, or syndicated copies.
    const round = Number((await sql.query(`SELECT count(*) AS n FROM imports`)).rows[0].n);
    const stored = Number((await sql.query(`SELECT count(*) AS n FROM documents`)).rows[0].n);
    if (stored > 0) console.log(`the kept database holds ${stored} documents`);

    const engineSet = articles(count, 11, 'engine');
    const engineStarted = process.hrtime.bigint();
    let engineClaims = 0;
    for (const a of engineSet)
      engineClaims += extractClaims(a.text, { publisher: a.publisher }).claims.length;
    rows.push({
      name: 'engine alone',
      articles: count,
      claims: engineClaims,
      seconds: seconds(engineStarted),
    });

    const postSet = articles(posted, 1000 + round, `posted${round}`);
    const postStarted = process.hrtime.bigint();
    for (const a of postSet) {
      const res = await fetch(`${base}/api/documents`, {
        method: 'POST',
        headers: { ...headers, 'content-type': 'application/json' },
        body: JSON.stringify(a),
      });
      if (res.status !== 201)
        throw new Error(`POST /api/documents answered ${res.status}: ${await res.text()}`);
    }
    const postSeconds = seconds(postStarted);
    if (posted > 0)
      rows.push({
        name: 'POST /api/documents, one by one',
        articles: posted,
        claims: await claimsOf(`posted${round}`),
        seconds: postSeconds,
      });

    // Without the trail's matching first (on the smaller database, so the comparison is not in its favour).
    const phases = process.env.BENCH_TRAIL_PHASES === '1' ? ['./bench/trail-phases.ts'] : [];
    const storePhases = process.env.BENCH_IMPORT_PHASES === '1' ? ['./bench/import-phases.ts'] : [];
    const runs = [
      {
        name: 'import, 1 worker, no trail matching',
        workers: 1,
        preload: ['./bench/without-trail.ts', ...storePhases],
      },
      { name: 'import, 1 worker', workers: 1, preload: phases },
      { name: 'import, 2 workers', workers: 2, preload: phases },
    ].filter((run) => run.workers === 1 || process.env.BENCH_ONE_WORKER !== '1');
    for (const [i, run] of runs.entries()) {
      if (i > 0 && runs[i - 1].preload.length > 0) await stopWorkers(workers.splice(0));
      while (workers.length < run.workers) workers.push(await startWorker(database.url, run.preload));
      const tag = `import${round + i}`;
      const body = articles(count, 13 + round + i, tag)
        .map((a) => JSON.stringify(a))
        .join('\n');
      const started = process.hrtime.bigint();
      const cpuBefore = treeCpuSeconds();
      const databaseCpuBefore = treeCpuSeconds(server);
      const walBefore = await walPosition();
      const threadsBefore = workers.map((w) => threadCpuMs(w.pid));
      await statements?.reset();
      const res = await fetch(`${base}/api/imports`, {
        method: 'POST',
        headers: { ...headers, 'content-type': 'application/x-ndjson' },
        body,
      });
      if (res.status !== 202)
        throw new Error(`POST /api/imports answered ${res.status}: ${await res.text()}`);
      const { id } = (await res.json()) as { id: string };
      const uploaded = seconds(started);
      for (;;) {
        const status = (await (await fetch(`${base}/api/imports/${id}`, { headers })).json()) as {
          status: string;
          created: number;
        };
        if (status.status !== 'queued' && status.status !== 'running') {
          if (status.status !== 'done' || status.created !== count)
            throw new Error(`import ended ${JSON.stringify(status)}`);
          break;
        }
        await new Promise((r) => setTimeout(r, 100));
      }
      console.log(`${run.name}: upload of ${count} lines took ${uploaded.toFixed(1)} s`);
      for (const [w, worker] of workers.entries())
        console.log(
          `  worker ${w + 1} CPU ms/article: ${threadShares(worker.pid!, threadsBefore[w], count)}`,
        );
      const elapsed = seconds(started);
      rows.push({
        name: run.name,
        articles: count,
        claims: await claimsOf(tag),
        seconds: elapsed,
        cpu: treeCpuSeconds() - cpuBefore,
        databaseCpu: treeCpuSeconds(server) - databaseCpuBefore,
        walBytes: Number((await walPosition()) - walBefore),
      });
      await statements?.print(run.name, count);
    }

    const engine = rows[0];
    const rate = (n: number, s: number) => Math.round(n / s).toLocaleString('en-US');
    console.log(
      `\n${count} articles of ~${Math.round(engineSet.reduce((s, a) => s + a.text.length, 0) / count)} characters (corpus: ${corpus === 'stories' ? 'stories, realistic' : 'templates, the worst case for matching'}); ${posted} posted one by one`,
    );
    console.log(
      'path                               articles/s    claims/s   of engine   seconds   CPU ms/article   of it PostgreSQL   WAL KB/article',
    );
    for (const r of rows) {
      const share = ((r.articles / r.seconds / (engine.articles / engine.seconds)) * 100).toFixed(1);
      const cpu = r.cpu === undefined ? '' : ((r.cpu / r.articles) * 1000).toFixed(1);
      const database = r.databaseCpu === undefined ? '' : ((r.databaseCpu / r.articles) * 1000).toFixed(1);
      const wal = r.walBytes === undefined ? '' : (r.walBytes / r.articles / 1024).toFixed(0);
      console.log(
        `${r.name.padEnd(34)} ${rate(r.articles, r.seconds).padStart(10)} ${rate(r.claims, r.seconds).padStart(11)} ${`${share}%`.padStart(11)} ${r.seconds.toFixed(1).padStart(9)} ${cpu.padStart(16)} ${database.padStart(18)} ${wal.padStart(16)}`,
      );
    }
    const one = rows.find((r) => r.name === 'import, 1 worker')!;
    const two = rows.find((r) => r.name === 'import, 2 workers');
    const unmatched = rows.find((r) => r.name === 'import, 1 worker, no trail matching')!;
    if (two) console.log(`2 workers / 1 worker: ${(one.seconds / two.seconds).toFixed(2)}x`);
    console.log(
      `1 worker with trail matching / without: ${((unmatched.seconds / one.seconds) * 100).toFixed(1)}%` +
        ` (by CPU per article, which the machine's other work moves less: ${((unmatched.cpu! / one.cpu!) * 100).toFixed(1)}%)`,
    );

    // What each stored row costs on disk, indexes included: the capacity model in docs/scaling.md scales these.
    const sizes = await sql.query<{ table: string; bytes: string }>(
      `SELECT c.relname AS table, pg_total_relation_size(c.oid) AS bytes
         FROM pg_class c WHERE c.relname IN ('documents', 'claims', 'speakers', 'audit_events') ORDER BY 1`,
    );
    const counted = await sql.query<{ table: string; rows: string }>(
      `SELECT 'documents' AS table, count(*) AS rows FROM documents UNION ALL SELECT 'claims', count(*) FROM claims
       UNION ALL SELECT 'speakers', count(*) FROM speakers UNION ALL SELECT 'audit_events', count(*) FROM audit_events`,
    );
    const rowsOf = new Map(counted.rows.map((r) => [r.table, Number(r.rows)]));
    console.log('\ntable          rows     total MB   bytes/row (with indexes)');
    for (const r of sizes.rows) {
      const n = rowsOf.get(r.table) ?? 0;
      console.log(
        `${r.table.padEnd(13)} ${String(n).padStart(7)} ${(Number(r.bytes) / 1e6).toFixed(1).padStart(10)} ${String(n ? Math.round(Number(r.bytes) / n) : 0).padStart(12)}`,
      );
    }
  } finally {
    await stopWorkers(workers);
    await statements?.close();
    await sql.end();
    await bench.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
