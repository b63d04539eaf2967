import { join } from 'node:path';
import { readTrailCorpus, TRAIL_CORPUS_DIR, TRAIL_HOLDOUT_DIR } from '../src/cli/eval-trail-corpus';
import { formatFigures, scoreTrail, storageOrder } from '../src/cli/eval-trail-scoring';
import { startTestApp, TestApp } from './support/test-app';

// The goals of issue 11, on the corpus the matcher was tuned on (test/fixtures/trail) and on ones written after
// it from other story shapes (test/fixtures/trail-holdout, trail-holdout-3 to -11): a regression below
// any fails CI. Each corpus gets a database of its own, as `npm run eval:trail [-- --held-out | --corpus DIR]`
// does. Rounds one to six are held to every goal (five and six reached the suggestion precision goal with the
// rules of src/trail/suggestion-precision.spec.ts). Round seven was run once, blind, before any change; it is
// held to floors a little under its figures now (its README has the first run), as a regression guard only.
// Round eight was likewise run once, blind, before any change, then tuned on (src/trail/quantities.spec.ts); it
// is held to floors a little under its figures now. Round nine was run once, blind (its README has the first
// run), and nobody has tuned on it: its floors sit a little under that run, as a regression guard only. Round ten
// likewise (its README has the first run): floors about 0.02 under it, 0.05 under for suggestions. Round eleven
// likewise: floors 0.02 to 0.04 under its first run, suggestion floors about halfway to zero.
const holdout = (round: string) => join(__dirname, 'fixtures', `trail-holdout-${round}`);
const GOALS = { syndication: 0.95, trail: 0.9, firstAppearance: 0.95, precision: 0.85, recall: 0.75 };
type Floors = typeof GOALS & { independentSources?: number };
const floorsBelowGoals = (floors: Floors) =>
  (Object.keys(GOALS) as Array<keyof typeof GOALS>)
    .filter((measure) => floors[measure] < GOALS[measure])
    .map((measure) => `${measure} ${floors[measure]}`)
    .concat(
      floors.independentSources === undefined ? [] : [`independentSources ${floors.independentSources}`],
    );
describe.each<[string, string, number, Floors]>([
  ['the evaluation corpus (npm run eval:trail)', TRAIL_CORPUS_DIR, 50, GOALS],
  ['the held-out corpus (npm run eval:trail -- --held-out)', TRAIL_HOLDOUT_DIR, 40, GOALS],
  [
    'held-out round three (npm run eval:trail -- --corpus test/fixtures/trail-holdout-3)',
    holdout('3'),
    17,
    GOALS,
  ],
  [
    'held-out round four (npm run eval:trail -- --corpus test/fixtures/trail-holdout-4)',
    holdout('4'),
    18,
    GOALS,
  ],
  [
    'held-out round five (npm run eval:trail -- --corpus test/fixtures/trail-holdout-5)',
    holdout('5'),
    23,
    GOALS,
  ],
  [
    'held-out round six (npm run eval:trail -- --corpus test/fixtures/trail-holdout-6)',
    holdout('6'),
    23,
    GOALS,
  ],
  [
    'held-out round seven (npm run eval:trail -- --corpus test/fixtures/trail-holdout-7)',
    holdout('7'),
    24,
    {
      syndication: 0.95,
      trail: 0.88,
      firstAppearance: 0.93,
      independentSources: 0.93,
      precision: 0.5,
      recall: 0.35,
    },
  ],
  [
    'held-out round eight (npm run eval:trail -- --corpus test/fixtures/trail-holdout-8)',
    holdout('8'),
    25,
    {
      syndication: 0.95,
      trail: 0.86,
      firstAppearance: 0.84,
      independentSources: 0.89,
      precision: 0.85,
      recall: 0.3,
    },
  ],
  [
    'held-out round nine (npm run eval:trail -- --corpus test/fixtures/trail-holdout-9)',
    holdout('9'),
    24,
    {
      syndication: 0.95,
      trail: 0.84,
      firstAppearance: 0.86,
      independentSources: 0.88,
      precision: 0.4,
      recall: 0.15,
    },
  ],
  [
    'held-out round ten (npm run eval:trail -- --corpus test/fixtures/trail-holdout-10)',
    holdout('10'),
    26,
    {
      syndication: 0.92,
      trail: 0.88,
      firstAppearance: 0.88,
      independentSources: 0.85,
      precision: 0.07,
      recall: 0.09,
    },
  ],
  [
    'held-out round eleven (npm run eval:trail -- --corpus test/fixtures/trail-holdout-11)',
    holdout('11'),
    28,
    {
      syndication: 0.97,
      trail: 0.74,
      firstAppearance: 0.82,
      independentSources: 0.81,
      precision: 0.06,
      recall: 0.03,
    },
  ],
])('claim trail evaluation on %s', (_name, dir, documents, goals) => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const below = floorsBelowGoals(goals);
  it(`meets ${below.length === 0 ? 'every goal' : `the goals it meets and floors of ${below.join(', ')}`}, copies stored before originals`, async () => {
    const corpus = readTrailCorpus(dir);
    const figures = await scoreTrail(t.app, corpus, storageOrder(corpus.documents));
    const report = `${formatFigures(figures)}\n${figures.errors.join('\n')}`;
    const reached = {
      syndication: figures.syndication.f1 >= goals.syndication,
      trail: figures.trailPairs.f1 >= goals.trail,
      firstAppearance: figures.firstAppearance.accuracy >= goals.firstAppearance,
      independentSources: figures.independentSources.accuracy >= (goals.independentSources ?? 0),
      precision: figures.suggestions.precision >= goals.precision,
      recall: figures.suggestions.recall >= goals.recall,
    };
    expect({ report, reached }).toEqual({
      report,
      reached: {
        syndication: true,
        trail: true,
        firstAppearance: true,
        independentSources: true,
        precision: true,
        recall: true,
      },
    });
    expect(figures.documents).toBeGreaterThanOrEqual(documents);
  });
});
