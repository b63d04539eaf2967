import { AddressInfo, connect, Socket } from 'node:net';
import { newArticle } from './support/factories';
import { bearer, mintKey } from './support/keys';
import { TableWatch } from './support/table-checksums';
import { startTestApp, TestApp } from './support/test-app';

const DEADLINE_MS = 600;
const MAX_CONNECTIONS = 6;
const HEALTH = 'GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n';

/** What a raw socket got back before the server closed it, and how long that took. */
interface Ending {
  text: string;
  ms: number;
}

describe('abuse: slow and hoarding clients', () => {
  let t: TestApp;
  let port: number;
  let auth: Record<string, string>;
  let watch: TableWatch;
  const open: Socket[] = [];

  beforeAll(async () => {
    t = await startTestApp({
      env: {
        REQUEST_BODY_TIMEOUT_MS: String(DEADLINE_MS),
        MAX_CONNECTIONS_PER_CLIENT: String(MAX_CONNECTIONS),
      },
    });
    await t.app.listen(0, '127.0.0.1');
    port = (t.app.getHttpServer().address() as AddressInfo).port;
    auth = bearer(await mintKey(t, 'factchecker'));
    watch = await TableWatch.open(t.superuserUrl);
  });
  afterEach(() => open.splice(0).forEach((s) => s.destroy()));
  afterAll(async () => {
    await watch.close();
    await t.close();
  });

  const socket = () =>
    new Promise<Socket>((resolve, reject) => {
      const s = connect(port, '127.0.0.1', () => resolve(s));
      s.once('error', reject);
      open.push(s);
    });

  /** Everything the server sends on `s` until it closes the connection. */
  const ending = (s: Socket) =>
    new Promise<Ending>((resolve) => {
      const started = Date.now();
      let text = '';
      s.setEncoding('utf8');
      s.on('data', (chunk: string) => (text += chunk));
      s.on('error', () => undefined);
      s.once('close', () => resolve({ text, ms: Date.now() - started }));
    });

  const head = (length: number) =>
    [
      'POST /api/documents HTTP/1.1',
      'Host: 127.0.0.1',
      `Authorization: ${auth.Authorization}`,
      'Content-Type: application/json',
      `Content-Length: ${length}`,
      'Connection: close',
      '',
      '',
    ].join('\r\n');

  it('answers 408 and closes a request whose body stops arriving, storing nothing', async () => {
    const before = await watch.checksums();
    const body = JSON.stringify(newArticle());
    const s = await socket();
    const ended = ending(s);
    s.write(head(Buffer.byteLength(body)) + body.slice(0, 40));
    const { text, ms } = await ended;
    expect(text).toMatch(/^HTTP\/1\.1 408 /);
    expect(JSON.parse(text.slice(text.indexOf('\r\n\r\n') + 4))).toEqual({
      statusCode: 408,
      error: 'Request Timeout',
      message: `the request body did not arrive within ${DEADLINE_MS} ms`,
    });
    expect(ms).toBeGreaterThanOrEqual(DEADLINE_MS - 50);
    expect(ms).toBeLessThan(DEADLINE_MS + 5_000);
    expect(TableWatch.changed(before, await watch.checksums())).toEqual([]);
  });

  it('takes a body sent in pieces that arrives within the deadline', async () => {
    const body = JSON.stringify(newArticle());
    const s = await socket();
    const ended = ending(s);
    s.write(head(Buffer.byteLength(body)) + body.slice(0, 50));
    await new Promise((resolve) => setTimeout(resolve, DEADLINE_MS / 4));
    s.write(body.slice(50));
    const { text } = await ended;
    expect(text).toMatch(/^HTTP\/1\.1 201 /);
  });

  it('closes connections past the per-client limit at once, and serves again once they are gone', async () => {
    const held = await Promise.all(Array.from({ length: MAX_CONNECTIONS }, socket));
    const extra = await socket();
    const refused = await ending(extra);
    expect(refused).toEqual({ text: '', ms: expect.any(Number) });
    expect(refused.ms).toBeLessThan(2_000);
    // The held ones still work.
    const s = held[0];
    const answered = ending(s);
    s.write(HEALTH);
    expect((await answered).text).toMatch(/^HTTP\/1\.1 200 /);
    held.forEach((h) => h.destroy());
    await new Promise((resolve) => setTimeout(resolve, 100));
    const after = await socket();
    const served = ending(after);
    after.write(HEALTH);
    expect((await served).text).toMatch(/^HTTP\/1\.1 200 /);
  });
});
