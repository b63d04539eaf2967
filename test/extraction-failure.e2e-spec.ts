import { ExtractionFailed } from '../src/common/domain-errors';
import { ExtractionPool } from '../src/documents/extraction-pool';
import { ImportWorker } from '../src/imports/import-worker';
import { newArticle } from './support/factories';
import { postImport, waitForImport } from './support/imports';
import { bearer, mintKey } from './support/keys';
import { startTestApp, TestApp } from './support/test-app';
import { withClient } from './support/test-database';

// No text is known to make the engine throw (the fuzz and robustness specs look for one); a defect found later
// must cost one document, not a corpus. The pool here fails as it does when the engine throws in its thread
// (src/documents/extraction.worker.spec.ts covers the thread's side): on texts carrying a marker.
const MARKER = 'ENGINE-CANNOT-READ';

describe('the extraction engine throws on one document', () => {
  let t: TestApp;
  let factchecker: Record<string, string>;
  beforeAll(async () => {
    t = await startTestApp({ env: { IMPORT_BATCH_SIZE: '10' } });
    factchecker = bearer(await mintKey(t, 'factchecker'));
    const pool = t.app.get(ExtractionPool);
    const extract = pool.extract.bind(pool);
    jest
      .spyOn(pool, 'extract')
      .mockImplementation((text, publisher) =>
        text.includes(MARKER)
          ? Promise.reject(new ExtractionFailed('TypeError: a defect of the engine'))
          : extract(text, publisher),
      );
    await t.app.get(ExtractionPool).warm();
    await t.app.get(ImportWorker).start();
  });
  afterAll(() => t.close());

  const documentCount = () =>
    withClient(t.superuserUrl, async (c) =>
      Number((await c.query('SELECT count(*) FROM documents')).rows[0].count),
    );

  it('answers POST /api/documents 422 naming the engine, and stores nothing', async () => {
    const before = await documentCount();
    const article = newArticle();
    const res = await t.http
      .post('/api/documents')
      .set(factchecker)
      .send({ ...article, text: `${article.text} ${MARKER}` })
      .expect(422);
    expect(res.body).toMatchObject({
      statusCode: 422,
      code: 'extraction-failed',
      message: 'the extraction engine could not read this document: TypeError: a defect of the engine',
    });
    expect(await documentCount()).toBe(before);
    // The same client goes on: the next document is stored.
    await t.http.post('/api/documents').set(factchecker).send(newArticle()).expect(201);
  });

  it('reports the line in an import and stores the others of its batch', async () => {
    const before = await documentCount();
    const bad = newArticle();
    const lines = [newArticle(), { ...bad, text: `${bad.text} ${MARKER}` }, newArticle(), newArticle()];
    const id = await postImport(t.http, factchecker, lines);
    const done = await waitForImport(t.http, factchecker, id);
    expect(done).toMatchObject({ status: 'done', total: 4, processed: 4, created: 3, failed: 1 });
    expect(done.errors).toEqual([
      {
        line: 2,
        message: 'the extraction engine could not read this document: TypeError: a defect of the engine',
      },
    ]);
    expect(await documentCount()).toBe(before + 3);
  });
});
