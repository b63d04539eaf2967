import { ImportQueue } from '../src/imports/import-queue';
import { ImportWorker } from '../src/imports/import-worker';
import { newArticle } from './support/factories';
import { postImport, waitForImport } from './support/imports';
import { bearer, mintKey } from './support/keys';
import { startTcpProxy, TcpProxy } from './support/tcp-proxy';
import { createTestDatabase } from './support/test-database';
import { startTestApp, TestApp } from './support/test-app';

// The service starts its import worker after it listens; the database can go away in between (CI saw the
// embedded server killed there, and the service exited 1 with it). The app here reaches its database through a
// relay the spec cuts and restores.
describe('import worker: the database goes away while it starts', () => {
  let proxy: TcpProxy;
  let t: TestApp;
  beforeAll(async () => {
    const databaseUrl = await createTestDatabase();
    proxy = await startTcpProxy(databaseUrl);
    t = await startTestApp({ databaseUrl, reach: (url) => proxy.url(url) });
  });
  afterAll(async () => {
    proxy.up();
    await t.close();
    await proxy.close();
  });

  it('waits for the database to come back, then takes import batches', async () => {
    const factchecker = bearer(await mintKey(t, 'factchecker'));
    proxy.down();
    let outcome: 'started' | Error | undefined;
    const starting = t.app
      .get(ImportWorker)
      .start()
      .then(
        () => (outcome = 'started'),
        (error: Error) => (outcome = error),
      );
    // Long enough for several tries against the refused database.
    await new Promise((r) => setTimeout(r, 2_500));
    expect(outcome).toBeUndefined();

    proxy.up();
    await starting;
    expect(outcome).toBe('started');
    const articles = [newArticle(), newArticle()];
    const id = await postImport(t.http, factchecker, articles);
    const done = await waitForImport(t.http, factchecker, id);
    expect(done).toMatchObject({ status: 'done', total: 2, created: 2, failed: 0 });
  });
});

describe('import worker: a stop while it waits for the database', () => {
  it('ends the start at once, and the app closes', async () => {
    const databaseUrl = await createTestDatabase();
    const proxy = await startTcpProxy(databaseUrl);
    const t = await startTestApp({ databaseUrl, reach: (url) => proxy.url(url) });
    try {
      // Counts the queue's refused starts, so the stop below comes while the worker waits to try again.
      const queue = t.app.get(ImportQueue);
      const work = queue.work.bind(queue);
      let refused = 0;
      jest.spyOn(queue, 'work').mockImplementation((...args) =>
        work(...args).catch((error: unknown) => {
          refused++;
          throw error;
        }),
      );
      proxy.down();
      const starting = t.app.get(ImportWorker).start();
      const settled = starting.then(
        () => 'started',
        (error: Error) => error.name,
      );
      while (refused === 0) await new Promise((r) => setTimeout(r, 50));
      const closing = Date.now();
      await t.app.close();
      // The start's wait (up to 5 s between tries) ends with the stop rather than keep the process alive.
      expect(await settled).toBe('AbortError');
      expect(Date.now() - closing).toBeLessThan(4_000);
    } finally {
      await proxy.close();
    }
  });
});
