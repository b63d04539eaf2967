// Rules found by the sixth held-out corpus (test/fixtures/trail-holdout-6): figures that only look like the same
// quantity. Every sentence is invented.
import { storyPlace } from './entities';
import { shingles, shingleWords } from './shingles';
import { oneBody, speakerKey } from './speaker-key';
import { judgeStance } from './stance';
import { statementFeatures as f } from './statement';

describe('percentages of different things', () => {
  it('does not hold a turnout against a pay offer or a price rise', () => {
    const turnout = f('410 nurses had backed the walkout, on a turnout of 72 percent');
    const offer = f('nurses had been offered a 4 percent pay rise');
    const prices = f('food prices had risen by 9 percent in the year to April');
    expect(judgeStance(turnout, offer)).toBeNull();
    expect(judgeStance(offer, turnout)).toBeNull();
    expect(judgeStance(prices, turnout)).toBeNull();
  });

  it('still holds two falls against each other though neither names what fell', () => {
    expect(
      judgeStance(
        f('footfall had fallen by nearly a quarter'),
        f('the council’s own survey showed a 9 percent drop'),
      )?.stance,
    ).toBe('disputes');
  });

  it('still holds two percentages of the same thing against each other, whichever way each moved', () => {
    expect(
      judgeStance(
        f('fraud losses had been cut by 12 percent since 2023'),
        f("the bank's fraud losses had risen by 5 percent last year"),
      )?.stance,
    ).toBe('disputes');
    expect(judgeStance(f('the dam was 55 percent full'), f('the dam was only 38 percent full'))?.stance).toBe(
      'disputes',
    );
  });

  it('still agrees two equal percentages worded differently', () => {
    expect(
      judgeStance(
        f('bus ridership fell 9 percent last year'),
        f('passenger numbers on the buses were 9 percent lower'),
      )?.stance,
    ).toBe('corroborates');
  });
});

describe('counts of the same noun saying different things', () => {
  it('does not hold "all 30 stallholders" against "one stallholder" when nothing else is shared', () => {
    expect(
      judgeStance(
        f('all 30 stallholders had paid their pitch fees'),
        f('the fire had started in a van run by one stallholder'),
      ),
    ).toBeNull();
  });

  it('still holds two estimates of one span against each other', () => {
    expect(
      judgeStance(
        f('the pool would reopen within six months'),
        f('the repairs would take at least nine months'),
      )?.stance,
    ).toBe('disputes');
  });

  it('still holds two counts of the same thing said of the same event', () => {
    expect(
      judgeStance(f('12 stallholders had been fined'), f('only 3 stallholders had been fined'))?.stance,
    ).toBe('disputes');
  });
});

describe('one body named in full and in short', () => {
  const key = (name: string, place?: string) => speakerKey('attributed', name, 'organization', place);

  it('takes a shorter name, or one with a role word before it, for the same body', () => {
    expect(oneBody(key('Landlord Harrow Estates'), key('Harrow Estates'))).toBe(true);
    expect(oneBody(key('the county water board', 'tilbury'), key('the water board'))).toBe(true);
    expect(oneBody(key('the water board'), key('the water board', 'tilbury'))).toBe(true);
  });

  it('keeps apart bodies of two places, other bodies, and people', () => {
    expect(oneBody(key('the water board', 'tilbury'), key('the water board', 'ashwell'))).toBe(false);
    // Both filed from one place and named as written: "the ministry" may not be "the regional health ministry".
    expect(oneBody(key('the ministry', 'tilbury'), key('the regional health ministry', 'tilbury'))).toBe(
      false,
    );
    expect(oneBody(key('Harrow Estates'), key('Harrow Rail'))).toBe(false);
    expect(oneBody(speakerKey('attributed', 'Mark Harrow', 'person'), key('Harrow Estates'))).toBe(false);
  });
});

describe('the place of a document without a dateline', () => {
  const wire = ['@tilbury', 'tilbury', 'marsh', 'quayle', 'ferris', 'harbour'];
  const elsewhere = ['@ashwell', 'ashwell', 'ferris', 'harbour', 'nolan'];

  it('is the dateline of the dated document it shares most names with', () => {
    expect(storyPlace(['quayle', 'ferris', 'harbour', 'marsh'], [elsewhere, wire])).toBe('tilbury');
  });

  it('is unknown with fewer than two names shared, or the best filed from two places', () => {
    expect(storyPlace(['quayle', 'dorset'], [wire, elsewhere])).toBeUndefined();
    expect(storyPlace(['ferris', 'harbour'], [wire, elsewhere])).toBeUndefined();
  });
});

describe('a copy writing a percent sign', () => {
  it('reads "41%" and "41 per cent" as "41 percent"', () => {
    expect(shingleWords('turnout was 41% and 7 per cent voted late')).toEqual(
      shingleWords('turnout was 41 percent and 7 percent voted late'),
    );
    expect(shingles('Rents rose 9% in the year, the union said, and wages 2% in the same year.')).toEqual(
      shingles('Rents rose 9 percent in the year, the union said, and wages 2 percent in the same year.'),
    );
  });
});
