import { spawn } from 'node:child_process';
import { track } from './support/child-processes';
import { newArticle } from './support/factories';
import { bearer, mintKey } from './support/keys';
import { startTestApp, TestApp } from './support/test-app';
import { withClient } from './support/test-database';

// `claimtrail report` reaches the database itself (not the service): piped into a reader that stops (a pager
// left open), its COPY would hold a connection, a snapshot and its tables' locks for as long as the pipe stays
// full, which no statement or idle-transaction timeout ends; a migration's ALTER would queue behind it, and
// every query of the service behind that.
describe('abuse: the report command piped into a reader that stops reading', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
    const key = bearer(await mintKey(t, 'factchecker'));
    // Enough claims (about 1,500) that the JSON report outgrows the pipe's buffer many times over.
    const text = (d: number) =>
      Array.from(
        { length: 50 },
        (_, i) => `Mayor Tomas Berg said the harbour budget would rise by ${d * 100 + i} percent next year.`,
      ).join(' ');
    for (let d = 0; d < 30; d++)
      await t.http
        .post('/api/documents')
        .set(key)
        .send({ ...newArticle(), text: text(d) })
        .expect(201);
  });
  afterAll(() => t.close());

  const reportBackends = () =>
    withClient(t.superuserUrl, async (c) => {
      const { rows } = await c.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND query ILIKE 'COPY%'`,
      );
      return rows[0].n;
    });

  it('cuts the report after REPORT_IDLE_TIMEOUT_MS, freeing its connection, and exits non-zero saying why', async () => {
    const child = spawn(
      process.execPath,
      ['-r', 'ts-node/register/transpile-only', 'src/cli/main.ts', 'report', '--format', 'json'],
      {
        env: { ...process.env, LOG_LEVEL: 'warn', ...t.cliEnv, REPORT_IDLE_TIMEOUT_MS: '1000' },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    track(child);
    // Standard output is never read: the pipe fills and stays full.
    child.stdout.pause();
    let stderr = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => (stderr += chunk));
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    const inTime = await Promise.race([
      exited.then(() => true),
      new Promise<false>((resolve) => setTimeout(() => resolve(false), 40_000)),
    ]);
    if (!inTime) expect(await reportBackends()).toBe(1);
    expect(inTime).toBe(true);
    expect(await exited).not.toBe(0);
    expect(stderr).toMatch(/standard output read nothing for 1000 ms/);
    expect(await reportBackends()).toBe(0);
  }, 60_000);
});
