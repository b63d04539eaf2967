import { datelineOf, documentEntities, isGenericName } from './entities';
import { judgeStance } from './stance';
import { statementFeatures } from './statement';

describe('documentEntities', () => {
  it('keeps the names a text never writes in lower case, and drops days, titles and sentence starts', () => {
    const names = documentEntities(
      'ALDERMOOR — On Monday Dr. Priya Nandakumar said the water was safe. The Water board agreed. The town of Aldermoor waits.',
    );
    expect(names.sort()).toEqual(['@aldermoor', 'aldermoor', 'nandakumar', 'priya']);
  });
});

describe('datelines and generic names', () => {
  it("keeps a dateline's place once more as @place, in its usual shapes", () => {
    expect(datelineOf(documentEntities('HALVARD — Dockworkers voted to strike.'))).toBe('halvard');
    expect(datelineOf(documentEntities('Intro.\n\nNEW YORK (Coastal Wire) — Prices rose.'))).toBe('new york');
    // A heading in capitals on the line above is no part of the place (a key holding a line break broke ingest).
    expect(datelineOf(documentEntities('FLOOD WARNING\nSALTMARSH — Water rose.'))).toBe('saltmarsh');
    expect(datelineOf(documentEntities('SALTMERE, Nov. 3 — A deal was struck.'))).toBe('saltmere');
    expect(datelineOf(documentEntities('The NHS said waits fell — again.'))).toBeUndefined();
  });

  it("knows the words every town's bodies share from a body's own name", () => {
    expect(['transit', 'authority', 'union', 'minister'].every(isGenericName)).toBe(true);
    expect(['calder', 'halvard', 'okafor'].some(isGenericName)).toBe(false);
  });
});

describe('judgeStance reasons', () => {
  it('names the two figures of a dispute and the shared figure of a corroboration', () => {
    expect(
      judgeStance(
        statementFeatures('the stadium would cost £85 million'),
        statementFeatures('the true cost would be closer to £120 million'),
      ),
    ).toMatchObject({
      stance: 'disputes',
      reasons: ['different figure: 120 million instead of 85 million', 'shares wording: cost'],
    });
    expect(
      judgeStance(
        statementFeatures('212 residents fell ill'),
        statementFeatures('212 residents were treated for illness'),
      )?.reasons[0],
    ).toBe('same figure: 212');
  });

  it('leaves the story names out of the shared wording', () => {
    const names = new Set(['tarnby']);
    const jobs = statementFeatures('600 jobs would be lost at the Tarnby plant');
    const closure = statementFeatures('the company planned to close the Tarnby plant', 'denied');
    expect(judgeStance(jobs, closure)?.stance).toBe('disputes');
    expect(
      judgeStance(
        statementFeatures('600 jobs would be lost at the Tarnby plant'),
        statementFeatures('the company planned to close the Tarnby plant', 'denied'),
        names,
      ),
    ).toBeNull();
  });
});
