import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createKeyWithCli } from './support/cli-process';
import { newArticle } from './support/factories';
import { isRunning, ServiceProcess, startService } from './support/service-process';

// The product's default path: no DATABASE_URL, PostgreSQL embedded in DATA_DIR.
describe('the service on its embedded PostgreSQL', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'claimtrail-embedded-'));
  const env = { DATA_DIR: dataDir };
  const postmasterPid = () => join(dataDir, 'pg', 'postmaster.pid');
  let service: ServiceProcess | undefined;

  afterEach(async () => {
    if (service && service.child.exitCode === null) {
      service.child.kill('SIGTERM');
      await service.exited;
    }
    service = undefined;
  });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  // Writes need a key: each is made with the CLI while the service runs, which proves the CLI joins
  // the service's embedded PostgreSQL instead of starting a second one on the same files.
  const post = async (s: ServiceProcess, body: object) => {
    const key = await createKeyWithCli('factchecker', 'embedded-test', env);
    const res = await fetch(`${s.baseUrl}/api/documents`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
      body: JSON.stringify(body),
    });
    expect(res.status).toBe(201);
    return (await res.json()) as { id: string; text: string };
  };
  const read = async (s: ServiceProcess, id: string) => {
    const res = await fetch(`${s.baseUrl}/api/documents/${id}`);
    expect(res.status).toBe(200);
    return (await res.json()) as { id: string; text: string };
  };

  it('keeps its data across a clean stop and start, and stops PostgreSQL on SIGTERM', async () => {
    service = await startService(env);
    const health = await (await fetch(`${service.baseUrl}/health`)).json();
    expect(health).toMatchObject({ status: 'ok', info: { database: { status: 'up' } } });
    const stored = await post(service, newArticle());

    service.child.kill('SIGTERM');
    expect(await service.exited).toBe(0);
    expect(existsSync(postmasterPid())).toBe(false);

    service = await startService(env);
    expect((await read(service, stored.id)).text).toBe(stored.text);
  });

  it('starts again after the service was killed, leaving its PostgreSQL orphaned', async () => {
    service = await startService(env);
    const stored = await post(service, newArticle());
    const orphan = Number(readFileSync(postmasterPid(), 'utf8').split('\n')[0]);
    service.child.kill('SIGKILL');
    await service.exited;

    service = await startService(env);
    expect((await read(service, stored.id)).text).toBe(stored.text);
    expect(isRunning(orphan)).toBe(false);
  });

  it('starts again after both the service and PostgreSQL were killed, leaving a stale lock', async () => {
    service = await startService(env);
    const stored = await post(service, newArticle());
    const postgres = Number(readFileSync(postmasterPid(), 'utf8').split('\n')[0]);
    service.child.kill('SIGKILL');
    process.kill(postgres, 'SIGKILL');
    await service.exited;
    expect(existsSync(postmasterPid())).toBe(true);

    service = await startService(env);
    expect((await read(service, stored.id)).text).toBe(stored.text);
  });

  it('creates a key with the CLI while the service is stopped, and the service then accepts it', async () => {
    const key = await createKeyWithCli('admin', 'first-admin', env);
    expect(key).toMatch(/^ct_[A-Za-z0-9_-]{43}$/);
    expect(existsSync(postmasterPid())).toBe(false);

    service = await startService(env);
    const keys = await fetch(`${service.baseUrl}/api/keys`, { headers: { authorization: `Bearer ${key}` } });
    expect(keys.status).toBe(200);
    const listed = (await keys.json()) as { items: Array<{ name: string; key?: string }> };
    expect(listed.items.map((k) => k.name)).toContain('first-admin');
    expect(listed.items.every((k) => k.key === undefined)).toBe(true);
  });

  it('refuses a second service on the same DATA_DIR and leaves the first one working', async () => {
    service = await startService(env);
    const stored = await post(service, newArticle());
    await expect(startService(env)).rejects.toThrow(/DATA_DIR .* is in use by claimtrail process/);
    expect((await read(service, stored.id)).text).toBe(stored.text);
  });

  it('refuses to start on a wrong setting and names it', async () => {
    await expect(startService({ ...env, PORT: 'eighty', LOG_LEVEL: 'loud' })).rejects.toThrow(
      /PORT[\s\S]*LOG_LEVEL|LOG_LEVEL[\s\S]*PORT/,
    );
  });
});
