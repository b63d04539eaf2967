import { StatementFeatures, statementFeatures } from './statement';
import { compareStatements, sameStatement, sameWording } from './statement-compare';
import { judgeStance } from './stance';
import { isReproduction, shingles } from './shingles';
import { placeOfKey, speakerKey } from './speaker-key';

const f = statementFeatures;

describe('statement features', () => {
  it('normalises figures written in words, with scales and currency', () => {
    expect(f('the plan would cost $14m').numbers).toEqual(['14000000']);
    expect(f('it will cost 14 million dollars').numbers).toEqual(['14000000']);
    expect(f('three people were hurt and 1,200 homes lost power').numbers).toEqual(['3', '1200']);
  });

  it('keeps years as words, not quantities', () => {
    expect(f('fares stay frozen until 2028').numbers).toEqual([]);
    expect(f('fares stay frozen until 2028').stems).toContain('2028');
  });

  it('reads negation from the text and denial from the cue', () => {
    expect(f("the city didn't cut routes")).toMatchObject({ negated: true, denial: false });
    expect(f('the city had cut routes', 'denied')).toMatchObject({ negated: false, denial: true });
    expect(f('the figure was corrected to 25').correction).toBe(true);
  });

  it("reads words that name Object's own properties as plain words", () => {
    // The word tables were object literals: "constructor" counted as a number word (figure NaN), a span unit
    // and a synonym, and was dropped from the words.
    const jobs = f('the builder said 40 constructor jobs would go within hours');
    expect(jobs.numbers).toEqual(['40']);
    expect(jobs.figures).toEqual([
      { value: '40', unit: 'job' },
      { value: 'hours', unit: 'hour' },
    ]);
    expect(jobs.stems).toContain('constructor');
    const odd = f('constructor toString valueOf __proto__ hasOwnProperty rose 12 valueOf weeks');
    expect(odd.numbers).toEqual(['12']);
    expect(odd.figures?.every((figure) => typeof figure.value === 'string' && figure.value !== 'NaN')).toBe(
      true,
    );
    expect(odd.stems).toEqual(expect.arrayContaining(['constructor', 'valueof', 'hasownproperty']));
    expect(sameStatement(jobs, f('the builder said forty jobs would go within hours'))).toBe(true);
  });
});

describe('sameStatement', () => {
  it('matches a direct quote with its indirect paraphrase', () => {
    expect(
      sameStatement(
        f('"We will not raise bus fares this year," she said'),
        f('the council would not raise bus fares this year'),
      ),
    ).toBe(true);
  });

  it('keeps apart the same words with another figure or the opposite polarity', () => {
    expect(sameStatement(f('the bridge will cost $40 million'), f('the bridge will cost $55 million'))).toBe(
      false,
    );
    expect(sameStatement(f('the school will close in June'), f('the school will not close in June'))).toBe(
      false,
    );
  });

  it('keeps apart different statements', () => {
    expect(sameStatement(f('the tram line opens in May'), f('bus fares will be frozen'))).toBe(false);
  });

  it('matches one specific sum of money in other words, but not a small sum or a count', () => {
    expect(
      sameStatement(
        f('resurfacing the runway would cost 2.3 million pounds'),
        f('the bill for the airfield work would come to £2.3m'),
      ),
    ).toBe(true);
    expect(sameStatement(f('a ticket would cost 12 pounds'), f('parking is 12 pounds a day'))).toBe(false);
    expect(sameStatement(f('the firm employs 2,300 people'), f('2,300 residents signed the petition'))).toBe(
      false,
    );
    expect(
      sameStatement(
        f('resurfacing the runway would cost 2.3 million pounds'),
        f('resurfacing the runway would not cost 2.3 million pounds'),
      ),
    ).toBe(false);
  });
});

describe('judgeStance', () => {
  it('calls the same figure from another speaker corroboration', () => {
    expect(
      judgeStance(f('four people were injured in the crash'), f('four people were hurt in the crash')),
    ).toMatchObject({
      stance: 'corroborates',
    });
  });

  it('calls a denial, a different figure and a correction disputes', () => {
    const claim = f('the mill dumped dye into the river');
    expect(judgeStance(claim, f('the mill dumped dye into the river', 'denied'))?.stance).toBe('disputes');
    expect(judgeStance(f('30 people died in the flood'), f('25 people died in the flood'))?.stance).toBe(
      'disputes',
    );
    expect(
      judgeStance(f('turnout in the district was high'), f('turnout in the district was corrected upward'))
        ?.stance,
    ).toBe('disputes');
  });

  it('says nothing about an unrelated claim', () => {
    expect(judgeStance(f('the mill dumped dye into the river'), f('the tram opens in May'))).toBeNull();
  });
});

describe('syndication overlap', () => {
  const body = Array.from({ length: 60 }, (_, i) => `word${i}`).join(' ');
  it('counts a trimmed or extended copy as a reproduction and a short shared passage not', () => {
    const a = shingles(body);
    const trimmed = shingles(body.split(' ').slice(0, 40).join(' '));
    const shared = trimmed.filter((s) => a.includes(s)).length;
    expect(isReproduction({ shared, a: a.length, b: trimmed.length })).toBe(true);
    expect(isReproduction({ shared: 6, a: 60, b: 60 })).toBe(false);
  });

  it('ignores case and punctuation', () => {
    expect(shingles('The Mayor, said: "yes" we will go now')).toEqual(
      shingles('the mayor said yes we will go now'),
    );
  });
});

