// Source shapes of real journalism that engine 2.2 missed or misnamed (issue 12, fourth pass, from the
// PolNeAR train misses). Every sentence here was written for this spec.
import { attributed } from './attributed.fixture';

describe('what stands between a source and its cue', () => {
  it('reads the source before a participle aside that holds a quote', () => {
    expect(
      attributed('Mr. Ode, citing “the strength of the port,” said the town could win the grant.'),
    ).toEqual([{ text: 'the town could win the grant', speaker: 'Ode' }]);
    expect(
      attributed("Mrs. Okafor, citing ''the quiet strength of the port,'' said the grant was close."),
    ).toEqual([{ text: 'the grant was close', speaker: 'Okafor' }]);
  });

  it("does not take the words after the aside's quote for the source", () => {
    expect(
      attributed('The mayor, noting the “quiet strength” of the port, said the town could win.'),
    ).toEqual([{ text: 'the town could win', speaker: 'mayor' }]);
  });
});

describe('groups described after their noun', () => {
  it('reads a participle phrase after an unnamed group as part of the source', () => {
    expect(
      attributed('But ferry workers hoping to block the new timetable say they are ready to strike.'),
    ).toEqual([{ text: 'they are ready to strike', speaker: 'ferry workers' }]);
  });

  it('reads "groups that have backed the mayor" as the groups, not the words after "that"', () => {
    expect(
      attributed('But harbour groups that have backed the mayor say they want the vote delayed.'),
    ).toEqual([{ text: 'they want the vote delayed', speaker: 'harbour groups' }]);
  });

  it('keeps a participle clause with a modal out of the source', () => {
    expect(
      attributed('But investors expecting a quick sale in the next few months may want to think twice.'),
    ).toEqual([]);
  });
});

describe('roles and affiliations around a name', () => {
  it('names a group after its noun, not after the institution it belongs to', () => {
    expect(attributed('Bank of Ostrel officials said rates would stay on hold.')).toEqual([
      { text: 'rates would stay on hold', speaker: 'officials' },
    ]);
  });

  it('leaves an office written with "of the" out of the name', () => {
    expect(attributed('Minister of the Interior Ana Ruiz said the border would reopen.')).toEqual([
      { text: 'the border would reopen', speaker: 'Ana Ruiz' },
    ]);
  });
});

describe('requests', () => {
  it('reads the present "ask" with a listener and what is asked of them', () => {
    expect(attributed('The posters ask the voters to back the levy before March.')).toEqual([
      { text: 'the voters to back the levy before March', speaker: 'posters' },
    ]);
  });

  it('keeps "ask" in an infinitive out', () => {
    expect(
      attributed('Mayor Ruth Ode brushed off a heckler trying to ask her about the ferry levy.'),
    ).toEqual([]);
  });

  it('reads "is calling for" and "was calling on" after a form of "be"', () => {
    expect(attributed('Lund is calling for the council to delay the vote.')).toEqual([
      { text: 'the council to delay the vote', speaker: 'Lund' },
    ]);
    expect(attributed('The union, calling for a strike, met on Monday.')).toEqual([]);
  });
});

describe('asides without a quote', () => {
  it('reads the source before a participle aside without a quote as well', () => {
    expect(
      attributed(
        "Mr. Ode, recalling weekly lunches with Mrs. Lund, described himself as her ''harbour whisperer.''",
      ),
    ).toEqual([{ text: "himself as her ''harbour whisperer.''", speaker: 'Ode' }]);
  });
});

describe('a person revealing what they say', () => {
  it('reads a clause without "that" after a person\'s "revealed", possessive and all', () => {
    expect(attributed('Ode revealed her husband had taken her last name.')).toEqual([
      { text: 'her husband had taken her last name', speaker: 'Ode' },
    ]);
    expect(attributed('The mayor revealed the harbour board had met in secret.')).toEqual([
      { text: 'the harbour board had met in secret', speaker: 'mayor' },
    ]);
  });

  it('keeps a revealed object, a plan or a design, an event', () => {
    expect(attributed('Ode revealed the new pier plans on Monday.')).toEqual([]);
  });
});
