import { judgeStance, sameStory } from './stance';
import { statementFeatures as f } from './statement';

describe('figure units', () => {
  it('reads what a figure counts from the word after it or the noun it leads', () => {
    expect(f('fares will rise by 18 percent from June').figureWords).toEqual(['percent']);
    expect(f('fares will rise by 18 per cent').figureWords).toEqual(['percent']);
    expect(f('we have not raised fares in six years').figureWords).toEqual(['year']);
    expect(f('the money will pay for two new vessels').figureWords).toEqual(['vessel']);
    expect(f('repairs will cost £80,000').figureWords).toEqual(['money']);
    expect(f('the plant will cut 300 jobs at the site').figureWords).toEqual(['job']);
  });

  it('falls back to the words around a figure that leads no noun', () => {
    expect(f('waiting lists fell by 12,000 since January').figureWords).toEqual(
      expect.arrayContaining(['wait', 'list', 'cut']),
    );
  });
});

describe('judgeStance with figures of different things', () => {
  it('does not call a figure of another quantity a different figure', () => {
    const rise = f('fares on the island route would rise by 18 percent from June');
    expect(judgeStance(rise, f('we have not raised fares in six years'))).toBeNull();
    expect(
      judgeStance(
        f('the rise was needed to pay for two new vessels'),
        f('families would pay 600 pounds more a year'),
      ),
    ).toBeNull();
  });

  it('still calls a different figure of the same quantity a dispute', () => {
    const judgement = judgeStance(
      f('fares on the island route would rise by 18 percent from June'),
      f('fares on the island route would rise by 15 percent from June'),
    );
    expect(judgement).toMatchObject({
      stance: 'disputes',
      reasons: expect.arrayContaining(['different figure: 15 instead of 18']),
    });
  });
});

describe('judgeStance with directions', () => {
  it('calls "grown" against "fallen" opposite, and "not risen" against "fallen" not', () => {
    const fell = f('waiting lists in the region had fallen since the spring');
    expect(judgeStance(fell, f('waiting lists in the region had grown since the spring'))?.stance).toBe(
      'disputes',
    );
    expect(judgeStance(fell, f('waiting lists in the region had shrunk since the spring'))?.stance).toBe(
      'corroborates',
    );
    expect(
      judgeStance(fell, f('waiting lists in the region had not risen since the spring'))?.stance,
    ).not.toBe('disputes');
  });
});

describe('sameStory', () => {
  const names = (...words: string[]) => new Set(words);
  const jobs = f('it would cut 300 jobs at its brackenridge plant by the end of the year');

  it('takes documents sharing two names, whatever their claims say', () => {
    const link = { sharedNames: 2, specificSharedNames: 2, names: names(), otherNames: names() };
    expect(sameStory(jobs, f('the tram opens in May'), link)).toBe(true);
  });

  it('with one name in common, takes a near restatement but not the same words about another place', () => {
    const link = {
      sharedNames: 1,
      specificSharedNames: 1,
      names: names('brackenridge'),
      otherNames: names('eastport', 'brackenridge'),
    };
    expect(
      sameStory(jobs, f('it would cut 300 jobs at its brackenridge plant before the end of the year'), link),
    ).toBe(true);
    expect(
      sameStory(jobs, f('it would cut 300 jobs at its eastport plant by the end of the year'), link),
    ).toBe(false);
    expect(sameStory(jobs, f('it would cut 300 jobs at its plant'), { ...link, sharedNames: 1 })).toBe(true);
    expect(sameStory(jobs, f('it would close its plant and sell the land'), link)).toBe(false);
  });

  it('with no name in common, takes only the same words and figures', () => {
    const link = { sharedNames: 0, specificSharedNames: 0, names: names(), otherNames: names() };
    const fell = f('waiting lists in the north-east had fallen by 12,000 since January');
    expect(
      sameStory(fell, f('waiting lists in the north-east had fallen by 12,000 since January'), link),
    ).toBe(true);
    expect(
      sameStory(fell, f('waiting lists in the south-west had fallen by 12,000 since January'), link),
    ).toBe(false);
    expect(
      sameStory(fell, f('waiting lists in the north-east had fallen by 9,000 since January'), link),
    ).toBe(false);
  });
});

describe('sameStory with datelines', () => {
  const names = (...words: string[]) => new Set(words);
  const offer = f('it had offered a 6 percent pay rise');

  it('leaves out the same words filed from another town, however few names the documents share', () => {
    const link = { names: names(), otherNames: names(), dateline: 'halvard', otherDateline: 'saltmere' };
    expect(
      sameStory(offer, f('it had offered a 6 percent pay rise'), {
        ...link,
        sharedNames: 0,
        specificSharedNames: 0,
      }),
    ).toBe(false);
    expect(
      sameStory(offer, f('it had offered a 6 percent pay rise'), {
        ...link,
        sharedNames: 1,
        specificSharedNames: 1,
      }),
    ).toBe(false);
    // "Dockworkers' Union" and "Transit Authority" are names of the same kind of body in every town.
    expect(
      sameStory(offer, f('the union said talks had failed'), {
        ...link,
        sharedNames: 2,
        specificSharedNames: 0,
      }),
    ).toBe(false);
  });

  it("takes another town's document that shares two names of its own, or one with no dateline", () => {
    // Filed from Westminster, it names Halvard (a document naming neither's place: paraphrase.spec.ts).
    const link = {
      names: names(),
      otherNames: names('halvard'),
      dateline: 'halvard',
      otherDateline: 'westminster',
    };
    expect(
      sameStory(offer, f('the strike would hurt exporters'), {
        ...link,
        sharedNames: 3,
        specificSharedNames: 2,
      }),
    ).toBe(true);
    const undated = { ...link, otherDateline: undefined, sharedNames: 0, specificSharedNames: 0 };
    expect(sameStory(offer, f('it had offered a 6 percent pay rise'), undated)).toBe(true);
  });
});

