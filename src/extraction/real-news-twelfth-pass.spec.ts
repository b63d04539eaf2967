// Shapes from the twelfth pass over the speech-cue misses on PolNeAR train (issue 12), fixed in general.
// Every sentence here was written for this spec; none is copied from PolNeAR.
import { attributed } from './attributed.fixture';

describe('a pronoun joined to another source by "and"', () => {
  it('speaks before its cue, named by the words after "and"', () => {
    expect(attributed('She and her allies argue that most of the files were already public.')).toEqual([
      { text: 'most of the files were already public', speaker: 'allies' },
    ]);
  });

  it('speaks in a closing frame', () => {
    expect(attributed('The pier was never safe, he and Ms. Ode said.')).toEqual([
      { text: 'The pier was never safe', speaker: 'Ode' },
    ]);
  });
});

describe('a capitalised "Will" before a cue', () => {
  it('is the source, a surname, not an auxiliary', () => {
    expect(attributed('“The levy is a mistake,” Will wrote.')).toEqual([
      { text: '“The levy is a mistake,”', speaker: 'Will' },
    ]);
    expect(attributed('In particular, Will wrote, the mayor can still win the port vote.')).toEqual([
      { text: 'the mayor can still win the port vote', speaker: 'Will' },
    ]);
  });

  it('still opens a question before its subject', () => {
    expect(attributed('Will the mayor say the levy is a mistake?')).toEqual([]);
  });
});

describe('a participle after a closing frame', () => {
  it('may follow "before" or "while"', () => {
    expect(
      attributed(
        '“There is danger at the pier,” Ellis told reporters, before insisting she had a good record.',
      ),
    ).toEqual([
      { text: '“There is danger at the pier,”', speaker: 'Ellis' },
      { text: 'she had a good record', speaker: 'Ellis' },
    ]);
    expect(
      attributed('“It would make things worse,” Ellis said, while arguing the port should hire more pilots.'),
    ).toEqual([
      { text: '“It would make things worse,”', speaker: 'Ellis' },
      { text: 'the port should hire more pilots', speaker: 'Ellis' },
    ]);
  });

  it('is needed: a time clause without one says nothing', () => {
    expect(attributed('“It would make things worse,” Ellis said while touring the pier.')).toEqual([
      { text: '“It would make things worse,”', speaker: 'Ellis' },
    ]);
  });
});

describe('"accused" someone of something', () => {
  it('is an accusation voiced by a subject read loosely', () => {
    expect(attributed('Ellis toured the pier and accused the mayor of neglect.')).toEqual([
      { text: 'the mayor of neglect', speaker: 'Ellis' },
    ]);
    expect(attributed('When Ellis accused the mayor of sexism, the council met.')).toEqual([
      { text: 'the mayor of sexism', speaker: 'Ellis' },
    ]);
  });

  it('is a passive right before "of": its subject accused nobody', () => {
    expect(attributed('The trial of a ferry pilot accused of smuggling opened in Brask on Monday.')).toEqual(
      [],
    );
  });
});

describe('a share of a group as the source', () => {
  it('may be a fraction or "all but" a count', () => {
    expect(attributed('Riders back the levy, and a third said the toll was fair.')).toEqual([
      { text: 'the toll was fair', speaker: 'a third' },
    ]);
    expect(attributed('All but two said the vote should wait.')).toEqual([
      { text: 'the vote should wait', speaker: 'all but two' },
    ]);
  });

  it('may be those of an age, or a bound on a share', () => {
    expect(attributed('Those over 60 say the toll is fair.')).toEqual([
      { text: 'the toll is fair', speaker: 'those over 60' },
    ]);
    expect(attributed('At least half of voters in each town say the toll is too high.')).toEqual([
      { text: 'the toll is too high', speaker: 'half of voters in each town' },
    ]);
  });
});
