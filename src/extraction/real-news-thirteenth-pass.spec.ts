// Shapes from the thirteenth pass over the speech-cue misses on PolNeAR train (issue 12), fixed in general.
// Every sentence here was written for this spec; none is copied from PolNeAR.
import { attributed } from './attributed.fixture';

describe('a list inside a source’s description', () => {
  it('is part of the description, with or without a comma before "and"', () => {
    expect(
      attributed(
        'Mara Ellis, deputy director for ports, ferries, and harbors, said the rules were a step forward.',
      ),
    ).toEqual([{ text: 'the rules were a step forward', speaker: 'Mara Ellis' }]);
    expect(
      attributed(
        'Mara Ellis, deputy director for ports, ferries and harbors, said the rules were a step forward.',
      ),
    ).toEqual([{ text: 'the rules were a step forward', speaker: 'Mara Ellis' }]);
  });

  it('does not hide a closing frame', () => {
    expect(
      attributed(
        'The rules "are a step forward," Mara Ellis, deputy director for ports, ferries, and harbors, said.',
      ),
    ).toEqual([{ text: 'The rules "are a step forward,"', speaker: 'Mara Ellis' }]);
  });

  it('needs lower-case items: a clause before "and" keeps its own subject', () => {
    expect(attributed('The plan is costly, slow, and Ellis said it would fail.')).toEqual([
      { text: 'it would fail', speaker: 'Ellis' },
    ]);
    expect(
      attributed(
        'Early in the campaign, he and other council critics complained that the board had hidden the figures.',
      ),
    ).toEqual([{ text: 'the board had hidden the figures', speaker: 'other council critics' }]);
    expect(
      attributed('Harbor Field Agency, a sports and celebrity booking agency, says that Ode has lost work.'),
    ).toEqual([{ text: 'Ode has lost work', speaker: 'Harbor Field Agency' }]);
  });
});

describe('a quoted title inside a source', () => {
  it('is part of the description, not a quote', () => {
    expect(
      attributed(
        'Joe Ode, host of KBX’s “Harbor Week,” suggested the mayor’s silence could cost him the race.',
      ),
    ).toEqual([{ text: 'the mayor’s silence could cost him the race', speaker: 'Joe Ode' }]);
    expect(
      attributed('Ellis, author of the book "Tides of Brask," said the rules were a step forward.'),
    ).toEqual([{ text: 'the rules were a step forward', speaker: 'Ellis' }]);
  });

  it('may come in a description before the name', () => {
    expect(
      attributed('The author of "Tides of Brask," Mara Ellis, said the rules were a step forward.'),
    ).toEqual([{ text: 'the rules were a step forward', speaker: 'Mara Ellis' }]);
  });
});
