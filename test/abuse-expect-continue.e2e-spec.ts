import { request as httpRequest } from 'node:http';
import { AddressInfo } from 'node:net';
import { newArticle } from './support/factories';
import { ndjson } from './support/imports';
import { bearer, mintKey } from './support/keys';
import { startTestApp, TestApp } from './support/test-app';

interface Outcome {
  /** Whether the server said 100 Continue before its final answer. */
  continued: boolean;
  status: number;
  body: string;
}

describe('abuse: Expect: 100-continue', () => {
  let t: TestApp;
  let port: number;
  let key: string;

  beforeAll(async () => {
    t = await startTestApp({ env: { BODY_LIMIT_BYTES: String(64 * 1024) } });
    await t.app.listen(0, '127.0.0.1');
    port = (t.app.getHttpServer().address() as AddressInfo).port;
    key = await mintKey(t, 'factchecker');
  });
  afterAll(() => t.close());

  // A raw request that declares its body and waits for 100 Continue before sending it, as curl does.
  const send = (
    body: string,
    declaredLength: number,
    path = '/api/documents',
    contentType = 'application/json',
  ) =>
    new Promise<Outcome>((resolve, reject) => {
      let continued = false;
      const req = httpRequest(
        {
          host: '127.0.0.1',
          port,
          method: 'POST',
          path,
          headers: {
            ...bearer(key),
            'content-type': contentType,
            'content-length': declaredLength,
            expect: '100-continue',
          },
        },
        (res) => {
          let text = '';
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => (text += chunk));
          res.on('end', () => resolve({ continued, status: res.statusCode!, body: text }));
        },
      );
      req.on('continue', () => {
        continued = true;
        req.end(body);
      });
      req.on('error', reject);
      req.flushHeaders();
    });

  it('an oversized Content-Length gets 413 with the error shape, without 100 Continue', async () => {
    // Not /api/documents: a document's route takes up to twice MAX_DOCUMENT_BYTES, the others the body limit.
    const outcome = await send('', 5 * 1024 * 1024, '/api/claims');
    expect(outcome.continued).toBe(false);
    expect(outcome.status).toBe(413);
    expect(JSON.parse(outcome.body)).toMatchObject({ statusCode: 413, error: 'Payload Too Large' });
    expect(JSON.parse(outcome.body).message).toMatch(/larger than the 65536 bytes/);
    // The service goes on answering.
    await t.http.get('/health').expect(200);
  });

  it('a body within the limit is told to continue and stored', async () => {
    const body = JSON.stringify(newArticle());
    const outcome = await send(body, Buffer.byteLength(body));
    expect(outcome.continued).toBe(true);
    expect(outcome.status).toBe(201);
    expect(JSON.parse(outcome.body).created).toBe(true);
  });

  it('an import larger than the body limit is told to continue: imports stream, whatever their size', async () => {
    const body = ndjson(
      Array.from({ length: 40 }, () => ({ ...newArticle(), metadata: { pad: 'p'.repeat(4096) } })),
    );
    expect(Buffer.byteLength(body)).toBeGreaterThan(64 * 1024);
    const outcome = await send(body, Buffer.byteLength(body), '/api/imports', 'application/x-ndjson');
    expect(outcome.continued).toBe(true);
    expect(outcome.status).toBe(202);
    expect(JSON.parse(outcome.body).status).toBe('queued');
  });
});
