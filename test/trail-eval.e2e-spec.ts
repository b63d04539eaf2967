import { join } from 'node:path';
import { readTrailCorpus, TRAIL_CORPUS_DIR, TRAIL_HOLDOUT_DIR } from '../src/cli/eval-trail-corpus';
import { formatFigures, scoreTrail, storageOrder } from '../src/cli/eval-trail-scoring';
import { startTestApp, TestApp } from './support/test-app';

// The goals of issue 11, on the corpus the matcher was tuned on (test/fixtures/trail) and on ones written after
// it from other story shapes (test/fixtures/trail-holdout, trail-holdout-3, -4, -5, -6): a regression below
// any fails CI. Each corpus gets a database of its own, as `npm run eval:trail [-- --held-out | --corpus DIR]`
// does. Every corpus is held to every goal (rounds five and six reached the suggestion precision goal with the
// precision rules of src/trail/suggestion-precision.spec.ts).
const holdout = (round: string) => join(__dirname, 'fixtures', `trail-holdout-${round}`);
const PRECISION_GOAL = 0.85;
const ALL_GOALS = { precision: PRECISION_GOAL };
describe.each([
  ['the evaluation corpus (npm run eval:trail)', TRAIL_CORPUS_DIR, 50, ALL_GOALS],
  ['the held-out corpus (npm run eval:trail -- --held-out)', TRAIL_HOLDOUT_DIR, 40, ALL_GOALS],
  [
    'held-out round three (npm run eval:trail -- --corpus test/fixtures/trail-holdout-3)',
    holdout('3'),
    17,
    ALL_GOALS,
  ],
  [
    'held-out round four (npm run eval:trail -- --corpus test/fixtures/trail-holdout-4)',
    holdout('4'),
    18,
    ALL_GOALS,
  ],
  [
    'held-out round five (npm run eval:trail -- --corpus test/fixtures/trail-holdout-5)',
    holdout('5'),
    23,
    ALL_GOALS,
  ],
  [
    'held-out round six (npm run eval:trail -- --corpus test/fixtures/trail-holdout-6)',
    holdout('6'),
    23,
    ALL_GOALS,
  ],
])('claim trail evaluation on %s', (_name, dir, documents, goals) => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it(`meets the syndication, trail, first-appearance and suggestion recall goals and suggestion precision ${goals.precision >= PRECISION_GOAL ? 'goal' : `floor of ${goals.precision}`}, copies stored before originals`, async () => {
    const corpus = readTrailCorpus(dir);
    const figures = await scoreTrail(t.app, corpus, storageOrder(corpus.documents));
    const report = `${formatFigures(figures)}\n${figures.errors.join('\n')}`;
    expect({ report, ok: figures.syndication.f1 >= 0.95 }).toEqual({ report, ok: true });
    expect({ report, ok: figures.trailPairs.f1 >= 0.9 }).toEqual({ report, ok: true });
    expect({ report, ok: figures.firstAppearance.accuracy >= 0.95 }).toEqual({ report, ok: true });
    expect({ report, ok: figures.suggestions.precision >= goals.precision }).toEqual({ report, ok: true });
    expect({ report, ok: figures.suggestions.recall >= 0.75 }).toEqual({ report, ok: true });
    expect(figures.documents).toBeGreaterThanOrEqual(documents);
  });
});
