import { get, IncomingHttpHeaders } from 'node:http';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isRunning, ServiceProcess, startService } from './support/service-process';

// A real service process on its own embedded PostgreSQL; starting both takes a while on a loaded machine.
jest.setTimeout(300_000);

describe('abuse: the database restarts under a running service', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'claimtrail-restart-'));
  let service: ServiceProcess | undefined;

  afterAll(async () => {
    if (service && service.child.exitCode === null) {
      service.child.kill('SIGTERM');
      await service.exited;
    }
    rmSync(dataDir, { recursive: true, force: true });
  });

  const postmasterPid = () =>
    Number(readFileSync(join(dataDir, 'pg', 'postmaster.pid'), 'utf8').split('\n')[0]);

  it('answers 503 with Retry-After while the embedded PostgreSQL is down, restarts it and recovers', async () => {
    service = await startService({ DATA_DIR: dataDir }, { readyWithinMs: 150_000 });
    const s = service;
    expect((await fetch(`${s.baseUrl}/api/claims`)).status).toBe(200);

    const killed = postmasterPid();
    process.kill(killed, 'SIGKILL');

    const seen: number[] = [];
    let unavailable: { headers: IncomingHttpHeaders; body: unknown } | undefined;
    const deadline = Date.now() + 90_000;
    for (;;) {
      const res = await getFresh(`${s.baseUrl}/api/claims`).catch((error: Error) => {
        // Refused or cut: the service itself is gone or not answering, which is the failure to explain.
        throw new Error(
          `${error.message}; statuses ${seen.join(' → ')}; exit ${s.child.exitCode}\n${s.output()}`,
        );
      });
      const body: unknown = JSON.parse(res.text);
      if (seen.at(-1) !== res.status) seen.push(res.status);
      if (res.status === 503) unavailable ??= { headers: res.headers, body };
      if (res.status === 200 && unavailable) break;
      if (Date.now() > deadline) throw new Error(`no recovery; statuses ${seen.join(' → ')}\n${s.output()}`);
      await new Promise((r) => setTimeout(r, 100));
    }

    // Down: 503 in the error shape, with Retry-After, never a 500. Then back without restarting the service.
    expect(seen).not.toContain(500);
    expect(seen).toContain(503);
    expect(unavailable!.body).toMatchObject({
      statusCode: 503,
      error: 'Service Unavailable',
      code: 'database-unavailable',
    });
    expect(Number(unavailable!.headers['retry-after'])).toBeGreaterThan(0);
    expect(s.child.exitCode).toBeNull();

    const restarted = postmasterPid();
    expect(restarted).not.toBe(killed);
    expect(isRunning(restarted)).toBe(true);
    const health = await (await fetch(`${s.baseUrl}/health`)).json();
    expect(health).toMatchObject({ status: 'ok', info: { database: { status: 'up' } } });
    // Several requests in a row: no pooled connection to the dead server is handed out again.
    for (let i = 0; i < 20; i++) expect((await fetch(`${s.baseUrl}/api/documents`)).status).toBe(200);

    // A clean stop still stops the restarted server.
    s.child.kill('SIGTERM');
    expect(await s.exited).toBe(0);
    expect(isRunning(restarted)).toBe(false);
  });
});

// A new connection for every poll: a keep-alive socket the server closed between two polls would fail the next
// request on the client's side, which says nothing about what the service answers.
function getFresh(url: string): Promise<{ status: number; headers: IncomingHttpHeaders; text: string }> {
  return new Promise((resolve, reject) => {
    const request = get(url, { agent: false, timeout: 15_000 }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, text }));
    });
    request.on('timeout', () => request.destroy(new Error('no answer within 15 s')));
    request.on('error', reject);
  });
}
