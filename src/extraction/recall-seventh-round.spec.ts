// Shapes from the seventh recall round over the speech-cue misses on PolNeAR train (issue 12), fixed in general.
// Every sentence here was written for this spec; none is copied from PolNeAR.
import { attributed } from './attributed.fixture';

describe('a bare count or share as the source', () => {
  it('speaks after an opening clause that named the group counted', () => {
    expect(attributed('Of the 80 pilots polled, 43 said the schedule was unsafe.')).toEqual([
      { text: 'the schedule was unsafe', speaker: '43' },
    ]);
    expect(
      attributed('While 70 percent of riders backed the fare, 61 percent say the same of the levy.'),
    ).toEqual([{ text: 'the same of the levy', speaker: '61 percent' }]);
    expect(attributed('Of the 80 pilots polled, only 43 said the schedule was safe.')).toEqual([
      { text: 'the schedule was safe', speaker: '43' },
    ]);
  });

  it('is never an age closed by its comma', () => {
    const claims = attributed(
      "The other man, his cousin Tom Reyes, 40, cited Mr. Ode's apparent fondness for President Ivo K. Marsh of Brask as a potential danger.",
    );
    expect(claims.map((claim) => claim.speaker)).not.toContain('40');
  });
});

describe('a setting opened without its comma ("Saturday at the convention Sen. X said")', () => {
  it('gives the name after the setting as the source', () => {
    expect(
      attributed(
        'Saturday at the state harbor convention Sen. Mara Ellis (D-ME) said the port plan had failed.',
      ),
    ).toEqual([{ text: 'the port plan had failed', speaker: 'Mara Ellis' }]);
    expect(attributed('At the harbor gala Mayor Ann Ode said the levy would stay.')).toEqual([
      { text: 'the levy would stay', speaker: 'Ann Ode' },
    ]);
  });

  it('never takes a place inside the setting for the source', () => {
    expect(
      attributed(
        "Ode's campaign, dogged for months by the dispute over the server she used while at the State Department, said that the emails had no bearing on the fund.",
      ),
    ).toEqual([{ text: 'the emails had no bearing on the fund', speaker: 'Ode campaign' }]);
    const rally = attributed(
      'At a heated press conference outside of City Hall in Dover City on Friday, families of those hurt by the floods urged the council to apologize for its recent comments on levies, reiterating calls that some of them said were previously unanswered and dismissed.',
    );
    expect(rally.map((claim) => claim.speaker)).toEqual(['families']);
  });
});

describe('"Already," before the subject', () => {
  it('opens the sentence as a connective does, and the subject after it speaks', () => {
    expect(attributed('Already, 210 delegates have publicly said they back Ode.')).toEqual([
      { text: 'they back Ode', speaker: '210 delegates' },
    ]);
  });
});
