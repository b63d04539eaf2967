// GET /api/claims?limit=50 under load against a bare Fastify + pg route on the same database, in alternating
// rounds. The bare route runs the very statements the app's list runs (captured from ClaimsService.list) with a pool
// of the app's size, and sends the rows as they come: what PostgreSQL and HTTP alone cost. The app's requests/s as a
// share of the bare route's is the figure (goal: at least 80 %).
// The machine is shared, and its load moves the rates by a third from one round to the next: each round runs both
// routes back to back (in turn first), its ratio is taken within it, and the figure is the median of the rounds'
// ratios. Both servers run in this process, so the CPU time it spends per request (process.cpuUsage) is printed
// beside: it hardly moves with the load.
// Run: npm run bench:api [-- CLAIMS]   (an embedded PostgreSQL in a temp dir; 100,000 claims by default)
import 'reflect-metadata';
import { spawn } from 'node:child_process';
import Fastify from 'fastify';
import { Pool } from 'pg';
import { startBenchApp } from './bench-app';
import { listStatements } from './list-statements';
import { seedClaims } from './seed';

const claims = Number(process.argv[2] ?? 100_000);
const CONNECTIONS = 50;
const SECONDS = 5;
const ROUNDS = 8;
const LIMIT = 50;
// The app's pool (dataSourceOptions' default), so both sides can run as many queries at once.
const POOL_SIZE = 10;

interface AutocannonResult {
  '2xx': number;
  non2xx: number;
  errors: number;
  duration: number;
}

interface Rate {
  requestsPerSecond: number;
  /** This process's CPU time per answered request, in ms. */
  cpuMs: number;
}

// autocannon in a process of its own, so its work is not done on either server's event loop.
async function measure(url: string, seconds = SECONDS): Promise<Rate> {
  const args = ['-c', String(CONNECTIONS), '-d', String(seconds), '--json', '--no-progress', url];
  const cpu = process.cpuUsage();
  const child = spawn(process.execPath, [require.resolve('autocannon'), ...args], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const code = await new Promise((resolve) => child.once('exit', resolve));
  const used = process.cpuUsage(cpu);
  if (code !== 0) throw new Error(`autocannon exited with ${String(code)}`);
  const result = JSON.parse(output) as AutocannonResult;
  if (result.non2xx > 0 || result.errors > 0) {
    throw new Error(`${url}: ${result.non2xx} answers other than 2xx, ${result.errors} errors`);
  }
  return {
    requestsPerSecond: result['2xx'] / result.duration,
    cpuMs: (used.user + used.system) / 1000 / result['2xx'],
  };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function main() {
  const bench = await startBenchApp();
  const pool = new Pool({ connectionString: bench.database.url, max: POOL_SIZE });
  const bare = Fastify();
  try {
    const started = Date.now();
    await seedClaims(bench.database.ownerUrl, claims);
    console.log(
      `seeded ${claims.toLocaleString('en-US')} claims in ${((Date.now() - started) / 1000).toFixed(0)} s`,
    );
    const [statements] = await listStatements(bench.database.url, [{ limit: LIMIT }]);
    bare.get('/api/claims', async () => {
      const results: unknown[][] = [];
      for (const { sql, params } of statements) results.push((await pool.query(sql, params)).rows);
      return { items: results[0], provenance: results[1], nextCursor: null };
    });
    const targets = {
      app: `${bench.base}/api/claims?limit=${LIMIT}`,
      bare: `${await bare.listen({ port: 0, host: '127.0.0.1' })}/api/claims`,
    };
    console.log(
      `GET /api/claims?limit=${LIMIT}, ${CONNECTIONS} connections, ${SECONDS} s a round; ` +
        `the bare route runs the app's ${statements.length} statements`,
    );
    // Warm both (JIT, pool connections) before measuring.
    for (const url of Object.values(targets)) await measure(url, 3);
    const ratios: number[] = [];
    const cpuRatios: number[] = [];
    for (let round = 1; round <= ROUNDS; round++) {
      const order = round % 2 === 1 ? (['app', 'bare'] as const) : (['bare', 'app'] as const);
      const rates = { app: undefined as Rate | undefined, bare: undefined as Rate | undefined };
      for (const side of order) rates[side] = await measure(targets[side]);
      const [app, bare] = [rates.app!, rates.bare!];
      ratios.push(app.requestsPerSecond / bare.requestsPerSecond);
      cpuRatios.push(bare.cpuMs / app.cpuMs);
      console.log(
        `round ${round}: app ${app.requestsPerSecond.toFixed(0)} req/s (${app.cpuMs.toFixed(2)} ms CPU each), ` +
          `bare ${bare.requestsPerSecond.toFixed(0)} req/s (${bare.cpuMs.toFixed(2)} ms CPU each): ` +
          `${(ratios.at(-1)! * 100).toFixed(0)} %`,
      );
    }
    console.log(
      `median of ${ROUNDS} rounds: app at ${(median(ratios) * 100).toFixed(0)} % of the bare route's ` +
        `requests/s (goal ≥ 80 %); the bare route's CPU time per request is ` +
        `${(median(cpuRatios) * 100).toFixed(0)} % of the app's`,
    );
  } finally {
    await bare.close();
    await pool.end();
    await bench.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
