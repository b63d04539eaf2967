import { join } from 'node:path';
import { figures } from '../extraction/scoring';
import { ATTRIBUTION_CORPUS_DIR, scoreCorpus } from './eval-corpus';

// The engine's figures on the team's own gold corpora (`npm run eval -- --dir …`), held to floors a little under
// today's so that a rule which helps PolNeAR but breaks the articles written for claimtrail fails CI, not the
// next session's read of the README. The tuning corpus is held near its figures; the held-out sets, each scored
// once blind before anyone tuned on it (their READMEs give that first run), are regression guards only: the
// blind ones (3, 4, 5) are never read to tune the engine, so their floors sit under their figures, not at a goal.
const corpus = (name: string) => join(ATTRIBUTION_CORPUS_DIR, '..', name);
type Floors = ReturnType<typeof figures>;

describe.each<[string, string, Floors]>([
  [
    'the tuning corpus',
    ATTRIBUTION_CORPUS_DIR,
    { recall: 0.99, precision: 0.99, speakerAccuracy: 0.99, editorialAccuracy: 0.99 },
  ],
  [
    'held-out set one',
    corpus('attribution-holdout'),
    { recall: 0.97, precision: 0.96, speakerAccuracy: 0.97, editorialAccuracy: 0.97 },
  ],
  [
    'held-out set two',
    corpus('attribution-holdout-2'),
    { recall: 0.98, precision: 0.97, speakerAccuracy: 0.94, editorialAccuracy: 0.97 },
  ],
  [
    'held-out set three',
    corpus('attribution-holdout-3'),
    { recall: 0.93, precision: 0.96, speakerAccuracy: 0.86, editorialAccuracy: 0.92 },
  ],
  [
    'held-out set four',
    corpus('attribution-holdout-4'),
    { recall: 0.9, precision: 0.95, speakerAccuracy: 0.79, editorialAccuracy: 0.94 },
  ],
  [
    'held-out set five',
    corpus('attribution-holdout-5'),
    { recall: 0.85, precision: 0.94, speakerAccuracy: 0.83, editorialAccuracy: 0.94 },
  ],
])('the engine on %s', (_name, dir, floors) => {
  let scored: ReturnType<typeof scoreCorpus>;
  beforeAll(() => {
    scored = scoreCorpus(dir);
  });

  it('reads every article of the corpus', () => {
    expect(scored.articles.filter((article) => article.tally === null)).toEqual([]);
    expect(scored.articles.length).toBeGreaterThanOrEqual(12);
  });

  it.each(Object.keys(floors) as Array<keyof Floors>)('keeps %s at its floor or above', (measure) => {
    expect(figures(scored.total)[measure]).toBeGreaterThanOrEqual(floors[measure]);
  });
});
