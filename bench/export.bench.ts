// Report export throughput and memory over 100,000 claims, against PostgreSQL's own
// `COPY (same rows) TO STDOUT` as the ceiling. Run: npm run bench:export [-- CLAIMS] [--trail] [csv|json]
// --trail indexes every claim in the claim trail, as an ingested corpus has it (bench/seed.ts seeds no trail).
// Uses DATABASE_URL when set (a scratch database is created beside it), else an embedded PostgreSQL in a temp dir.
// Each export runs in a child process that boots the real HTTP app, and another child reads the report over HTTP,
// so the peak resident memory reported is that of a server streaming the report (sampled every 10 ms). The child runs the
// app compiled to JavaScript, as production does (`node dist/main.js`): under ts-node the TypeScript compiler
// alone would hold ~100 MB of the process.
import 'reflect-metadata';
import { spawn, spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { AddressInfo } from 'node:net';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { createApp } from '../src/app.factory';
import { validateEnvironment } from '../src/config/configuration';
import { dataSourceOptions } from '../src/database/data-source-options';
import { startEmbeddedPostgres } from '../src/database/embedded-postgres';
import { seedClaims } from './seed';

// The old-space cap of the second run of each export (BENCH_HEAP_CAP_MB to try another).
const HEAP_CAP_MB = Number(process.env.BENCH_HEAP_CAP_MB ?? 256);
// Node flags for the first (uncapped) server of each export, e.g. BENCH_SERVER_FLAGS='--cpu-prof --cpu-prof-dir=/tmp/p'.
const SERVER_FLAGS = (process.env.BENCH_SERVER_FLAGS ?? '').split(' ').filter(Boolean);

interface RunResult {
  format: string;
  rows: number;
  bytes: number;
  firstByteMs: number;
  seconds: number;
  peakRssMb: number;
  baselineRssMb: number;
  /** CPU seconds of the server process, of this process reading the report, and of PostgreSQL. */
  serverCpu: number;
  clientCpu: number;
  postgresCpu: number;
}

// CPU seconds are printed beside the rates: on a machine shared with other work they move less than wall time.
const cpuSeconds = (usage: NodeJS.CpuUsage) => (usage.user + usage.system) / 1e6;

/** A process's CPU seconds from /proc/PID/stat: its own, and with `reaped` its exited children's too. */
function procCpuSeconds(pid: number, reaped: boolean): { parent: number; seconds: number } | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // After the command (which may hold spaces): state, ppid, … utime, stime, cutime, cstime at 11–14.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = (reaped ? [11, 12, 13, 14] : [11, 12]).reduce((sum, i) => sum + Number(fields[i]), 0);
    return { parent: Number(fields[1]), seconds: ticks / 100 }; // USER_HZ
  } catch {
    return null;
  }
}

/**
 * CPU seconds PostgreSQL has used so far: the postmaster with every backend it has reaped, and the live ones
 * (which a run's report and COPY backends are, or have been). Null when the server's /proc is out of reach.
 */
function postgresCpuSeconds(postmaster: number | null): number | null {
  if (postmaster === null) return null;
  const own = procCpuSeconds(postmaster, true);
  if (!own) return null;
  let seconds = own.seconds;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const child = procCpuSeconds(Number(entry), false);
    if (child?.parent === postmaster) seconds += child.seconds;
  }
  return seconds;
}

