import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createKeyWithCli, runCli } from './support/cli-process';
import { newArticle } from './support/factories';
import { gzip, ndjson } from './support/imports';
import { ServiceProcess, startService } from './support/service-process';
import { startTestApp, TestApp } from './support/test-app';
import { withClient } from './support/test-database';

// CLI processes (and, once, the service and its embedded PostgreSQL) start for real.
jest.setTimeout(240_000);

const SUMMARY = /^import (\S+) (\w+): (\d+) documents, (\d+) created, (\d+) duplicates, (\d+) failed$/m;

describe('claimtrail import', () => {
  const dir = mkdtempSync(join(tmpdir(), 'claimtrail-import-'));
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('imports a gzipped NDJSON file, reporting bad lines by number; the same file again is all duplicates', async () => {
    const file = join(dir, 'corpus.ndjson.gz');
    writeFileSync(file, gzip(ndjson([newArticle(), newArticle(), '{oops', newArticle()])));
    const first = await runCli(['import', file], t.cliEnv);
    expect(first).toMatchObject({ code: 0 });
    const [, id, status, total, created, duplicates, failed] = SUMMARY.exec(first.stdout)!;
    expect([status, total, created, duplicates, failed]).toEqual(['done', '4', '3', '0', '1']);
    expect(first.stderr).toMatch(/^line 3: not JSON/m);
    const row = await withClient(t.databaseUrl, (c) =>
      c.query(`SELECT source, actor_role FROM imports WHERE id = $1`, [id]),
    );
    expect(row.rows[0]).toEqual({ source: 'corpus.ndjson.gz', actor_role: 'system' });

    const again = await runCli(['import', file], t.cliEnv);
    expect(again).toMatchObject({ code: 0 });
    expect(SUMMARY.exec(again.stdout)!.slice(2)).toEqual(['done', '4', '0', '3', '1']);
  });

  it('imports a folder of .txt files with metadata.csv, titling unlisted files by name', async () => {
    const folder = join(dir, 'folder');
    mkdirSync(folder);
    const texts = [newArticle().text, newArticle().text, newArticle().text];
    writeFileSync(join(folder, 'a-harbour.txt'), texts[0]);
    writeFileSync(join(folder, 'b-depot.txt'), texts[1]);
    writeFileSync(join(folder, 'c-untitled.txt'), texts[2]);
    writeFileSync(join(folder, 'notes.md'), 'not imported');
    writeFileSync(
      join(folder, 'metadata.csv'),
      'file,title,publisher,publishedAt,url,authors,desk\n' +
        'a-harbour.txt,Harbour plan,Coast Post,2026-01-02T00:00:00.000Z,https://coast.example/a,Ann Lee; Bo Ng,city\n' +
        'b-depot.txt,"Depot, again",Valley Courier,,,,\n',
    );
    const result = await runCli(['import', folder], t.cliEnv);
    expect(result).toMatchObject({ code: 0 });
    expect(SUMMARY.exec(result.stdout)!.slice(2)).toEqual(['done', '3', '3', '0', '0']);
    const stored = await withClient(t.databaseUrl, (c) =>
      c.query(
        `SELECT title, publisher, url, authors, published_at, metadata FROM documents
          WHERE text = ANY($1) ORDER BY title`,
        [texts],
      ),
    );
    expect(stored.rows).toEqual([
      {
        title: 'Depot, again',
        publisher: 'Valley Courier',
        url: null,
        authors: [],
        published_at: null,
        metadata: {},
      },
      {
        title: 'Harbour plan',
        publisher: 'Coast Post',
        url: 'https://coast.example/a',
        authors: ['Ann Lee', 'Bo Ng'],
        published_at: new Date('2026-01-02T00:00:00.000Z'),
        metadata: { desk: 'city' },
      },
      { title: 'c-untitled', publisher: null, url: null, authors: [], published_at: null, metadata: {} },
    ]);
  });

  it('works on the embedded default without a service, and beside a running one on the same DATA_DIR', async () => {
    // Directly in the temporary folder: as root, PostgreSQL runs as a user who must reach DATA_DIR.
    const dataDir = mkdtempSync(join(tmpdir(), 'claimtrail-import-data-'));
    const env = { DATA_DIR: dataDir };
    const file = join(dir, 'embedded.ndjson');
    writeFileSync(file, ndjson([newArticle(), newArticle()]));
    const alone = await runCli(['import', file], env);
    expect(alone).toMatchObject({ code: 0 });
    expect(SUMMARY.exec(alone.stdout)!.slice(2)).toEqual(['done', '2', '2', '0', '0']);

    let service: ServiceProcess | undefined;
    try {
      // API-only: the command itself must store the batches.
      service = await startService({ ...env, WORKER_IN_PROCESS: 'false' });
      const second = join(dir, 'second.ndjson');
      writeFileSync(second, ndjson([newArticle(), newArticle(), newArticle()]));
      const beside = await runCli(['import', second], env);
      expect(beside).toMatchObject({ code: 0 });
      const [, id, ...counts] = SUMMARY.exec(beside.stdout)!;
      expect(counts).toEqual(['done', '3', '3', '0', '0']);
      const key = await createKeyWithCli('factchecker', 'import-cli', env);
      const res = await fetch(`${service.baseUrl}/api/imports/${id}`, {
        headers: { authorization: `Bearer ${key}` },
      });
      expect(res.status).toBe(200);
      expect(await res.json()).toMatchObject({ status: 'done', created: 3 });
    } finally {
      if (service && service.child.exitCode === null) {
        service.child.kill('SIGTERM');
        await service.exited;
      }
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
