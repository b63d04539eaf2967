// Noun-phrase and clause edges, lexicon gaps and false cues met in real journalism (issue 12). Every
// sentence here was written for this spec.
import { attributed } from './attributed.fixture';

describe('source noun phrases read with their real edges', () => {
  it('reads "Helena May said" as a name, not as the modal "may"', () => {
    expect(attributed('Transport Secretary Helena May said the strike would cause delays.')).toEqual([
      { text: 'the strike would cause delays', speaker: 'Helena May' },
    ]);
  });

  it('reads counted and quantified sources ("Nearly eight of 10 drivers say", "47 percent said")', () => {
    expect(attributed('Nearly eight of 10 drivers say they would accept arbitration.')).toEqual([
      { text: 'they would accept arbitration', speaker: 'eight of 10 drivers' },
    ]);
    expect(attributed('In Ostrava, 47 percent said they would vote for the mayor.')[0]?.text).toBe(
      'they would vote for the mayor',
    );
  });

  it('reads a coordinated source ("The operator and its shareholders say")', () => {
    expect(attributed('The operator and its shareholders say the offer is final.')).toEqual([
      { text: 'the offer is final', speaker: 'operator and its shareholders' },
    ]);
  });

  it('keeps a long apposition with an age and a relative clause inside the source', () => {
    expect(
      attributed(
        'Gareth Pell, 52, a driver from Corran who has worked the line for thirty years, said the offer fell short.',
      ),
    ).toEqual([{ text: 'the offer fell short', speaker: 'Gareth Pell' }]);
  });

  it('gives two verbs of one subject to that subject ("toured the depot and said")', () => {
    expect(attributed('Colm Daly toured the depot on Tuesday and said morale was low.')).toEqual([
      { text: 'morale was low', speaker: 'Colm Daly' },
    ]);
  });

  it('never makes a clause opener the speaker ("While a federal judge said …, the state …")', () => {
    const claims = attributed('While a federal judge said the law was void, the state kept enforcing it.');
    expect(claims).toHaveLength(1);
    expect(claims[0].text).toBe('the law was void');
    expect(claims[0].speaker).not.toMatch(/^while/i);
  });

  it('takes the content after the cue when a long setting leads the sentence', () => {
    expect(
      attributed(
        'In an interview on Radio Kestrel\'s "Morning Desk," organiser Priya Anand said the drivers gave up two rest days.',
      ),
    ).toEqual([{ text: 'the drivers gave up two rest days', speaker: 'Priya Anand' }]);
  });

  it('gives "who said" to the person before the relative pronoun', () => {
    expect(attributed('The loss was hard for Mr. Abara, who said he would rest for a week.')).toEqual([
      { text: 'he would rest for a week', speaker: 'Abara' },
    ]);
  });
});

describe('cues the lexicon was missing', () => {
  it.each([
    ['The operator cited a fall in ticket sales.', 'a fall in ticket sales'],
    ['The union reported 412 complaints about rosters.', '412 complaints about rosters'],
    ['He cautioned, however, that a long strike would hurt.', 'a long strike would hurt'],
    ['Ms. Ferro confessed that the figures were wrong.', 'the figures were wrong'],
    ['The minister assured lawmakers that the plan was funded.', 'the plan was funded'],
    ['Officials repeated that the bridge was safe.', 'the bridge was safe'],
  ])('reads %s', (sentence, content) => {
    expect(attributed(sentence).map((claim) => claim.text)).toEqual([content]);
  });

  it('reads a trailing "as police have said" frame', () => {
    expect(attributed('The march was peaceful, as police have said.')).toEqual([
      { text: 'The march was peaceful', speaker: 'police' },
    ]);
  });

  it('reads "-ing" continuations such as "promising"', () => {
    const claims = attributed(
      'Mayor Ines Roth said the pool would reopen, promising that fees would not rise.',
    );
    expect(claims.map((claim) => claim.text)).toEqual(['the pool would reopen', 'fees would not rise']);
  });
});

describe('words that only look like cues', () => {
  it.each([
    'The seat was won by Democrats in states that voted early.',
    'Reagan went on to win the state.',
    'The firm declared bankruptcy in 2019.',
    'Drivers insist on a written guarantee.',
    'Insurance claims from the derailment are still unpaid.',
    'Rust Belt states have lost factory jobs.',
  ])('leaves "%s" to the outlet', (sentence) => {
    expect(attributed(sentence)).toEqual([]);
  });
});
