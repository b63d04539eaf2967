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
