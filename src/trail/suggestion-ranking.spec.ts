// Suggestion rules found by judging every candidate of the eight trail corpora offline (rankCandidates over
// the candidates the term search read), each kept only when no corpus's suggestion precision dropped. Every
// sentence is invented.
import { judgeStance } from './stance';
import { statementFeatures as f } from './statement';
import { rankCandidates, SuggestionCandidate } from './suggestion-ranking';

describe('two counts of one noun that are the whole of a short claim', () => {
  it('disputes "52 tenants lived there" against "the building housed 47 tenants"', () => {
    const judgement = judgeStance(f('52 tenants lived there'), f('the building housed 47 tenants'));
    expect(judgement?.stance).toBe('disputes');
    expect(judgement?.reasons[0]).toBe('different figure: 47 instead of 52');
  });

  it('still holds apart one noun counted for two facts in longer claims', () => {
    expect(
      judgeStance(
        f('all 60 stallholders had paid their fees on time'),
        f('spoiled fish sold by one stallholder'),
      ),
    ).toBeNull();
  });
});

describe('a figure only one claim states is a word the other lacks', () => {
  it('does not corroborate a visit to each patient with the ward counting 22 patients at its last visit', () => {
    expect(
      judgeStance(
        f('a nurse would visit each patient before the move'),
        f('the ward had 22 patients at the time of the last visit'),
      ),
    ).toBeNull();
  });

  it('still corroborates the same words without a figure, and the same figure in other words', () => {
    const visit = f('a nurse would visit each patient before the move');
    expect(judgeStance(visit, f('a nurse would visit each patient before the move'))?.stance).toBe(
      'corroborates',
    );
    expect(
      judgeStance(
        f('a nurse would visit each of the 22 patients before the move'),
        f('the ward had 22 patients at the time of the last visit'),
      )?.stance,
    ).toBe('corroborates');
  });
});

describe('rankCandidates', () => {
  const row = (id: string, speakerKey: string, text: string, names: string[]): SuggestionCandidate => ({
    claimId: `c-${id}`,
    documentId: `d-${id}`,
    statementId: `s-${id}`,
    speakerKey,
    kind: 'attributed',
    text,
    cue: 'said',
    sharedNames: 2,
    names,
    ...f(text, 'said'),
  });
  const story = ['@ostley', 'ostley', 'brackmoor', 'harlan'];
  const asked = { ...row('a', 'person:harlan', 'the pool would reopen in September', story) };

  it('judges candidates of another speaker in the same story, one per statement', () => {
    const ranked = rankCandidates(asked, story, [
      row('b', 'organization:brackmoor council', 'the pool would not reopen in September', story),
      row('c', 'person:harlan', 'the pool would not reopen in September', story),
      row('d', 'organization:brackmoor council', 'the pool would not reopen in September', [
        '@pellow',
        'pellow',
      ]),
    ]);
    expect(ranked.map((r) => [r.statementId, r.judgement.stance])).toEqual([['s-b', 'disputes']]);
  });

  it('leaves out statements already decided', () => {
    const other = row('b', 'organization:brackmoor council', 'the pool would not reopen in September', story);
    expect(rankCandidates(asked, story, [other], new Set(['s-b']))).toEqual([]);
  });

  describe('an undated follow-up that repeats a claim of the story', () => {
    const unplaced = (r: SuggestionCandidate) => ({ ...r, sharedNames: 0 });
    const queues = 'queues at the passport office had fallen by 4,000 since March';
    // A chief naming nobody of the wire's story, who repeats its councillor's figure word for word.
    const followUp = ['ines', 'varga'];
    const chief = unplaced(row('v', 'person:varga', queues, followUp));
    const wire = unplaced(row('w', 'person:harlan', queues, story));
    const council = unplaced(
      row('c', 'organization:brackmoor council', 'queues at the passport office were shrinking', story),
    );

    it('is in the story of the documents whose claim it repeats', () => {
      const ranked = rankCandidates(chief, followUp, [wire, council]);
      expect(ranked.map((r) => [r.statementId, r.judgement.stance])).toContainEqual(['s-c', 'corroborates']);
    });

    it('stays apart when another town says the same words', () => {
      const pellow = unplaced(row('p', 'person:okoro', queues, ['@pellow', 'pellow', 'okoro']));
      const ranked = rankCandidates(chief, followUp, [wire, council, pellow]);
      expect(ranked.map((r) => r.statementId)).not.toContain('s-c');
    });
  });
});

describe('a negation bearing on no word of content', () => {
  it('does not state the opposite of a claim it shares a few words with', () => {
    expect(
      judgeStance(
        f('volunteers at the shelter had worked 3,000 unpaid hours'),
        f('we thank the shelter volunteers warmly, but the money is simply not there'),
      ),
    ).toBeNull();
  });

  it('still disputes a negation of what the other states', () => {
    expect(
      judgeStance(
        f('the shelter would hire more volunteers'),
        f('the shelter would not hire more volunteers'),
      )?.stance,
    ).toBe('disputes');
  });
});
