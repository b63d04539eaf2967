// Quantities written in other words (test/fixtures/trail-holdout-8's repeats: "at least a decade", "four cubic
// metres", "two an hour", "a fifth" against "about 19 percent"). Every sentence is invented.
import { compareFigures } from './figures';
import { canonicalQuantities } from './quantities';
import { statementFeatures as f } from './statement';
import { sameStatement } from './statement-compare';
import { judgeStance } from './stance';

const numbers = (text: string) => f(text).numbers;

describe('number words', () => {
  it('reads a compound number word as one figure', () => {
    expect(numbers('the council would hire twenty-five wardens')).toEqual(['25']);
    expect(numbers('the trust had sold two hundred and ten tickets')).toEqual(['210']);
    expect(numbers('the ferry carried two dozen cars')).toEqual(['24']);
  });

  it('reads "a thousand" and "half a million" as figures', () => {
    expect(numbers('a thousand homes lost power')).toEqual(['1000']);
    expect(numbers('the repairs cost half a million pounds')).toEqual(['500000']);
  });

  it('reads digits, words and signs of one figure alike', () => {
    expect(numbers('the mill would close for 8 weeks')).toEqual(
      numbers('the mill would close for eight weeks'),
    );
    expect(numbers('it paid £14m for 80% of the shares')).toEqual(
      numbers('it paid 14 million pounds for 80 percent of the shares'),
    );
  });
});

describe('spans named by a word', () => {
  it('reads "a decade" as 10 years and "three decades" as 30', () => {
    expect(f('the lease would run for a decade').figures).toEqual([
      expect.objectContaining({ value: '10', unit: 'year' }),
    ]);
    expect(numbers('the worst flooding in three decades')).toEqual(['30']);
  });

  it('reads "half an hour" as 30 minutes and "a quarter of an hour" as 15, not a share', () => {
    const half = compareFigures(
      f('the queue moved after half an hour').figures!,
      f('after 30 minutes').figures!,
    );
    expect(half.agreeing).toBe(true);
    expect(f('the doors opened a quarter of an hour late').figures).toEqual([
      expect.objectContaining({ value: '15', unit: 'minute' }),
    ]);
  });

  it('joins one speaker saying "at least ten years" and "at least a decade"', () => {
    expect(
      sameStatement(
        f('the market would stay in Corn Square for at least ten years'),
        f('the market would not leave Corn Square for at least a decade'),
      ),
    ).toBe(true);
  });

  it('reads staying as the opposite of leaving, as keeping is of closing', () => {
    expect(
      sameStatement(f('the market would stay in Corn Square'), f('the market would leave Corn Square')),
    ).toBe(false);
  });
});

describe('weeks and months', () => {
  const span = (text: string) => f(text).figures!;
  it('reads a span in months as 28 to 31 days a month against one in weeks or days', () => {
    expect(
      compareFigures(span('the works would take two months'), span('the works would take eight weeks'))
        .agreeing,
    ).toBe(true);
    expect(
      compareFigures(
        span('the works would take about eight weeks'),
        span('the works would take nearer four months'),
      ).conflicting,
    ).not.toBeNull();
  });

  it('holds months against months exactly', () => {
    expect(
      compareFigures(span('the wait was 11 months'), span('the wait was 12 months')).conflicting,
    ).not.toBeNull();
  });
});

describe('shares as parts', () => {
  it('reads "two thirds", "three quarters" and "one in five" as percentages', () => {
    expect(numbers('two thirds of the wards were full')).toEqual(['67']);
    expect(numbers('three quarters of the stalls had closed')).toEqual(['75']);
    expect(numbers('one in five pupils walked to school')).toEqual(['20']);
  });
});

describe('units converted to one of their kind', () => {
  it('reads cubic metres as litres', () => {
    expect(numbers('roughly four cubic metres of diesel had spilled')).toEqual(['4000']);
    expect(
      sameStatement(
        f('about 4,000 litres of diesel had spilled from the barge'),
        f('roughly four cubic metres of diesel had escaped'),
      ),
    ).toBe(true);
  });

  it('reads kilograms as tonnes and millilitres as litres', () => {
    expect(numbers('2,500 kilograms of grain')).toEqual(numbers('2.5 tonnes of grain'));
    expect(numbers('a dose of 500 millilitres')).toEqual(['0.5']);
  });

  it('reads miles as about the kilometres they are', () => {
    const miles = f('the nearest unit is 24 miles away').figures!;
    expect(miles).toEqual([expect.objectContaining({ unit: 'km', hedge: 'about' })]);
    expect(compareFigures(miles, f('the nearest unit is 38 km away').figures!).agreeing).toBe(true);
  });
});