describe('claims that say a thing failed to happen', () => {
  it('read "failed to consult" as "did not consult", so denying it affirms the consultation', () => {
    expect(f('the council had failed to consult families').negated).toBe(true);
    const neverConsulted = f('the council had never consulted families about the closures');
    const deniedFailing = f('it had failed to consult families about the closures', 'denied');
    expect(judgeStance(neverConsulted, deniedFailing)?.stance).toBe('disputes');
  });
});

describe('figures paired by unit', () => {
  it('reads shares written in words as percentages', () => {
    expect(f('the drug halved the number of attacks').numbers).toEqual(['50']);
    expect(f('the drug cut attacks by a quarter').numbers).toEqual(['25']);
    expect(f('the schools had lost a third of their pupils').numbers).toEqual(['33']);
    expect(f('the drug cut attacks by half').numbers).toEqual(['50']);
    expect(f('the drug halved the number of attacks').stems).toContain('cut');
  });

  it('calls a different effect a dispute though both name the same trial size', () => {
    const judgement = judgeStance(
      f('its drug halved the number of migraine attacks in a trial of 1,400 patients'),
      f('the drug cut migraine attacks by a quarter in the trial of 1,400 patients'),
    );
    expect(judgement).toMatchObject({
      stance: 'disputes',
      reasons: expect.arrayContaining(['different figure: 25 instead of 50']),
    });
  });

  it('still corroborates when every figure both count agrees', () => {
    expect(
      judgeStance(
        f('its drug halved migraine attacks in a trial of 1,400 patients'),
        f('the drug cut migraine attacks by half among 1,400 patients'),
      )?.stance,
    ).toBe('corroborates');
  });
});

describe('spans of time', () => {
  it('reads a span named without a number, and agrees it with a number inside its unit only', () => {
    expect(f('the alarm was raised within hours of the leak').figures).toEqual([
      { value: 'hours', unit: 'hour' },
    ]);
    const late = f('the alarm was raised three days after the leak was found');
    const prompt = f('the alarm was raised within hours of the leak being found');
    expect(judgeStance(late, prompt)).toMatchObject({
      stance: 'disputes',
      reasons: expect.arrayContaining(['different figure: hours instead of 3 days']),
    });
    expect(judgeStance(f('the alarm was raised five hours after the leak was found'), prompt)).toMatchObject({
      stance: 'corroborates',
    });
  });

  it('compares spans in one measure: two days are 48 hours', () => {
    expect(
      judgeStance(
        f('the ferry sat at anchor for two days before it was towed in'),
        f('the ferry sat at anchor for 48 hours before it was towed in'),
      ),
    ).toMatchObject({ stance: 'corroborates' });
  });

  it('does not call two spans of different things a different figure', () => {
    expect(
      judgeStance(
        f('patients at the clinic waited 12 months for a scan'),
        f('the average wait at the clinic is 18 weeks'),
      ),
    ).toBeNull();
  });
});

describe('none against a count', () => {
  it('disputes "no injuries" with a count of the injured, and "nobody" with a count of people', () => {
    const none = f('no injuries were reported after the derailment');
    const count = f('the county hospital treated nine passengers for injuries');
    expect(none.noneOf).toEqual(f('injured').stems);
    expect(judgeStance(none, count)).toMatchObject({
      stance: 'disputes',
      reasons: expect.arrayContaining(['counts 9 where this claim says none']),
    });
    expect(judgeStance(count, none)).toMatchObject({ stance: 'disputes' });
    expect(
      judgeStance(f('nobody was hurt in the derailment'), f('four people were hurt in the derailment')),
    ).toMatchObject({ stance: 'disputes' });
  });

  it('leaves alone "no longer" and a count of something the none does not name', () => {
    expect(f('the line is no longer closed').noneOf).toEqual([]);
    expect(
      judgeStance(
        f('no injuries were reported after the derailment'),
        f('the derailment closed the line for 3 hours'),
      ),
    ).toBeNull();
  });
});

describe('sameStory with one name in common and a figure of the same measure', () => {
  const fell = f('bridge tolls raised 8 percent less than forecast');
  const link = {
    sharedNames: 1,
    specificSharedNames: 1,
    names: new Set(['harlow']),
    otherNames: new Set(['harlow']),
  };

  it("takes a follow-up that names only the story's town", () => {
    expect(sameStory(fell, f("harlow's toll takings were 8 percent lower than the forecast"), link)).toBe(
      true,
    );
  });

  it("but not one naming a place the story's document never names", () => {
    const other = { ...link, otherNames: new Set(['harlow', 'kenbury']) };
    expect(sameStory(fell, f("kenbury's toll takings were 8 percent lower than the forecast"), other)).toBe(
      false,
    );
  });
});

describe('sums of money of different orders', () => {
  it('does not hold a fare against a budget, and still holds two budgets', () => {
    const budget = f('the toll freeze would cost about $8 million over three years');
    expect(judgeStance(budget, f('the price of a return ticket would stay at $4.10'))).toBeNull();
    expect(
      judgeStance(budget, f('the toll freeze would cost about $5 million over three years')),
    ).toMatchObject({
      stance: 'disputes',
      reasons: expect.arrayContaining(['different figure: 5 million instead of 8 million']),
    });
  });
});
