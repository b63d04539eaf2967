// The service, run as its own process, says in its log where it listens.
import { startService } from './support/service-process';
import { createTestDatabase, testDatabaseUrls } from './support/test-database';

async function logLine(output: () => string, pattern: RegExp): Promise<Record<string, unknown>> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    for (const line of output().split('\n')) {
      if (!line.startsWith('{')) continue;
      const entry = JSON.parse(line) as Record<string, unknown>;
      if (typeof entry.msg === 'string' && pattern.test(entry.msg)) return entry;
    }
    if (Date.now() > deadline) throw new Error(`no log line matches ${pattern}:\n${output()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('the service log', () => {
  it('names the address it listens on, once it listens', async () => {
    const urls = testDatabaseUrls(await createTestDatabase());
    const service = await startService({
      DATABASE_URL: urls.app,
      DATABASE_OWNER_URL: urls.owner,
      HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
    });
    try {
      const entry = await logLine(() => service.output(), /^listening on /);
      expect(entry).toMatchObject({ level: 30, msg: `listening on ${service.baseUrl}` });
    } finally {
      service.child.kill('SIGTERM');
      await service.exited;
    }
  });
});
