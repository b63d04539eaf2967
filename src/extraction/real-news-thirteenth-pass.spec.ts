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

describe('a question or an occasion between a source and its cue', () => {
  it('may open with "when asked" and an adverb', () => {
    expect(
      attributed(
        'Ellis, when asked specifically what about the plan is wrong, responded that the mayor was right.',
      ),
    ).toEqual([{ text: 'the mayor was right', speaker: 'Ellis' }]);
  });

  it('may be a participle after "while" or "after"', () => {
    expect(attributed('Ellis, while touring the pier, said the mayor should resign.')).toEqual([
      { text: 'the mayor should resign', speaker: 'Ellis' },
    ]);
    expect(attributed('Ellis, while being interviewed on KBX, said the mayor should resign.')).toEqual([
      { text: 'the mayor should resign', speaker: 'Ellis' },
    ]);
  });
});

describe('a call for something with a word before its particle', () => {
  it('is a demand made in words', () => {
    expect(attributed('Ellis called again for the mayor to resign.')).toEqual([
      { text: 'the mayor to resign', speaker: 'Ellis' },
    ]);
    expect(attributed('Ellis called Wednesday for the mayor to resign.')).toEqual([
      { text: 'the mayor to resign', speaker: 'Ellis' },
    ]);
    expect(attributed('Ellis toured the pier and called again for the mayor to resign.')).toEqual([
      { text: 'the mayor to resign', speaker: 'Ellis' },
    ]);
    expect(attributed('Ellis called publicly on the council to drop the levy.')).toEqual([
      { text: 'the council to drop the levy', speaker: 'Ellis' },
    ]);
  });

  it('is a telephone call when only a time follows', () => {
    expect(attributed('Ellis called again on Monday, and the mayor said the pier was safe.')).toEqual([
      { text: 'the pier was safe', speaker: 'mayor' },
    ]);
  });
});
