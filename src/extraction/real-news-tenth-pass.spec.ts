// Shapes from the tenth pass over the speech-cue misses and wrong speakers on PolNeAR train (issue 12),
// fixed in general. Every sentence here was written for this spec; none is copied from PolNeAR.
import { attributed } from './attributed.fixture';

describe('words between a source and its cue', () => {
  it('skips "since" after an auxiliary', () => {
    expect(attributed('Mara Ellis has since said she would back a smaller levy.')).toEqual([
      { text: 'she would back a smaller levy', speaker: 'Mara Ellis' },
    ]);
    expect(attributed('She has since said that the pier was safe.')).toEqual([
      { text: 'the pier was safe', speaker: 'She' },
    ]);
  });

  it('skips a setting between commas', () => {
    expect(attributed('Tom Ode, after a long pause, said the pier would close.')).toEqual([
      { text: 'the pier would close', speaker: 'Tom Ode' },
    ]);
    expect(
      attributed('Tom Ode, after the row over the ferry broke in March, initially said the hull was sound.'),
    ).toEqual([{ text: 'the hull was sound', speaker: 'Tom Ode' }]);
    expect(attributed('“He had many friends,” Tom Ode, after a long pause, said.')).toEqual([
      { text: '“He had many friends,”', speaker: 'Tom Ode' },
    ]);
  });

  it('skips a question put to the source', () => {
    expect(
      attributed('The row began after Tom Ode, asked about the pilots, had said, “We do harm too.”'),
    ).toEqual([{ text: '“We do harm too.”', speaker: 'Tom Ode' }]);
  });
});

describe('a cue after a comma', () => {
  it('reads a noun phrase followed by a verb as content, not as a source after the cue', () => {
    expect(
      attributed(
        'Rhea Lunde, an expert on harbour economics at the Maritime Institute of Technology, said a properly calibrated berth fee in the port could replace the rules.',
      ),
    ).toEqual([
      { text: 'a properly calibrated berth fee in the port could replace the rules', speaker: 'Rhea Lunde' },
    ]);
  });

  it('still reads a source after the cue with a setting', () => {
    expect(attributed('The pier will close in May, said a harbour official in Dover on Monday.')).toEqual([
      { text: 'The pier will close in May', speaker: 'harbour official' },
    ]);
  });
});
