// Suggestions judged by what a figure is and what a negation bears on (invented sentences; each case fails
// with its rule removed).
import { figureRole } from './figure-role';
import { judgeStance } from './stance';
import { statementFeatures } from './statement';

const judge = (a: string, b: string) => judgeStance(statementFeatures(a), statementFeatures(b));
const roleOf = (text: string, figure: string) => {
  const tokens = text.split(' ');
  const at = tokens.indexOf(figure);
  return figureRole(tokens, at, at + 1, true);
};

describe('a figure is a change or a level', () => {
  it('reads a change from its verb, its "by", or the word after it', () => {
    expect(roleOf('ridership fell 12 percent', '12')).toBe('change');
    expect(roleOf('waiting lists had fallen sharply by 12000 since january', '12000')).toBe('change');
    expect(roleOf('the drug cut migraine attacks by a quarter', 'quarter')).toBe('change');
    expect(roleOf('a 3 percent rise', '3')).toBe('change');
    expect(roleOf('pay had lost a fifth of its value', 'fifth')).toBe('change');
  });

  it('reads a level otherwise, and before "up from" the figure is the level reached', () => {
    expect(roleOf('the reservoirs were 36 percent full', '36')).toBe('level');
    expect(roleOf('turnout had reached 61 percent up from 54 percent', '61')).toBe('level');
  });

  it('reads a count after a verb of change as what changed', () => {
    const tokens = 'the firm would cut 300 jobs'.split(' ');
    expect(figureRole(tokens, 4, 5, false)).toBe('level');
  });
});

describe('only figures of one quantity dispute', () => {
  it('a change and a level of one sum are two quantities', () => {
    expect(
      judge(
        "the council's budget had grown by 2 million pounds",
        "the council's budget was 12 million pounds",
      ),
    ).toBeNull();
    expect(
      judge("the trust's deficit had risen by 4 percent", "the trust's deficit was 14 percent of its income"),
    ).toBeNull();
  });

  it('figures whose unit neither claim names are no one quantity', () => {
    expect(
      judge('the appeal raised 4,000 in its first week', 'the appeal was backed by 900 in its first week'),
    ).toBeNull();
  });

  it('two changes of one thing, neither unit named, still dispute', () => {
    expect(
      judge(
        'waiting lists in the region had fallen by 12,000 since January',
        'waiting lists in the region had grown by 3,000 since January',
      )?.stance,
    ).toBe('disputes');
  });

  it('a level against a level of one sum still disputes', () => {
    expect(
      judge('the repairs would cost 4.5 million euros', 'the repairs would cost 2 million euros')?.stance,
    ).toBe('disputes');
  });
});

describe('none and no bear on what is said of a thing', () => {
  it('"no X" against a count of X disputes only when they share what is said of it', () => {
    expect(
      judge(
        'No trainee will have their course cut short',
        'About 400 trainees from the county study at the college',
      ),
    ).toBeNull();
    expect(
      judge(
        'no dust had reached the school from the quarry',
        'dust from the quarry had reached the school on four days in May',
      )?.stance,
    ).toBe('disputes');
  });

  it('"no X" as a subject negates its verb, not X', () => {
    expect(
      judge(
        'no residents were moved out of the flats',
        'residents of the flats had complained about damp for years',
      ),
    ).toBeNull();
    expect(
      judge('no cyanide had reached the river', 'cyanide from the pond had reached the river')?.stance,
    ).toBe('disputes');
  });

  it('"no X" after a verb negates finding X', () => {
    expect(
      judge(
        'the surveyor had found no cracks in the supports',
        'cracks had been found in two of the steel supports',
      )?.stance,
    ).toBe('disputes');
  });
});
