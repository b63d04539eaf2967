import { readTrailCorpus, TRAIL_HOLDOUT_DIR } from '../src/cli/eval-trail-corpus';
import { formatFigures, scoreTrail, storageOrder } from '../src/cli/eval-trail-scoring';
import { startTestApp, TestApp } from './support/test-app';

// The goals of issue 11 on the evaluation corpus (test/fixtures/trail): a regression below any fails CI.
describe('claim trail evaluation (npm run eval:trail)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('meets the syndication, trail, first-appearance and suggestion goals, copies stored before originals', async () => {
    const corpus = readTrailCorpus();
    const figures = await scoreTrail(t.app, corpus, storageOrder(corpus.documents));
    const report = `${formatFigures(figures)}\n${figures.errors.join('\n')}`;
    expect({ report, ok: figures.syndication.f1 >= 0.95 }).toEqual({ report, ok: true });
    expect({ report, ok: figures.trailPairs.f1 >= 0.9 }).toEqual({ report, ok: true });
    expect({ report, ok: figures.firstAppearance.accuracy >= 0.95 }).toEqual({ report, ok: true });
    expect({ report, ok: figures.suggestions.precision >= 0.85 }).toEqual({ report, ok: true });
    expect({ report, ok: figures.suggestions.recall >= 0.75 }).toEqual({ report, ok: true });
    expect(figures.documents).toBeGreaterThanOrEqual(50);
  });
});

describe('claim trail evaluation on the held-out corpus (npm run eval:trail -- --held-out)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  // Written after the matcher, from other story shapes (test/fixtures/trail-holdout/README.md).
  it('meets the same goals', async () => {
    const corpus = readTrailCorpus(TRAIL_HOLDOUT_DIR);
    const figures = await scoreTrail(t.app, corpus, storageOrder(corpus.documents));
    const report = `${formatFigures(figures)}\n${figures.errors.join('\n')}`;
    expect({ report, ok: figures.syndication.f1 >= 0.95 }).toEqual({ report, ok: true });
    expect({ report, ok: figures.trailPairs.f1 >= 0.9 }).toEqual({ report, ok: true });
    expect({ report, ok: figures.firstAppearance.accuracy >= 0.95 }).toEqual({ report, ok: true });
    expect({ report, ok: figures.suggestions.precision >= 0.85 }).toEqual({ report, ok: true });
    expect({ report, ok: figures.suggestions.recall >= 0.75 }).toEqual({ report, ok: true });
    expect(figures.documents).toBeGreaterThanOrEqual(40);
  });
});
