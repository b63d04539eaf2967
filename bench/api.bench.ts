// GET /api/claims?limit=50 under load against a bare Fastify + pg route on the same database, in alternating
// rounds. The bare route runs the very statements the app's list runs (captured from ClaimsService.list: the page,
// then its evidence counts) with a pool of the app's size, and sends the rows as they come: what PostgreSQL and
// HTTP alone cost. The app's requests/s as a share of the bare route's is the figure (goal: at least 80 %).
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
const SECONDS = 10;
const ROUNDS = 3;
const LIMIT = 50;
// The app's pool (dataSourceOptions' default), so both sides can run as many queries at once.
const POOL_SIZE = 10;

interface AutocannonResult {
  '2xx': number;
  non2xx: number;
  errors: number;
  duration: number;
}

// autocannon in a process of its own, so its work is not done on either server's event loop.
async function requestsPerSecond(url: string, seconds = SECONDS): Promise<number> {
  const args = ['-c', String(CONNECTIONS), '-d', String(seconds), '--json', '--no-progress', url];
  const child = spawn(process.execPath, [require.resolve('autocannon'), ...args], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const code = await new Promise((resolve) => child.once('exit', resolve));
  if (code !== 0) throw new Error(`autocannon exited with ${String(code)}`);
  const result = JSON.parse(output) as AutocannonResult;
  if (result.non2xx > 0 || result.errors > 0) {
    throw new Error(`${url}: ${result.non2xx} answers other than 2xx, ${result.errors} errors`);
  }
  return result['2xx'] / result.duration;
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
    for (const url of Object.values(targets)) await requestsPerSecond(url, 3);
    const rates = { app: [] as number[], bare: [] as number[] };
    for (let round = 1; round <= ROUNDS; round++) {
      rates.app.push(await requestsPerSecond(targets.app));
      rates.bare.push(await requestsPerSecond(targets.bare));
      console.log(
        `round ${round}: app ${rates.app.at(-1)!.toFixed(0)} req/s, bare ${rates.bare.at(-1)!.toFixed(0)} req/s`,
      );
    }
    const [app, floor] = [median(rates.app), median(rates.bare)];
    console.log(
      `median: app ${app.toFixed(0)} req/s, bare Fastify + pg ${floor.toFixed(0)} req/s: ` +
        `app at ${((app / floor) * 100).toFixed(0)} % of the bare route (goal ≥ 80 %)`,
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