function withDatabase(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

// The schema by the migrations, then the claims set-based (bench/seed.ts).
async function seed(url: string, claims: number) {
  const db = new DataSource({ ...dataSourceOptions(url), migrationsRun: false });
  await db.initialize();
  await db.runMigrations({ transaction: 'all' });
  await db.destroy();
  await seedClaims(url, claims);
}

// Every claim in the claim trail, grouped into statements by speaker (or document, for editorial claims) and text:
// a third of the statements appear once, the rest in 2 to 8 documents. Only the columns reports read are real.
async function seedTrail(url: string) {
  const db = new Client({ connectionString: url });
  await db.connect();
  try {
    await db.query(`
      INSERT INTO trail_claims (claim_id, document_id, statement_id, speaker_key, kind, stems, numbers, negated,
                                denial, correction, figure_words)
      SELECT c.id, c.document_id, md5(coalesce(c.speaker_id::text, c.document_id::text) || c.text)::uuid,
             coalesce(c.speaker_id::text, 'outlet'), c.kind, '{}', '{}', false, false, false, '{}'
        FROM claims c WHERE NOT EXISTS (SELECT 1 FROM trail_claims t WHERE t.claim_id = c.id)`);
    await db.query('VACUUM ANALYZE trail_claims');
  } finally {
    await db.end();
  }
}

// PostgreSQL writing the same rows as CSV with nothing in between: the ceiling for any export.
function copyCeiling(
  url: string,
  postmaster: number | null,
): { seconds: number; bytes: number; rows: number; postgresCpu: number; psqlCpu: number } | null {
  const sql = `COPY (SELECT c.id, c.document_id, d.title, d.url, d.publisher, d.published_at, c.kind, c.speaker_id, s.name, s.kind,
      c.speaker_mention, c.speaker_role, c.cue, c.quote_type, c.text, c.start_offset, c.end_offset, c.origin, c.extractor_version,
      c.confidence, c.review_status, c.verdict, c.created_at
    FROM claims c JOIN documents d ON d.id = c.document_id LEFT JOIN speakers s ON s.id = c.speaker_id
    ORDER BY c.document_id, c.start_offset, c.id) TO STDOUT WITH (FORMAT csv, HEADER)`;
  const postgresBefore = postgresCpuSeconds(postmaster);
  // psql is reaped by this process, so its CPU is what this process's children's count gains.
  const psqlBefore = procCpuSeconds(process.pid, true)!.seconds - cpuSeconds(process.cpuUsage());
  const started = process.hrtime.bigint();
  const result = spawnSync('psql', ['-X', '-q', '-d', url, '-c', sql], { maxBuffer: 1 << 30 });
  if (result.error || result.status !== 0) {
    console.error(
      `psql unavailable or failed (${result.error?.message ?? result.stderr.toString().trim()}); no COPY ceiling`,
    );
    return null;
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const postgresAfter = postgresCpuSeconds(postmaster);
  const psqlCpu = procCpuSeconds(process.pid, true)!.seconds - cpuSeconds(process.cpuUsage()) - psqlBefore;
  const rows = result.stdout.toString().split('\n').length - 2;
  return {
    seconds,
    bytes: result.stdout.length,
    rows,
    postgresCpu: postgresBefore === null || postgresAfter === null ? NaN : postgresAfter - postgresBefore,
    psqlCpu,
  };
}

// Child: serve the app on the scratch database, sampling this process's RSS, and report the peak when told to.
async function serve(url: string) {
  const app = await createApp(
    validateEnvironment({ DATABASE_URL: url, LOG_LEVEL: 'silent', RATE_LIMIT_PER_MINUTE: '100000' }),
  );
  await app.listen(0, '127.0.0.1');
  const idle = process.memoryUsage.rss();
  const cpu = process.cpuUsage();
  let peak = idle;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 10);
  process.send!({ port: (app.getHttpServer().address() as AddressInfo).port });
  process.on('message', (message: string) => {
    if (message === 'peak') {
      process.send!({
        peakRssMb: peak / 2 ** 20,
        idleRssMb: idle / 2 ** 20,
        cpuSeconds: cpuSeconds(process.cpuUsage(cpu)),
      });
    }
    if (message === 'stop') {
      clearInterval(timer);
      void app.close().then(() => process.exit(0));
    }
  });
}

// Parent: start a server process, read one report from it over HTTP (consuming, not keeping, the bytes).
async function measure(
  script: string,
  url: string,
  format: string,
  postmaster: number | null,
  nodeFlags: string[] = [],
): Promise<RunResult> {
  const server = spawn(process.execPath, [...nodeFlags, script, '--serve', url], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const next = () =>
    new Promise<Record<string, number>>((resolve) => server.once('message', resolve as never));
  const { port } = await next();
  const postgresBefore = postgresCpuSeconds(postmaster);
  const { firstByteMs, bytes, newlines, seconds, clientCpu } = await readReport(
    `http://127.0.0.1:${port}/api/claims/report?format=${format}`,
  );
  const postgresAfter = postgresCpuSeconds(postmaster);
  server.send('peak');
  const { peakRssMb, idleRssMb, cpuSeconds: serverCpu } = await next();
  server.send('stop');
  await new Promise((resolve) => server.once('exit', resolve));
  // csv: one line per row after the header; json: one line per claim and per document, plus framing lines.
  const rows = format === 'csv' ? newlines - 1 : newlines;
  return {
    format,
    rows,
    bytes,
    firstByteMs,
    seconds,
    peakRssMb,
    baselineRssMb: idleRssMb,
    serverCpu,
    clientCpu,
    postgresCpu: postgresBefore === null || postgresAfter === null ? NaN : postgresAfter - postgresBefore,
  };
}

// The client: a process of its own that holds nothing else, as psql is for the ceiling. Read in this process, whose
// heap holds ts-node's compiler and the app's modules, the same reads cost 1.0–1.6 s of CPU per 100,000 JSON claims
// against 0.6 s (not profiled; likely the collector marking that larger heap as 107 MB of chunks pass), on the two cores the
// server and PostgreSQL share. node:http, not fetch: fetch's web streams cost the client 0.28–0.34 s of CPU per
// 100,000 JSON claims more, read from a warm server apart from this bench.
const READER = `
const started = process.hrtime.bigint();
const before = process.cpuUsage();
require('node:http').get(process.argv[1], async (response) => {
  let firstByteMs = 0, bytes = 0, newlines = 0;
  for await (const chunk of response) {
    if (bytes === 0) firstByteMs = Number(process.hrtime.bigint() - started) / 1e6;
    bytes += chunk.length;
    for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) newlines++;
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const cpu = process.cpuUsage(before);
  process.stdout.write(JSON.stringify({ firstByteMs, bytes, newlines, seconds, clientCpu: (cpu.user + cpu.system) / 1e6 }));
}).once('error', (error) => { console.error(error); process.exit(1); });`;

async function readReport(url: string) {
  const reader = spawn(process.execPath, ['-e', READER, url], { stdio: ['ignore', 'pipe', 'inherit'] });
  let output = '';
  reader.stdout.setEncoding('utf8').on('data', (text: string) => (output += text));
  const code = await new Promise((resolve) => reader.once('close', resolve));
  if (code !== 0) throw new Error(`the report's reader exited with ${String(code)}`);
  return JSON.parse(output) as {
    firstByteMs: number;
    bytes: number;
    newlines: number;
    seconds: number;
    clientCpu: number;
  };
}

// Compiles src/ and this file with the project's settings into node_modules/.cache (so packages resolve).
function compile(): string {
  const root = join(__dirname, '..');
  const out = join(root, 'node_modules', '.cache', 'claimtrail-bench');
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const config = join(out, 'tsconfig.json');
  writeFileSync(
    config,
    JSON.stringify({
      extends: join(root, 'tsconfig.json'),
      compilerOptions: {
        rootDir: root,
        outDir: join(out, 'js'),
        incremental: false,
        sourceMap: false,
        types: ['node'],
      },
      include: [join(root, 'src', '**', '*'), __filename],
      exclude: [join(root, '**', '*.spec.ts')],
    }),
  );
  // Type errors elsewhere in a work tree do not stop the emit; a missing output does.
  spawnSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', config], { stdio: 'ignore' });
  // Assets the modules read beside their code (templates, stylesheets) come along as they are.
  cpSync(join(root, 'src'), join(out, 'js', 'src'), {
    recursive: true,
    filter: (path) => statSync(path).isDirectory() || !path.endsWith('.ts'),
  });
  const compiled = join(out, 'js', 'bench', 'export.bench.js');
  if (!existsSync(compiled)) throw new Error('could not compile the app for the benchmark');
  return compiled;
}

async function main() {
  const args = process.argv.slice(2);
  const claims = Number(args.find((arg) => /^\d+$/.test(arg)) ?? 100_000);
  const trail = args.includes('--trail');
  // `csv` or `json` measures that report alone.
  const formats = ['csv', 'json'].filter(
    (format) => !args.some((a) => a === 'csv' || a === 'json') || args.includes(format),
  );
  const external = process.env.DATABASE_URL;
  const dataDir = external ? null : mkdtempSync(join(tmpdir(), 'claimtrail-bench-'));
  const server = external
    ? { adminUrl: external, release: async () => {} }
    : await startEmbeddedPostgres(dataDir!, { join: false });
  // A scratch database, made, seeded and served as the superuser: this measures speed, not privileges.
  const adminUrl = server.adminUrl!;
  const name = `claimtrail_bench_${process.pid}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = withDatabase(adminUrl, name);
  try {
    const started = Date.now();
    await seed(url, claims);
    if (trail) await seedTrail(url);
    console.log(
      `seeded ${claims.toLocaleString('en-US')} claims${trail ? ', all in the trail,' : ''} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
    // PostgreSQL's CPU is read from /proc when the server runs here: its postmaster is the parent of a backend.
    const backend = (await admin.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0].pid;
    const postmaster = procCpuSeconds(backend, false)?.parent ?? null;
    const rate = (rows: number, seconds: number) => Math.round(rows / seconds).toLocaleString('en-US');
    // CPU seconds per 100,000 rows; `?` when PostgreSQL's processes could not be read.
    const per100k = (seconds: number) =>
      Number.isNaN(seconds) ? '?' : ((seconds * 100_000) / claims).toFixed(2);
    const load = () => `load ${loadavg()[0].toFixed(1)}`;
    const ceiling = copyCeiling(url, postmaster);
    if (ceiling) {
      console.log(
        `COPY … TO STDOUT (csv): ${rate(ceiling.rows, ceiling.seconds)} rows/s, ${(ceiling.bytes / 2 ** 20).toFixed(1)} MB in ${ceiling.seconds.toFixed(2)} s; ` +
          `CPU s per 100k rows: PostgreSQL ${per100k(ceiling.postgresCpu)}, psql ${per100k(ceiling.psqlCpu)} (${load()})`,
      );
    }
    const script = compile();
    for (const format of formats) {
      const r = await measure(script, url, format, postmaster, SERVER_FLAGS);
      // The same export with V8's old space capped: the live set is small and flat, and by default V8 merely
      // lets garbage pile up before collecting; the cap makes it collect sooner, at no cost in throughput.
      const capped = await measure(script, url, format, postmaster, [`--max-old-space-size=${HEAP_CAP_MB}`]);
      const share = ceiling ? ` (${((ceiling.seconds / r.seconds) * 100).toFixed(0)} % of COPY)` : '';
      console.log(
        `${format.padEnd(4)} report: ${rate(claims, r.seconds)} rows/s${share}, ${(r.bytes / 2 ** 20).toFixed(1)} MB in ${r.seconds.toFixed(2)} s, ` +
          `first byte after ${r.firstByteMs.toFixed(0)} ms, ${r.rows.toLocaleString('en-US')} lines; ` +
          `CPU s per 100k rows: PostgreSQL ${per100k(r.postgresCpu)}, server ${per100k(r.serverCpu)}, client ${per100k(r.clientCpu)}; ` +
          `peak RSS ${r.peakRssMb.toFixed(0)} MB (idle ${r.baselineRssMb.toFixed(0)} MB); ` +
          `with --max-old-space-size=${HEAP_CAP_MB}: peak RSS ${capped.peakRssMb.toFixed(0)} MB, ${rate(claims, capped.seconds)} rows/s, ` +
          `CPU PostgreSQL ${per100k(capped.postgresCpu)}, server ${per100k(capped.serverCpu)} (${load()})`,
      );
    }
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
    await server.release();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  }
}

if (process.argv[2] === '--serve') {
  serve(process.argv[3]).catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
} else {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
