import { getDataSourceToken } from '@nestjs/typeorm';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { readTrailCorpus, TRAIL_HOLDOUT_DIR } from '../src/cli/eval-trail-corpus';
import { ImportWorker } from '../src/imports/import-worker';
import {
  formatFigures,
  scoreStoredCorpus,
  scoreTrail,
  storageOrder,
  TrailFigures,
} from '../src/cli/eval-trail-scoring';
import { ndjson, waitForImport } from './support/imports';
import { bearer, mintKey } from './support/keys';
import { startTestApp, TestApp } from './support/test-app';

// Issue 11: copies and trails are found "at ingest and at import". An import stores and indexes a batch at a
// time (syndication compares a batch's own documents in memory, as if each were stored alone), so a held-out
// corpus sent to POST /api/imports in the same shuffled order, in batches of 7, must score exactly as the
// same corpus ingested one document at a time.
const figuresOf = (f: TrailFigures) => ({
  syndication: f.syndication,
  trailPairs: f.trailPairs,
  firstAppearance: f.firstAppearance,
  independentSources: f.independentSources,
  suggestions: f.suggestions,
});

describe.each([
  ['the held-out corpus', TRAIL_HOLDOUT_DIR],
  ['held-out round three', join(__dirname, 'fixtures', 'trail-holdout-3')],
  ['held-out round four', join(__dirname, 'fixtures', 'trail-holdout-4')],
  ['held-out round five', join(__dirname, 'fixtures', 'trail-holdout-5')],
])('claim trail on %s imported through POST /api/imports', (_name, dir) => {
  let oneByOne: TestApp;
  let imported: TestApp;

  beforeAll(async () => {
    oneByOne = await startTestApp();
    imported = await startTestApp({ env: { IMPORT_BATCH_SIZE: '7' } });
    await imported.app.get(ImportWorker).start();
  });
  afterAll(async () => {
    await oneByOne?.close();
    await imported?.close();
  });

  it('scores exactly as the corpus ingested one document at a time', async () => {
    const corpus = readTrailCorpus(dir);
    const order = storageOrder(corpus.documents);
    const expected = await scoreTrail(oneByOne.app, corpus, order);

    const headers = bearer(await mintKey(imported, 'factchecker'));
    const lines = order.map(({ key, title, text, publisher, publishedAt }) => ({
      title,
      text,
      publisher,
      publishedAt,
      kind: 'article',
      language: 'en',
      metadata: { corpusKey: key },
    }));
    const accepted = await imported.http
      .post('/api/imports')
      .set(headers)
      .set('Content-Type', 'application/x-ndjson')
      .send(ndjson(lines))
      .expect(202);
    expect(await waitForImport(imported.http, headers, accepted.body.id, 120_000)).toMatchObject({
      status: 'done',
      created: lines.length,
      failed: 0,
    });
    const rows: Array<{ id: string; key: string }> = await imported.app
      .get<DataSource>(getDataSourceToken())
      .query(`SELECT id, metadata->>'corpusKey' AS key FROM documents`);
    const got = await scoreStoredCorpus(imported.app, corpus, new Map(rows.map((r) => [r.key, r.id])));

    expect({ figures: figuresOf(got), report: formatFigures(got) }).toEqual({
      figures: figuresOf(expected),
      report: formatFigures(expected),
    });
  }, 180_000);
});
