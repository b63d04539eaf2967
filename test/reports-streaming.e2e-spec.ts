import { parse } from 'csv-parse/sync';
import { get, IncomingMessage } from 'node:http';
import { AddressInfo } from 'node:net';
import { startTestApp, TestApp } from './support/test-app';
import { withClient } from './support/test-database';
import { asText } from './support/text-body';

const CLAIMS = 20_000;

describe('streamed reports over many claims', () => {
  let t: TestApp;
  let documentId: string;
  let baseUrl: string;

  beforeAll(async () => {
    t = await startTestApp();
    // Written straight to the tables: one claim per sentence, so the count is known, and no 20,000-sentence
    // extraction run in the test.
    const text = Array.from(
      { length: CLAIMS },
      (_, i) => `Claim number ${String(i).padStart(5, '0')} holds.`,
    ).join(' ');
    documentId = await withClient(t.databaseUrl, async (client) => {
      const { rows } = await client.query(
        `INSERT INTO documents (title, text, content_hash, publisher) VALUES ('Many claims', $1, md5($1) || md5($1), 'Bulk Wire') RETURNING id`,
        [text],
      );
      // A long speaker role makes the report's COPY (about 20 MB) outgrow what the sockets between PostgreSQL and
      // Node buffer, so a client that stops reading parks it.
      await client.query(
        `INSERT INTO claims (document_id, kind, text, start_offset, end_offset, quote_type, origin, extractor_version,
                             speaker_role)
         SELECT $1, 'editorial', 'Claim number ' || lpad(i::text, 5, '0') || ' holds.', i * 26, i * 26 + 25, 'none', 'extraction', 'bulk',
                repeat('r', 1000)
           FROM generate_series(0, $2 - 1) AS i`,
        [rows[0].id, CLAIMS],
      );
      return rows[0].id as string;
    });
    await t.app.listen(0, '127.0.0.1');
    baseUrl = `http://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}`;
  });
  afterAll(() => t.close());

  const text = (res: { body: string }) => res.body;

  it('streams every row as chunked CSV across cursor batches', async () => {
    const res = await t.http
      .get('/api/claims/report')
      .query({ documentId, format: 'csv' })
      .buffer(true)
      .parse(asText)
      .expect(200);
    expect(res.headers['transfer-encoding']).toBe('chunked');
    expect(res.headers['content-length']).toBeUndefined();
    const rows: Array<Record<string, string>> = parse(text(res), { columns: true });
    expect(rows).toHaveLength(CLAIMS);
    expect(rows.map((r) => Number(r.start))).toEqual(Array.from({ length: CLAIMS }, (_, i) => i * 26));
    expect(new Set(rows.map((r) => r.claim_id)).size).toBe(CLAIMS);
  });

  it('writes well-formed JSON and PROV-JSON when the claims span many batches', async () => {
    const json = JSON.parse(
      text(await t.http.get(`/api/documents/${documentId}/report`).buffer(true).parse(asText).expect(200)),
    );
    expect(json.claims).toHaveLength(CLAIMS);
    expect(json.documents).toHaveLength(1);

    const prov = JSON.parse(
      text(
        await t.http
          .get(`/api/documents/${documentId}/report?format=prov`)
          .buffer(true)
          .parse(asText)
          .expect(200),
      ),
    );
    expect(Object.keys(prov.entity).filter((id) => id.startsWith('claim:'))).toHaveLength(CLAIMS);
    // Shared records are written once, although every batch (and every pass) meets them again.
    expect(Object.keys(prov.agent)).toEqual(['outlet:Bulk%20Wire', 'ct:extractor-bulk']);
    // One insert is one extraction run: one activity, named by the document and the run's time.
    expect(Object.keys(prov.activity)).toEqual([
      expect.stringMatching(new RegExp(`^ct:extraction-${documentId}-\\d+$`)),
    ]);
    expect(Object.keys(prov.wasDerivedFrom)).toHaveLength(CLAIMS);

    const md = text(
      await t.http
        .get(`/api/documents/${documentId}/report?format=md`)
        .buffer(true)
        .parse(asText)
        .expect(200),
    );
    expect(md.match(/^## Many claims$/gm)).toHaveLength(1);
    expect(md.match(/^- “Claim number/gm)).toHaveLength(CLAIMS);
    expect(md).toContain('- “Claim number 19999 holds.”');
  });

  it('streams the claims from one COPY, and a client that hangs up stops it and frees the connection', async () => {
    const response = await new Promise<IncomingMessage>((resolve, reject) =>
      get(`${baseUrl}/api/claims/report?format=json&documentId=${documentId}`, resolve).on('error', reject),
    );
    try {
      expect(response.statusCode).toBe(200);
      // Read one chunk and stop: once the socket buffers fill, back-pressure parks the report. The claims come
      // from one COPY, which then waits for Node to read its rows (Node stopped reading the database socket).
      await new Promise<void>((resolve) => response.once('data', () => resolve()));
      response.pause();
      const parkedCopy = (s: Session) =>
        s.state === 'active' && /^COPY \(SELECT /.test(s.query) && s.wait_event === 'ClientWrite';
      const parked = await waitFor(t.databaseUrl, (s) => s.some(parkedCopy));
      expect(parked.filter(parkedCopy)).toHaveLength(1);
    } finally {
      // Also on failure: a paused response would hold the server open and stall the suite's teardown.
      response.destroy();
    }

    // The COPY cut short is stopped and its connection dropped, not handed back mid-transfer.
    const after = await waitFor(t.databaseUrl, (s) => s.every((x) => x.state === 'idle'));
    expect(after.filter((s) => s.state !== 'idle')).toEqual([]);
    // The pool still serves reports afterwards.
    await t.http.get(`/api/claims/report?format=json&documentId=${documentId}&kind=attributed`).expect(200);
  }, 120_000);
});

describe('a report that takes longer than DATABASE_STATEMENT_TIMEOUT_MS', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ env: { DATABASE_STATEMENT_TIMEOUT_MS: '300' } });
    await withClient(t.databaseUrl, (client) =>
      client.query(
        `WITH d AS (INSERT INTO documents (title, text, content_hash) VALUES ('Slow', 'x', md5('slow') || md5('slow')) RETURNING id)
         INSERT INTO claims (document_id, kind, text, start_offset, end_offset, quote_type, origin, extractor_version)
         SELECT d.id, 'editorial', 'Claim ' || i, i, i + 1, 'none', 'extraction', 'bulk' FROM d, generate_series(0, $1 - 1) AS i`,
        [CLAIMS],
      ),
    );
    await t.app.listen(0, '127.0.0.1');
  });
  afterAll(() => t.close());

  it('still arrives whole: its one COPY is not cut by the statement timeout', async () => {
    const { port } = t.app.getHttpServer().address() as AddressInfo;
    const body = await new Promise<string>((resolve, reject) =>
      get(`http://127.0.0.1:${port}/api/claims/report?format=csv`, (response) => {
        let text = '';
        response.setEncoding('utf8');
        // A reader slower than the statement timeout: it pauses after the first chunk for twice as long.
        response.once('data', () => {
          response.pause();
          setTimeout(() => response.resume(), 600);
        });
        response.on('data', (chunk: string) => (text += chunk));
        response.on('end', () => resolve(text));
        response.on('error', reject);
      }).on('error', reject),
    );
    expect(parse(body, { columns: true })).toHaveLength(CLAIMS);
  }, 60_000);
});

type Session = { state: string; query: string; wait_event: string | null };

// Polls the sessions until the condition holds (or 30 s pass) and returns the last look.
async function waitFor(url: string, done: (sessions: Session[]) => boolean): Promise<Session[]> {
  const deadline = Date.now() + 30_000;
  let seen = await sessions(url);
  while (!done(seen) && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 100));
    seen = await sessions(url);
  }
  return seen;
}

// The app's sessions on this database (not the one asking), with their state and last statement.
async function sessions(url: string): Promise<Session[]> {
  return withClient(url, async (client) => {
    const { rows } = await client.query(
      `SELECT state, query, wait_event FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_type = 'client backend'`,
    );
    return rows;
  });
}
