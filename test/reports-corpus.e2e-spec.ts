import { parse } from 'csv-parse/sync';
import { spawn } from 'node:child_process';
import { get, IncomingMessage } from 'node:http';
import { AddressInfo } from 'node:net';
import { Logger as PinoLogger } from 'nestjs-pino';
import { Client } from 'pg';
import { REPORT_FORMATS, ReportFormat } from '../src/exports/report-format';
import { runCli } from './support/cli-process';
import { ingestCorpus } from './support/corpus';
import { bearer, mintKey } from './support/keys';
import { startTestApp, TestApp } from './support/test-app';
import { asText } from './support/text-body';
import { withClient } from './support/test-database';

const DOCUMENTS = 1000;

// How many records (claims) a report holds, read the way a researcher would read each format.
function recordsIn(format: ReportFormat, body: string): number {
  switch (format) {
    case 'json':
      return (JSON.parse(body) as { claims: unknown[] }).claims.length;
    case 'csv':
      return (parse(body, { columns: true }) as unknown[]).length;
    case 'md':
      // One list item per claim (a direct quote keeps its own marks, so items need not start with “).
      return body.match(/^- .*\(\[claim\]\(<[^>]+>\)\)$/gm)?.length ?? 0;
    case 'html':
      return body.match(/<div class="claim" id="claim-/g)?.length ?? 0;
    case 'claimreview':
      return (JSON.parse(body) as { '@graph': unknown[] })['@graph'].length;
    case 'prov':
      return Object.keys((JSON.parse(body) as { entity: object }).entity).filter((id) =>
        id.startsWith('claim:'),
      ).length;
    case 'annotation': {
      const collection = JSON.parse(body) as { total: number; first: { items: unknown[] } };
      expect(collection.total).toBe(collection.first.items.length);
      return collection.first.items.length;
    }
  }
}

describe('reports over a corpus of 1,000 documents whose claims interleave', () => {
  let t: TestApp;
  let claims: number;
  let reviewed: number;
  let documents: number;
  let baseUrl: string;

  const expected = (format: ReportFormat) => (format === 'claimreview' ? reviewed : claims);

  beforeAll(async () => {
    t = await startTestApp();
    const fc = bearer(await mintKey(t, 'factchecker', 'corpus-checker'));
    await ingestCorpus(t, fc, DOCUMENTS);
    // A few verdicts and sources, spread over the corpus, so every format has something of each.
    const sample = await withClient(t.databaseUrl, async (c) =>
      (await c.query(`SELECT id FROM claims ORDER BY md5(id::text) LIMIT 24`)).rows.map(
        (r) => r.id as string,
      ),
    );
    for (const [i, id] of sample.entries()) {
      if (i % 2 === 0)
        await t.http
          .post(`/api/claims/${id}/reviews`)
          .set(fc)
          .send({ verdict: 'mixed', rationale: 'Partly supported.' })
          .expect(201);
      else
        await t.http
          .post(`/api/claims/${id}/evidence`)
          .set(fc)
          .send({ stance: 'corroborates', url: `https://records.example/${i}` })
          .expect(201);
    }
    ({ claims, reviewed, documents } = await withClient(t.databaseUrl, async (c) => {
      const { rows } = await c.query(
        `SELECT count(*)::int AS claims, count(*) FILTER (WHERE verdict IS NOT NULL)::int AS reviewed,
                count(DISTINCT document_id)::int AS documents FROM claims`,
      );
      return rows[0] as { claims: number; reviewed: number; documents: number };
    }));
    await t.app.listen(0, '127.0.0.1');
    baseUrl = `http://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}`;
  }, 300_000);
  afterAll(() => t.close());

  it('spans more documents than any cache could hold and interleaves their claims in creation order', async () => {
    expect(documents).toBe(DOCUMENTS);
    expect(claims).toBeGreaterThan(3000);
    const switches = await withClient(t.databaseUrl, async (c) => {
      const { rows } = await c.query(
        `SELECT count(*)::int AS n FROM (
           SELECT document_id, lag(document_id) OVER (ORDER BY created_at, id) AS previous FROM claims) x
          WHERE document_id <> previous`,
      );
      return rows[0].n as number;
    });
    // Documents were ingested concurrently, so creation order switches between documents throughout.
    expect(switches).toBeGreaterThanOrEqual(DOCUMENTS - 1);
  });

  it.each(REPORT_FORMATS)(
    'GET /api/claims/report?format=%s holds every claim, and says how many in X-Total-Count',
    async (format) => {
      const res = await t.http
        .get('/api/claims/report')
        .query({ format })
        .buffer(true)
        .parse(asText)
        .expect(200);
      expect(res.headers['x-total-count']).toBe(String(expected(format)));
      expect(recordsIn(format, res.body as string)).toBe(expected(format));
    },
  );

  it('the CLI `report` writes every claim in every format', async () => {
    const queue = [...REPORT_FORMATS];
    const results: Array<{ format: ReportFormat; code: number | null; stderr: string; records: number }> = [];
    // Two at a time (each is a whole process with its own application context), all finished before asserting.
    await Promise.all(
      [0, 1].map(async () => {
        for (let format = queue.shift(); format; format = queue.shift()) {
          const { code, stderr, stdout } = await runCli(['report', '--format', format], t.cliEnv);
          results.push({ format, code, stderr, records: code === 0 ? recordsIn(format, stdout) : -1 });
        }
      }),
    );
    expect(results.sort((a, b) => a.format.localeCompare(b.format))).toEqual(
      [...REPORT_FORMATS]
        .sort()
        .map((format) => ({ format, code: 0, stderr: '', records: expected(format) })),
    );
  }, 300_000);

  it('a report whose database connection dies midway ends in a transfer error and is logged at error', async () => {
    const logged = jest.spyOn(PinoLogger.prototype, 'error');
    try {
      let body = '';
      const complete = await failingMidway(t.superuserUrl, async () => {
        const response = await new Promise<IncomingMessage>((resolve, reject) =>
          get(`${baseUrl}/api/claims/report?format=csv`, resolve).on('error', reject),
        );
        expect(response.statusCode).toBe(200);
        expect(response.headers['x-total-count']).toBe(String(claims));
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (body += chunk));
        response.on('error', () => undefined);
        return {
          done: new Promise<boolean>((resolve) => response.on('close', () => resolve(response.complete))),
        };
      });
      expect(complete).toBe(false);
      // What arrived looks like the start of a CSV: its header, and no claim.
      expect(body.startsWith('claim_id,claim_url,')).toBe(true);
      expect(parse(body, { columns: true })).toEqual([]);
      expect(logged.mock.calls.map(([message]) => String(message))).toContainEqual(
        expect.stringMatching(/^report on claims as csv failed midway/),
      );
    } finally {
      logged.mockRestore();
    }
  }, 120_000);

  it('the CLI exits non-zero with a message when its report fails midway', async () => {
    let stdout = '';
    let stderr = '';
    const code = await failingMidway(t.superuserUrl, async () => {
      const child = spawn(
        process.execPath,
        ['-r', 'ts-node/register/transpile-only', 'src/cli/main.ts', 'report', '--format', 'json'],
        { env: { ...process.env, LOG_LEVEL: 'warn', ...t.cliEnv }, stdio: 'pipe' },
      );
      child.stdout.setEncoding('utf8');
      child.stderr.setEncoding('utf8');
      child.stdout.on('data', (chunk) => (stdout += chunk));
      child.stderr.on('data', (chunk) => (stderr += chunk));
      return { done: new Promise<number | null>((resolve) => child.once('close', resolve)) };
    });
    expect(code).not.toBe(0);
    expect(stderr).toMatch(/report failed midway and its output is incomplete/);
    expect(stdout.startsWith('{"report":')).toBe(true);
    expect(() => JSON.parse(stdout)).toThrow();
  }, 120_000);
});

/**
 * Makes a report's database connection die after its response has begun: a superuser holds the reviews
 * table locked, so the report (counted, its headers and first text written) waits in its first batch;
 * then its session is ended and the lock let go. Resolves with what `start`'s `done` resolves to.
 */
async function failingMidway<T>(
  superuserUrl: string,
  start: () => Promise<{ done: Promise<T> }>,
): Promise<T> {
  const blocker = new Client({ connectionString: superuserUrl });
  await blocker.connect();
  try {
    await blocker.query('BEGIN');
    await blocker.query('LOCK TABLE reviews IN ACCESS EXCLUSIVE MODE');
    const { done } = await start();
    const deadline = Date.now() + 60_000;
    for (;;) {
      const { rows } = await blocker.query(
        // pg_locks, unlike pg_stat_activity, is not a snapshot frozen for the rest of this transaction.
        `SELECT pg_terminate_backend(pid) FROM pg_locks WHERE relation = 'reviews'::regclass AND NOT granted`,
      );
      if (rows.length > 0) break;
      if (Date.now() > deadline) throw new Error('no report waited for the lock');
      await new Promise((r) => setTimeout(r, 100));
    }
    await blocker.query('ROLLBACK');
    return await done;
  } finally {
    await blocker.end();
  }
}
