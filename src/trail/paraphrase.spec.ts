// Rules found by the fifth held-out corpus (test/fixtures/trail-holdout-5): the same statement in other words,
// figures a claim names without stating them, and stories filed from two towns. Every sentence is invented.
import { isReproduction } from './shingles';
import { judgeStance, sameStory } from './stance';
import { StatementFeatures, statementFeatures as f } from './statement';
import { sameStatement } from './statement-compare';

// The trail's stored rows keep no figure units: grouping compares a new claim with them through `numbers`.
const stored = ({ figures: _, ...rest }: StatementFeatures): StatementFeatures => rest;

describe('one speaker saying the same thing in other words', () => {
  it('reads "impossible to" and "unable to" as "cannot"', () => {
    expect(f('the firm was unable to pay its suppliers').negated).toBe(true);
    expect(
      sameStatement(
        f('we cannot keep the lido open through the winter'),
        f('it was impossible to keep the lido open through the winter'),
      ),
    ).toBe(true);
  });

  it('folds "quit" and "resigned" into "left", and "leakage" into "leaks"', () => {
    expect(
      sameStatement(
        f('nine of the depot’s 60 drivers had left since spring'),
        f('nine drivers had quit the depot'),
      ),
    ).toBe(true);
    expect(
      sameStatement(
        f('leaks from the mains had been cut by 20 percent'),
        f('the utility had reduced leakage by 20 percent'),
      ),
    ).toBe(true);
  });

  it('does not read "no one" as a figure of one', () => {
    expect(f('no one had asked the board for a vote').numbers).toEqual([]);
    expect(f('no one had asked the board for a vote').negated).toBe(true);
  });
});

describe('what a figure counts', () => {
  it('ends the noun a figure leads before a time ("last month") or an adverb ("away")', () => {
    expect(f('the clinic saw 900 patients last month').figures).toEqual([{ value: '900', unit: 'patient' }]);
    expect(f('the new depot is 12 kilometres away').figures).toEqual([{ value: '12', unit: 'km' }]);
    expect(f('the new depot is 12 km from the station').figures).toEqual([{ value: '12', unit: 'km' }]);
  });

  it("gives a part its whole's noun, and holds parts against parts and wholes against wholes", () => {
    expect(f("three of the school's 40 teachers had resigned").figures).toEqual([
      { value: '3', unit: 'teacher' },
      { value: '40', unit: 'all teacher' },
    ]);
    expect(
      judgeStance(
        f("three of the school's 40 teachers had resigned"),
        f('five of the 40 teachers had resigned'),
      )?.stance,
    ).toBe('disputes');
    expect(
      judgeStance(
        f("three of the school's 40 teachers had resigned"),
        f('three teachers had left the school'),
      )?.stance,
    ).toBe('corroborates');
  });

  it('leaves out the earlier value of "down from" and "up from"', () => {
    const now = f('the register now lists 8,500 voters, down from 9,100');
    expect(now.numbers).toEqual(['8500']);
    expect(f('membership was 410, up from 380').numbers).toEqual(['410']);
    // The earlier statement of the old figure is another statement, also against a stored row.
    expect(sameStatement(stored(f('the register listed 9,100 voters')), now)).toBe(false);
  });

  it('does not take "last" of "last year" for what two percentages share', () => {
    expect(
      judgeStance(
        f('the lake was 30 percent below its usual level last year'),
        f('ticket sales had fallen by 5 percent last year'),
      ),
    ).toBeNull();
  });
});

describe('stories filed from two towns', () => {
  const names = (...words: string[]) => new Set(words);
  const claim = f('the unit had delivered 600 babies');

  it('are other stories when neither document names the place the other was filed from', () => {
    // Both send mothers to "Harwick General Hospital" and quote "the Midwives' Association".
    const link = {
      names: names('harwick', 'general', 'midwive', 'ashby'),
      otherNames: names('harwick', 'general', 'midwive', 'colne'),
      dateline: 'ashby',
      otherDateline: 'colne',
      sharedNames: 3,
      specificSharedNames: 3,
    };
    expect(sameStory(claim, f('the unit had delivered 450 babies'), link)).toBe(false);
    // A report filed from the capital about Ashby names Ashby.
    const capital = {
      ...link,
      otherNames: names('harwick', 'general', 'midwive', 'ashby'),
      otherDateline: 'london',
    };
    expect(sameStory(claim, f('the unit had delivered 450 babies'), capital)).toBe(true);
  });

  it('are not copies of each other however much wording they share', () => {
    expect(isReproduction({ shared: 40, a: 50, b: 60, places: ['colne', 'ashby'] })).toBe(false);
    expect(isReproduction({ shared: 40, a: 50, b: 60, places: ['ashby', 'ashby'] })).toBe(true);
    // A reprint that dropped the dateline may still be a copy.
    expect(isReproduction({ shared: 40, a: 50, b: 60, places: [undefined, 'ashby'] })).toBe(true);
  });
});
