// Claim lists at scale: the median latency of every list route over HTTP from a single client, first with
// 5,000 claims and then with 1,000,000 (seeded set-based, bench/seed.ts), each beside its goal (20 ms) and beside
// PostgreSQL's own time for the route's SQL; and the plan of that SQL (EXPLAIN ANALYZE of the very statement
// ClaimsService.list sends): the claims index it reads, and how many rows it sorts.
// Run: npm run bench:lists [-- SIZES…]   e.g. npm run bench:lists -- 5000 100000 1000000
// BENCH_DATA_DIR=/some/dir keeps the seeded database there for the next run (a size below what it holds is skipped).
import 'reflect-metadata';
import { Client } from 'pg';
import { startBenchApp } from './bench-app';
import { listStatements, Statement } from './list-statements';
import { seedClaims } from './seed';

const sizes = process.argv.slice(2).map(Number);
if (sizes.length === 0) sizes.push(5_000, 1_000_000);
const GOAL_MS = 20;
const WARM_UP = 20;
const SAMPLES = 41;
const DEEP_PAGE = 100;
// A sort of more rows than this grows with the table, not with the page: the plan should read an index in order.
// (The claims of one document, or the matches of a rare word, stay below it.)
const SORT_BUDGET = 1_000;

interface Route {
  name: string;
  query: Record<string, string>;
}

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  'Actual Rows': number;
  'Actual Loops': number;
  Plans?: PlanNode[];
}

// The routes the issue names, and the other filters the list takes; q both common and rare.
async function routesFor(db: Client, base: string): Promise<Route[]> {
  const { rows } = await db.query<{ speaker: string; document: string }>(
    `SELECT (SELECT id FROM speakers ORDER BY id LIMIT 1) AS speaker,
            (SELECT id FROM documents ORDER BY id LIMIT 1) AS document`,
  );
  const deep = await cursorOfPage(base, DEEP_PAGE);
  return [
    { name: 'default (page 1)', query: {} },
    { name: `page ${DEEP_PAGE} (cursor)`, query: { cursor: deep } },
    { name: 'kind=editorial', query: { kind: 'editorial' } },
    { name: 'q=bridge (1 in 8)', query: { q: 'bridge' } },
    { name: 'q=tunnel 42 (rare)', query: { q: 'tunnel 42' } },
    { name: 'speakerId', query: { speakerId: rows[0].speaker } },
    { name: 'documentId', query: { documentId: rows[0].document } },
    { name: 'status=reviewed', query: { status: 'reviewed' } },
    { name: 'quote=mixed', query: { quote: 'mixed' } },
    { name: 'verdict=mostly-true', query: { verdict: 'mostly-true' } },
  ];
}

async function page(base: string, query: Record<string, string>): Promise<{ nextCursor: string | null }> {
  const response = await fetch(`${base}/api/claims?${new URLSearchParams(query).toString()}`);
  if (response.status !== 200) throw new Error(`GET /api/claims answered ${response.status}`);
  return (await response.json()) as { nextCursor: string | null };
}

// The cursor that GET /api/claims hands out for page `n`, by following nextCursor from the first page.
async function cursorOfPage(base: string, n: number): Promise<string> {
  let cursor: string | null = null;
  for (let i = 1; i < n; i++) {
    ({ nextCursor: cursor } = await page(base, cursor ? { cursor } : {}));
    if (!cursor) throw new Error(`fewer than ${n} pages of claims`);
  }
  return cursor!;
}

async function medianLatencyMs(base: string, query: Record<string, string>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < WARM_UP + SAMPLES; i++) {
    const started = performance.now();
    await page(base, query);
    if (i >= WARM_UP) times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)];
}

// PostgreSQL's time for the statement, and the plan's claims indexes and sorts, from EXPLAIN ANALYZE.
async function explain(db: Client, { sql, params }: Statement) {
  const { rows } = await db.query<{ 'QUERY PLAN': Array<{ Plan: PlanNode; 'Execution Time': number }> }>(
    `EXPLAIN (ANALYZE, FORMAT JSON) ${sql}`,
    params,
  );
  const [{ Plan, 'Execution Time': executionMs }] = rows[0]['QUERY PLAN'];
  const reads = new Set<string>();
  let sortedRows = 0;
  const walk = (node: PlanNode) => {
    if (node['Index Name']?.startsWith('claims_')) reads.add(node['Index Name']);
    if (node['Node Type'] === 'Seq Scan' && node['Relation Name'] === 'claims') reads.add('Seq Scan');
    if (node['Node Type'].endsWith('Sort')) {
      const input = node.Plans![0];
      sortedRows = Math.max(sortedRows, input['Actual Rows'] * input['Actual Loops']);
    }
    node.Plans?.forEach(walk);
  };
  walk(Plan);
  return { executionMs, reads: [...reads].join(' + '), sortedRows };
}

async function main() {
  const bench = await startBenchApp();
  const db = new Client({ connectionString: bench.database.url });
  await db.connect();
  const fixed = (n: number) => n.toFixed(1).padStart(6);
  try {
    let seeded = (await db.query<{ n: number }>('SELECT count(*)::int AS n FROM claims')).rows[0].n;
    for (const size of sizes) {
      if (size < seeded) {
        console.log(
          `\n${size.toLocaleString('en-US')} claims: skipped, the database holds ${seeded.toLocaleString('en-US')}`,
        );
        continue;
      }
      const started = Date.now();
      if (size > seeded) await seedClaims(bench.database.ownerUrl, size - seeded);
      seeded = size;
      console.log(
        `\n${size.toLocaleString('en-US')} claims (seeded in ${((Date.now() - started) / 1000).toFixed(0)} s); ` +
          `median of ${SAMPLES} requests, one client, goal < ${GOAL_MS} ms`,
      );
      console.log(
        `${'route'.padEnd(22)} ${'HTTP ms'.padStart(7)} ${'of goal'.padStart(7)} ${'SQL ms'.padStart(6)}  plan`,
      );
      const routes = await routesFor(db, bench.base);
      const statements = await listStatements(
        bench.database.url,
        routes.map((r) => r.query),
      );
      const missed: string[] = [];
      for (const [i, route] of routes.entries()) {
        const ms = await medianLatencyMs(bench.base, route.query);
        // A text search may take two statements (the newest claims, then the search index): all of them count.
        const plans = [];
        for (const statement of statements[i]) plans.push(await explain(db, statement));
        const plan = {
          executionMs: plans.reduce((sum, p) => sum + p.executionMs, 0),
          reads: plans.map((p) => p.reads || 'no claims index').join(', then '),
          sortedRows: Math.max(...plans.map((p) => p.sortedRows)),
        };
        const sortsMany = plan.sortedRows > SORT_BUDGET;
        if (ms >= GOAL_MS || sortsMany) missed.push(route.name);
        const sort =
          plan.sortedRows === 0
            ? 'no sort'
            : `${sortsMany ? 'SORTS' : 'sorts'} ${plan.sortedRows.toLocaleString('en-US')} rows`;
        console.log(
          `${route.name.padEnd(22)} ${fixed(ms).padStart(7)} ${`${((ms / GOAL_MS) * 100).toFixed(0)} %`.padStart(7)} ` +
            `${fixed(plan.executionMs)}  ${plan.reads || 'no claims index'}; ${sort}`,
        );
      }
      console.log(missed.length === 0 ? 'every route met the goal' : `missed the goal: ${missed.join(', ')}`);
    }
  } finally {
    await db.end();
    await bench.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
