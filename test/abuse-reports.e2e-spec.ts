import { get, IncomingMessage } from 'node:http';
import { AddressInfo } from 'node:net';
import { DataSource } from 'typeorm';
import { ReportSlots } from '../src/exports/report-slots';
import { bearer, mintKey } from './support/keys';
import { startTestApp, TestApp } from './support/test-app';
import { withClient } from './support/test-database';

// A JSON report of them is tens of megabytes: far more than a loopback socket's buffers hold, so a client that
// stops reading always leaves its report parked mid-way (20,000 claims were close enough to fit).
const CLAIMS = 60_000;
// Long enough that the three parked reports outlive a slow start on a loaded machine before they are counted.
const IDLE_TIMEOUT_MS = 15_000;

interface Stalled {
  response: IncomingMessage;
  /** Resolves once the response has ended, with whether it arrived whole. */
  ended: Promise<boolean>;
}

describe('abuse: reports do not starve the API', () => {
  let t: TestApp;
  let baseUrl: string;
  const open: IncomingMessage[] = [];

  beforeAll(async () => {
    t = await startTestApp({
      env: {
        REPORT_CONNECTIONS: '3',
        REPORTS_PER_CLIENT: '2',
        REPORT_IDLE_TIMEOUT_MS: String(IDLE_TIMEOUT_MS),
      },
    });
    // Enough claims that a report fills the socket buffers and then waits for its client.
    await withClient(t.databaseUrl, async (client) => {
      const text = Array.from({ length: CLAIMS }, (_, i) => `Claim ${String(i).padStart(5, '0')} hold.`).join(
        ' ',
      );
      const { rows } = await client.query(
        `INSERT INTO documents (title, text, content_hash) VALUES ('Many', $1, md5($1) || md5($1)) RETURNING id`,
        [text],
      );
      await client.query(
        `INSERT INTO claims (document_id, kind, text, start_offset, end_offset, quote_type, origin, extractor_version)
         SELECT $1, 'editorial', 'Claim ' || lpad(i::text, 5, '0') || ' hold.', i * 18, i * 18 + 17, 'none', 'extraction', 'bulk'
           FROM generate_series(0, $2 - 1) AS i`,
        [rows[0].id, CLAIMS],
      );
    });
    await t.app.listen(0, '127.0.0.1');
    baseUrl = `http://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}`;
  });
  afterEach(async () => {
    for (const response of open.splice(0)) response.destroy();
    await waitUntil(async () => t.app.get(ReportSlots).busy === 0 && (await reportSessions()) === 0);
  });
  afterAll(() => t.close());

  // Opens a report and stops reading after its first chunk, as a client that stalls would.
  const stall = (headers: Record<string, string> = {}) =>
    new Promise<IncomingMessage>((resolve, reject) =>
      get(`${baseUrl}/api/claims/report?format=json`, { headers }, (response) => {
        open.push(response);
        if (response.statusCode !== 200) {
          response.resume();
          return resolve(response);
        }
        response.once('data', () => {
          response.pause();
          resolve(response);
        });
      }).on('error', reject),
    );
  const watch = (response: IncomingMessage): Stalled => ({
    response,
    ended: new Promise<boolean>((resolve) => {
      response.on('error', () => undefined);
      response.once('close', () => resolve(response.complete));
    }),
  });

  const timed = async (path: string) => {
    const started = performance.now();
    const res = await fetch(`${baseUrl}${path}`, { signal: AbortSignal.timeout(10_000) });
    await res.arrayBuffer();
    return { status: res.status, ms: performance.now() - started };
  };

  // Sessions a parked report holds (for at least `idleMs`): idle inside its transaction between two batches, or
  // in the middle of a COPY whose rows wait for the client (the server blocked writing to Node, which stopped
  // reading). A report between two batches is idle for a moment too; a parked one stays so until its client reads on.
  const reportSessions = (idleMs = 0) =>
    withClient(t.superuserUrl, async (client) => {
      const { rows } = await client.query(
        `SELECT count(*)::int AS n FROM pg_stat_activity
          WHERE datname = $1 AND backend_type = 'client backend'
            AND (state = 'idle in transaction' OR (state = 'active' AND query LIKE 'COPY %' AND wait_event = 'ClientWrite'))
            AND clock_timestamp() - state_change >= $2 * interval '1 millisecond'`,
        [new URL(t.databaseUrl).pathname.slice(1), idleMs],
      );
      return rows[0].n as number;
    });

  // Every session of the database but this one that is not idle: what the reports hold, whatever each is doing at
  // the instant (a parked COPY becomes active for a moment whenever its client's socket takes a few more bytes).
  const busySessions = () =>
    withClient(t.superuserUrl, async (client) => {
      const { rows } = await client.query(
        `SELECT count(*)::int AS n FROM pg_stat_activity
          WHERE datname = $1 AND backend_type = 'client backend' AND state <> 'idle' AND pid <> pg_backend_pid()`,
        [new URL(t.databaseUrl).pathname.slice(1)],
      );
      return rows[0].n as number;
    });

  it('12 stalled report clients hold at most REPORT_CONNECTIONS connections; the API and /health stay fast', async () => {
    const keys = await Promise.all(Array.from({ length: 12 }, () => mintKey(t, 'researcher')));
    const responses = await Promise.all(keys.map((key) => stall(bearer(key))));
    const statuses = responses.map((r) => r.statusCode);
    expect(statuses.filter((s) => s === 200)).toHaveLength(3);
    expect(statuses.filter((s) => s === 503)).toHaveLength(9);
    for (const refused of responses.filter((r) => r.statusCode === 503)) {
      expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    }
    // The three parked reports each hold one connection, parked in their transaction; no more.
    await waitUntil(async () => (await reportSessions(1000)) === 3);
    expect(await reportSessions(1000)).toBe(3);
    expect(await busySessions()).toBe(3);

    for (let i = 0; i < 10; i++) {
      const claims = await timed('/api/claims?limit=5');
      const health = await timed('/health');
      expect(claims.status).toBe(200);
      expect(health.status).toBe(200);
      expect(claims.ms).toBeLessThan(2000);
      expect(health.ms).toBeLessThan(2000);
    }
    // All this while the three reports were still parked.
    expect(t.app.get(ReportSlots).busy).toBe(3);
  }, 120_000);

  it('a client may stream REPORTS_PER_CLIENT reports at once; one more answers 429 with Retry-After', async () => {
    const first = await stall();
    const second = await stall();
    expect([first.statusCode, second.statusCode]).toEqual([200, 200]);
    const third = await stall();
    expect(third.statusCode).toBe(429);
    expect(Number(third.headers['retry-after'])).toBeGreaterThan(0);
    // Another client (a key) still gets one.
    const other = await stall(bearer(await mintKey(t, 'researcher')));
    expect(other.statusCode).toBe(200);
  }, 60_000);

  it('a stalled stream is cut after REPORT_IDLE_TIMEOUT_MS, freeing its connection for the next report', async () => {
    const stalled = await Promise.all([stall(), stall()]);
    expect(stalled.map((r) => r.statusCode)).toEqual([200, 200]);
    const started = Date.now();
    // The server gives up on them after the idle timeout: their slots and connections come back.
    await waitUntil(async () => t.app.get(ReportSlots).busy === 0 && (await reportSessions()) === 0);
    expect(t.app.get(ReportSlots).busy).toBe(0);
    expect(await reportSessions()).toBe(0);
    expect(Date.now() - started).toBeGreaterThanOrEqual(IDLE_TIMEOUT_MS - 1500);
    // A client that reads on finds the transfer cut short, not a complete report.
    const watched = stalled.map(watch);
    for (const response of stalled) response.resume();
    expect(await Promise.all(watched.map((w) => w.ended))).toEqual([false, false]);

    // The freed slots serve a client that reads the whole report.
    const whole = await fetch(`${baseUrl}/api/claims/report?format=csv`);
    expect(whole.status).toBe(200);
    const csv = await whole.text();
    expect(csv.trimEnd().split('\r\n')).toHaveLength(CLAIMS + 1);
  }, 60_000);

  it('statement and idle-in-transaction timeouts are set on the service connections', async () => {
    const dataSource = t.app.get(DataSource);
    const [row] = await dataSource.query(
      `SELECT current_setting('statement_timeout') AS statement, current_setting('idle_in_transaction_session_timeout') AS idle`,
    );
    expect(row).toEqual({ statement: '30s', idle: '1min' });
  });
});

async function waitUntil(done: () => Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await done()) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
}