describe('rates', () => {
  it('reads "every 30 minutes", "every half hour" and "two an hour" as one rate', () => {
    const rate = numbers('trams ran every 30 minutes');
    expect(rate).toHaveLength(1);
    expect(numbers('trams ran every half hour')).toEqual(rate);
    expect(numbers('trams ran two an hour')).toEqual(rate);
    expect(numbers('trams ran 48 times a day')).toEqual(rate);
  });

  it('does not read a wage as a rate', () => {
    expect(numbers('cleaners were paid £10 an hour')).toEqual(['10']);
  });

  it('joins one speaker giving one rate in other words', () => {
    expect(
      sameStatement(
        f('shuttle buses were running every 20 minutes between the two sites'),
        f('its shuttle buses had kept to three an hour since the bridge closed'),
      ),
    ).toBe(true);
  });

  it('holds another rate of the same service as a different figure', () => {
    const judged = judgeStance(
      f('shuttle buses were running every 20 minutes between the two sites'),
      f('shuttle buses were running only once an hour on Sundays'),
    );
    expect(judged?.stance).toBe('disputes');
    expect(judged?.reasons[0]).toBe('different figure: every 60 minutes instead of every 20 minutes');
  });
});

describe('hedged figures', () => {
  it('reads "about 19 percent" as agreeing with "a fifth"', () => {
    const judged = judgeStance(
      f('cleaners had lost a fifth of their pay in real terms since 2015'),
      f("cleaners' pay had fallen by about 19 percent in real terms since 2015"),
    );
    expect(judged?.stance).toBe('corroborates');
  });

  it('reads "8.7 million" as agreeing with "nearer 9 million", not "about 6 million"', () => {
    const ledger = f('the accounts showed the club owed 8.7 million pounds in debts');
    expect(judgeStance(ledger, f('the club owed nearer 9 million pounds in debts'))?.stance).toBe(
      'corroborates',
    );
    expect(judgeStance(ledger, f('the club owed about 6 million pounds in debts'))?.stance).toBe('disputes');
  });

  it('still holds exact figures and ranges that do not meet against each other', () => {
    expect(
      judgeStance(f('turnout in the ballot was 7 percent, not 11'), f('turnout in the ballot was 11 percent'))
        ?.stance,
    ).toBe('disputes');
    const more = f('more than 900 porters had joined the strike');
    expect(
      compareFigures(more.figures!, f('fewer than 600 porters had joined the strike').figures!).conflicting,
    ).not.toBeNull();
    expect(compareFigures(more.figures!, f('1,050 porters had joined the strike').figures!).agreeing).toBe(
      true,
    );
  });
});

describe('a figure set against another', () => {
  it('does not read the value after "nearer … than" as one the claim states', () => {
    expect(numbers("the hall's debts were nearer 4 million pounds than 3 million")).toEqual(['4000000']);
    expect(f('the hall owed closer to 4 million pounds than 3 million').figures).toEqual([
      expect.objectContaining({ value: '4000000', hedge: 'about' }),
    ]);
  });
});

describe('hedges of two words', () => {
  it('reads "at least", "more than" as a floor and "no more than", "fewer than" as a ceiling', () => {
    const hedge = (text: string) => f(text).figures![0].hedge;
    expect(hedge('at least 40 stalls')).toBe('above');
    expect(hedge('more than 40 stalls')).toBe('above');
    expect(hedge('no more than 40 stalls')).toBe('below');
    expect(hedge('fewer than 40 stalls')).toBe('below');
    expect(hedge('upwards of 40 stalls')).toBe('above');
    expect(hedge('40 stalls')).toBeUndefined();
  });
});

describe('one speaker keeping the figures in other words', () => {
  it('joins claims that state the same figures and share a word', () => {
    expect(
      sameStatement(
        f('porters in Wexley had lost a fifth of their pay in real terms since 2015'),
        f('its members in Wexley were a fifth worse off than in 2015'),
      ),
    ).toBe(true);
  });

  it('keeps apart claims sharing one small figure', () => {
    expect(
      sameStatement(f('Wexley would buy three new ambulances'), f('three paramedics in Wexley had resigned')),
    ).toBe(false);
  });
});

describe('canonicalQuantities', () => {
  it('leaves words it does not read as quantities as they are', () => {
    const tokens = ['no', 'one', 'in', 'the', 'town', 'had', 'a', 'third', 'party'];
    expect(canonicalQuantities(tokens)).toEqual(tokens);
  });
});
