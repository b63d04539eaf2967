// Rules that let suggestions find what the term search and the judging missed on the tuning rounds: the same
// counted thing under two nouns, a figure rejected after "not the", a follow-up whose other claim names the
// story's body in full, one body named in full and in short (`suggestion-ranking.spec.ts` holds an undated follow-up repeating
// the story's words). Every sentence is invented.
import { judgeStance, outranked, sameStory } from './stance';
import { indexTerms, statementFeatures as f } from './statement';

describe('one counted thing under two nouns', () => {
  it('finds and disputes "posts" against "jobs"', () => {
    const posts = f('240 posts would be axed');
    const jobs = f('190 hospital jobs would disappear under the plan');
    // The term search reads the candidate only through a shared term.
    expect(indexTerms(posts).filter((t) => indexTerms(jobs).includes(t))).toEqual(['job']);
    const judgement = judgeStance(posts, jobs);
    expect(judgement?.stance).toBe('disputes');
    expect(judgement?.reasons[0]).toBe('different figure: 190 instead of 240');
  });

  it('finds and disputes "debts" against "owed"', () => {
    const debts = f("the charity's debts of about 4 million pounds would be cleared by spring");
    const owed = f('its latest accounts showed the charity owed 7.1 million pounds');
    expect(judgeStance(debts, owed)?.stance).toBe('disputes');
    expect(judgeStance(f('the charity owed nearer 7 million pounds than 4 million'), owed)?.stance).toBe(
      'corroborates',
    );
  });
});

describe('a figure rejected after "not the"', () => {
  const first = f('about 3,000 tonnes of grain had burned in the warehouse fire');
  const revised = f('about 5,200 tonnes of grain had burned, not the 3,000 tonnes first reported');

  it('states the new figure and neither the rejected one nor a negation', () => {
    expect(revised.numbers).toEqual(['5200']);
    expect(revised.negated).toBe(false);
  });

  it('disputes the first figure', () => {
    const judgement = judgeStance(first, revised);
    expect(judgement?.stance).toBe('disputes');
    expect(judgement?.reasons[0]).toBe('different figure: 5,200 instead of 3,000');
  });
});

describe('a follow-up naming the story body in full', () => {
  // An undated release naming only the town, against the audit office's claim that names the council in full:
  // "City" is a word every town's bodies share, not another place or body.
  const release = f('the levy was needed to fill a shortfall of 7 million pounds left by grant cuts');
  const audit = f('Dunmore City Council faced a shortfall of 7 million pounds next year');
  const link = {
    sharedNames: 1,
    specificSharedNames: 1,
    names: new Set(['dunmore', 'petra', 'okafor']),
    otherNames: new Set(['@dunmore', 'dunmore', 'city', 'regional', 'audit']),
    otherDateline: 'dunmore',
  };

  it('is the same story', () => {
    expect(sameStory(release, audit, link)).toBe(true);
    expect(judgeStance(release, audit)?.stance).toBe('corroborates');
  });

  it('still keeps apart a claim naming a body the follow-up never names', () => {
    const other = f('Dunmore Harbour Board faced a shortfall of 7 million pounds next year');
    expect(
      sameStory(release, other, { ...link, otherNames: new Set([...link.otherNames, 'harbour', 'board']) }),
    ).toBe(false);
  });
});

describe('one body named in full and in short', () => {
  it('is suggested once per stance, as one speaker is', () => {
    const suggested = [
      { id: 'a', speakerKey: 'organization:dunmore fire and rescue service', stance: 'disputes', score: 0.8 },
      { id: 'b', speakerKey: 'organization:fire service@dunmore', stance: 'disputes', score: 0.7 },
      { id: 'c', speakerKey: 'organization:dunmore harbour board', stance: 'disputes', score: 0.6 },
    ] as const;
    expect(outranked(suggested)).toEqual(['b']);
  });
});
