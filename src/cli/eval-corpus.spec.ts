import { join } from 'node:path';
import { figures } from '../extraction/scoring';
import { ATTRIBUTION_CORPUS_DIR, scoreCorpus } from './eval-corpus';

// The engine's figures on the team's own gold corpora (`npm run eval -- --dir …`), held to floors a little under
// today's so that a rule which helps PolNeAR but breaks the articles written for claimtrail fails CI, not the
// next session's read of the README. The tuning corpus is held near its figures; the held-out sets, each scored
// once blind before anyone tuned on it (their READMEs give that first run), are regression guards only: the
// blind ones (3 to 8) are never read to tune the engine, so their floors sit under their figures, not at a goal.
type Floors = ReturnType<typeof figures>;
const floors = (
  recall: number,
  precision: number,
  speakerAccuracy: number,
  editorialAccuracy: number,
): Floors => ({
  recall,
  precision,
  speakerAccuracy,
  editorialAccuracy,
});

// Each row: a corpus folder under test/fixtures, then floors for recall, precision, speaker and editorial.
describe.each<[string, Floors]>([
  ['attribution', floors(0.99, 0.99, 0.99, 0.99)],
  ['attribution-holdout', floors(0.97, 0.96, 0.97, 0.97)],
  ['attribution-holdout-2', floors(0.98, 0.97, 0.94, 0.97)],
  ['attribution-holdout-3', floors(0.93, 0.96, 0.86, 0.92)],
  ['attribution-holdout-4', floors(0.9, 0.95, 0.79, 0.94)],
  ['attribution-holdout-5', floors(0.85, 0.94, 0.83, 0.94)],
  ['attribution-holdout-6', floors(0.9, 0.94, 0.74, 0.94)],
  ['attribution-holdout-7', floors(0.81, 0.96, 0.78, 0.92)],
  ['attribution-holdout-8', floors(0.94, 0.95, 0.8, 0.92)],
])('the engine on test/fixtures/%s', (folder, floor) => {
  const dir = join(ATTRIBUTION_CORPUS_DIR, '..', folder);
  let scored: ReturnType<typeof scoreCorpus>;
  beforeAll(() => {
    scored = scoreCorpus(dir);
  });

  it('reads every article of the corpus', () => {
    expect(scored.articles.filter((article) => article.tally === null)).toEqual([]);
    expect(scored.articles.length).toBeGreaterThanOrEqual(12);
  });

  it.each(Object.keys(floor) as Array<keyof Floors>)('keeps %s at its floor or above', (measure) => {
    expect(figures(scored.total)[measure]).toBeGreaterThanOrEqual(floor[measure]);
  });
});
