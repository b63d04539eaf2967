import { figures, isMatch, locateStatements, sameSpeaker, scoreArticle } from './scoring';
import { ExtractedClaim } from './types';

const text =
  'The dam opened in May. Engineers said the spillway was too narrow. Ada Moss said the cost had doubled.';

function claim(
  fragment: string,
  kind: 'attributed' | 'editorial',
  speaker: string | null = null,
): ExtractedClaim {
  const start = text.indexOf(fragment);
  return {
    kind,
    start,
    end: start + fragment.length,
    text: fragment,
    speaker: speaker ? { name: speaker, kind: 'person', mention: speaker, role: null } : null,
    cue: null,
    quote: 'none',
    confidence: 1,
  };
}

describe('scoring', () => {
  const { located } = locateStatements(text, [
    { text: 'The dam opened in May.', kind: 'editorial' },
    { text: 'the spillway was too narrow', kind: 'attributed', speaker: 'engineers' },
    { text: 'the cost had doubled', kind: 'attributed', speaker: 'Ada Moss' },
  ]);

  it('locates statements searching forward and reports the ones it cannot find', () => {
    const repeated = locateStatements('yes. yes.', [
      { text: 'yes.', kind: 'editorial' },
      { text: 'yes.', kind: 'editorial' },
      { text: 'no', kind: 'editorial' },
    ]);
    expect(repeated.located.map((statement) => statement.start)).toEqual([0, 5]);
    expect(repeated.missing).toHaveLength(1);
  });

  it('matches spans that overlap by half of the shorter one', () => {
    expect(isMatch({ start: 0, end: 10 }, { start: 5, end: 40 })).toBe(true);
    expect(isMatch({ start: 0, end: 10 }, { start: 6, end: 40 })).toBe(false);
  });

  it('compares speakers case-insensitively and ignoring a leading "the"', () => {
    expect(sameSpeaker('The Water Board', 'water board')).toBe(true);
    expect(sameSpeaker('', '')).toBe(false);
  });

  it('counts recall, precision, speaker and editorial accuracy', () => {
    const tally = scoreArticle(located, [
      claim('The dam opened in May.', 'editorial'),
      claim('the spillway was too narrow', 'attributed', 'Engineers'),
      claim('Ada Moss said the cost had doubled.', 'editorial'),
    ]);
    expect(figures(tally)).toEqual({ recall: 0.5, precision: 1, speakerAccuracy: 1, editorialAccuracy: 1 });
    expect(tally.misses.map((miss) => miss.reason)).toEqual(['attribution-missed']);
  });

  it('counts a false attribution and a wrong speaker', () => {
    const tally = scoreArticle(located, [
      claim('The dam opened in May', 'attributed', 'Engineers'),
      claim('the spillway was too narrow', 'attributed', 'Ada Moss'),
      claim('the cost had doubled', 'attributed', 'Ada Moss'),
    ]);
    expect(figures(tally)).toEqual({
      recall: 1,
      precision: 2 / 3,
      speakerAccuracy: 0.5,
      editorialAccuracy: 0,
    });
  });
});
