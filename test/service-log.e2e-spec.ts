// The service, run as its own process, says in its log where it listens.
import { startService } from './support/service-process';
import { createTestDatabase, testDatabaseUrls } from './support/test-database';

type LogEntry = Record<string, unknown> & { msg?: unknown; req?: { url?: string } };

async function logLine(output: () => string, matches: (entry: LogEntry) => boolean): Promise<LogEntry> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    for (const line of output().split('\n')) {
      if (!line.startsWith('{')) continue;
      const entry = JSON.parse(line) as LogEntry;
      if (matches(entry)) return entry;
    }
    if (Date.now() > deadline) throw new Error(`no log line matches:\n${output()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('the service log', () => {
  it('names the address it listens on once it listens, then logs each request', async () => {
    const urls = testDatabaseUrls(await createTestDatabase());
    const service = await startService({
      DATABASE_URL: urls.app,
      DATABASE_OWNER_URL: urls.owner,
      HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
    });
    try {
      const entry = await logLine(
        () => service.output(),
        (e) => typeof e.msg === 'string' && e.msg.startsWith('listening on '),
      );
      expect(entry).toMatchObject({ level: 30, msg: `listening on ${service.baseUrl}` });

      // Then one line per request, once answered: method, path and status, never the query or headers.
      const key = 'ct_not-a-key-but-a-secret-all-the-same';
      const refused = await fetch(`${service.baseUrl}/api/claims?q=private+words`, {
        headers: { authorization: `Bearer ${key}` },
      });
      expect(refused.status).toBe(401);
      const request = await logLine(
        () => service.output(),
        (e) => e.req?.url === '/api/claims',
      );
      expect(request).toMatchObject({
        level: 30,
        msg: 'request completed',
        req: { method: 'GET', url: '/api/claims' },
        res: { statusCode: 401 },
        responseTime: expect.any(Number),
      });
      expect(service.output()).not.toContain(key);
      expect(service.output()).not.toContain('private');
    } finally {
      service.child.kill('SIGTERM');
      await service.exited;
    }
  });
});
