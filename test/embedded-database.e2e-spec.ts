import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { newDataDir } from './support/child-processes';
import { createKeyWithCli } from './support/cli-process';
import { newArticle } from './support/factories';
import { isRunning, ServiceProcess, startService } from './support/service-process';

// Each test starts the service (and PostgreSQL) as real processes, some twice: on a loaded machine that
// takes longer than the default minute.
jest.setTimeout(180_000);

// The product's default path: no DATABASE_URL, PostgreSQL embedded in DATA_DIR.
describe('the service on its embedded PostgreSQL', () => {
  // Each test has a DATA_DIR of its own, and the processes it started are stopped when it ends, however it ends
  // (support/child-processes.ts): a test that fails or times out cannot leave the next one a DATA_DIR in use.
  let dataDir: string;
  let env: { DATA_DIR: string };
  const postmasterPid = () => join(dataDir, 'pg', 'postmaster.pid');
  let service: ServiceProcess | undefined;

  beforeEach(() => {
    dataDir = newDataDir('claimtrail-embedded-');
    env = { DATA_DIR: dataDir };
    service = undefined;
  });

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

  it('keeps its credentials to itself and runs as a role that cannot rewrite the audit trail', async () => {
    service = await startService(env);
    await post(service, newArticle());
    const mode = (path: string) => statSync(path).mode & 0o777;
    const asRoot = process.getuid!() === 0;
    // As root, PostgreSQL runs as the postgres user, whose group alone may pass through DATA_DIR.
    expect(mode(dataDir)).toBe(asRoot ? 0o710 : 0o700);
    expect(mode(join(dataDir, 'credentials.json'))).toBe(0o600);
    expect(mode(join(dataDir, 'owner.json'))).toBe(0o600);
    if (asRoot) {
      // The prober of the issue: another local user may neither list DATA_DIR nor read what is in it.
      for (const args of [
        ['ls', dataDir],
        ['cat', join(dataDir, 'credentials.json')],
        ['cat', join(dataDir, 'owner.json')],
      ]) {
        const probe = spawnSync(args[0], args.slice(1), { uid: 65534, gid: 65534, encoding: 'utf8' });
        expect(probe.status).not.toBe(0);
        expect(probe.stderr).toMatch(/Permission denied/);
      }
    }

    const { port } = JSON.parse(readFileSync(join(dataDir, 'owner.json'), 'utf8')) as { port: number };
    const connect = async (user: string, password: string) => {
      const client = new Client({ host: '127.0.0.1', port, user, password, database: 'claimtrail' });
      await client.connect();
      return client;
    };
    // The superuser has no login over TCP: not with the constant the repository used to hold, nor any other.
    await expect(connect('postgres', 'claimtrail')).rejects.toThrow(
      /no pg_hba.conf entry|authentication failed/,
    );
    const credentials = JSON.parse(readFileSync(join(dataDir, 'credentials.json'), 'utf8')) as {
      owner: string;
      app: string;
    };
    expect(credentials.app).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(credentials.owner).not.toBe(credentials.app);
    await expect(connect('claimtrail_app', 'claimtrail')).rejects.toThrow(/authentication failed/);

    const app = await connect('claimtrail_app', credentials.app);
    try {
      expect(Number((await app.query('SELECT count(*) FROM audit_events')).rows[0].count)).toBeGreaterThan(0);
      for (const sql of [
        `UPDATE audit_events SET action = 'nothing'`,
        `DELETE FROM audit_events`,
        `SET session_replication_role = replica`,
        `ALTER TABLE audit_events DISABLE TRIGGER ALL`,
      ]) {
        await expect(app.query(sql)).rejects.toThrow(/permission denied|must be owner/);
      }
    } finally {
      await app.end();
    }
  });

  it('refuses to start on a wrong setting and names it', async () => {
    await expect(startService({ ...env, PORT: 'eighty', LOG_LEVEL: 'loud' })).rejects.toThrow(
      /PORT[\s\S]*LOG_LEVEL|LOG_LEVEL[\s\S]*PORT/,
    );
  });
});