describe('sameStatement and sameWording count what compareStatements lists', () => {
  // Grouping uses the counting forms; suggestions use compareStatements. The rules must read the same.
  const texts = [
    'the bridge will cost $40 million',
    'the bridge will cost $55 million',
    'the bridge would cost about 40 million dollars, the council said',
    'the school will close in June',
    'the school will not close in June',
    'fares will rise by 18 percent',
    'we have not raised fares in six years',
    'waiting lists had grown by 1,200 since May',
    'waiting lists have shrunk by 1,200 since May',
    'the trial of 1,400 patients halved the number of attacks',
    'the trial of 1,400 patients cut attacks by a quarter',
    'the tram line opens in May',
    'bus fares will be frozen',
  ];
  const reference = (a: StatementFeatures, b: StatementFeatures) => {
    const c = compareStatements(a, b);
    const shared = c.shared.length + c.sharedNumbers.length;
    return {
      statement:
        !c.polarityDiffers &&
        !c.numberConflict &&
        shared >= 2 &&
        (c.dice >= 0.5 ||
          (c.overlap >= 0.6 && shared >= 3) ||
          (c.sharedNumbers.length > 0 && (c.dice >= 0.4 || (c.overlap >= 0.5 && c.sameQuantity)))),
      wording: c.dice >= 0.6 && !c.numberConflict,
    };
  };

  it('agrees on every pair, with figures read from the text and without (as the trail stores them)', () => {
    const stored = (text: string): StatementFeatures => ({ ...f(text), figures: undefined });
    let matched = 0;
    for (const a of texts) {
      for (const b of [...texts.map((text) => f(text)), ...texts.map(stored)]) {
        const expected = reference(f(a), b);
        expect({
          a,
          b: b.stems,
          statement: sameStatement(f(a), b),
          wording: sameWording(f(a), b, 0.6),
        }).toEqual({
          a,
          b: b.stems,
          ...expected,
        });
        if (expected.statement) matched++;
      }
    }
    // Both outcomes are exercised: pairs that are one statement and pairs that are not.
    expect(matched).toBeGreaterThan(texts.length * 2);
    expect(matched).toBeLessThan(texts.length * texts.length);
  });
});

describe('speakerKey', () => {
  it('matches a person by surname and an organisation by its name', () => {
    expect(speakerKey('attributed', 'Mayor Elena Brandt', 'person')).toBe(
      speakerKey('attributed', 'Brandt', 'person'),
    );
    expect(speakerKey('attributed', 'The Harbour Trust', 'organization')).toBe('organization:harbour trust');
    expect(speakerKey('editorial', 'Daily Post', 'outlet')).toBe('editorial');
    expect(speakerKey('attributed', null, null)).toBe('');
  });

  it('keys a person named by a role by the whole role, so the officers of two towns stay apart', () => {
    expect(speakerKey('attributed', 'Corrin returning officer', 'person')).toBe(
      'person:corrin returning officer',
    );
    expect(speakerKey('attributed', 'Corrin returning officer', 'person')).not.toBe(
      speakerKey('attributed', 'Harlan returning officer', 'person'),
    );
    expect(speakerKey('attributed', 'Returning officer Glenys Parry', 'person')).toBe('person:parry');
  });

  it("meets a body named without its closing 'Services' or 'Authority', and keeps two towns' bodies apart", () => {
    const key = (name: string) => speakerKey('attributed', name, 'organization');
    expect(key('Aldane Water Services')).toBe(key('Aldane Water'));
    expect(key('The Calder Transit Authority')).toBe(key('Calder Transit'));
    expect(key('Halvard Ports Ltd')).toBe('organization:halvard ports');
    expect(key('Calder Transit Authority')).not.toBe(key('Brisley Transit Authority'));
    expect(key('Authority')).toBe('organization:authority');
  });

  it('gives a body named only by what it is the place its story was filed from, and no other speaker', () => {
    const key = (name: string, kind: string, place?: string) => speakerKey('attributed', name, kind, place);
    expect(key('The county fire service', 'organization', 'marrow hill')).toBe(
      'organization:county fire service@marrow hill',
    );
    expect(key('The county fire service', 'organization', 'marrow hill')).not.toBe(
      key('The county fire service', 'organization', 'saltmere'),
    );
    expect(key('Police', 'organization', 'saltmere')).toBe('organization:police@saltmere');
    expect(key('officials', 'group', 'saltmere')).toBe('group:officials@saltmere');
    // Named bodies and people are the same wherever they speak; without a dateline there is no place to add.
    expect(key('Greenplate Foods', 'organization', 'saltmere')).toBe('organization:greenplate foods');
    expect(key('Brackwater council', 'government', 'tollcross')).toBe('government:brackwater council');
    expect(key('Lena Marsh', 'person', 'saltmere')).toBe('person:marsh');
    expect(key('The county fire service', 'organization')).toBe('organization:county fire service');
    expect(placeOfKey(key('The council', 'government', 'tollcross'))).toBe('tollcross');
    expect(placeOfKey(key('Greenplate Foods', 'organization', 'tollcross'))).toBeUndefined();
  });
});
