import { statementFeatures } from './statement';
import { GroupedClaim, mergeStatements, RECENT_PER_WORD } from './statement-groups';

let next = 0;
const claim = (
  text: string,
  speakerKey = 'person:okafor',
  kind: 'attributed' | 'editorial' = 'attributed',
): GroupedClaim => ({ statementId: `s${next++}`, speakerKey, kind, ...statementFeatures(text) });

const mergedInto = (moves: Array<{ from: string; into: string }>) =>
  Object.fromEntries(moves.map((m) => [m.from, m.into]));

describe('mergeStatements', () => {
  it('joins a paraphrase by the same speaker to the earlier statement, which keeps its id', () => {
    const stored = claim('the ferry fares will stay frozen until the spring of 2027');
    const repeat = claim('ferry fares would remain frozen until spring 2027');
    expect(mergedInto(mergeStatements([stored], [repeat]))).toEqual({
      [repeat.statementId]: stored.statementId,
    });
  });

  it('leaves apart another speaker, a contradicting figure and a negation', () => {
    const stored = claim('the ferry fares will rise by 3 per cent in the spring');
    const moves = mergeStatements(
      [stored],
      [
        claim('the ferry fares will rise by 3 per cent in the spring', 'person:lindqvist'),
        claim('the ferry fares will rise by 5 per cent in the spring'),
        claim('the ferry fares will not rise by 3 per cent in the spring'),
      ],
    );
    expect(moves).toEqual([]);
  });

  it('joins several new claims at once, each to the statement it repeats', () => {
    const a = claim('the council approved 14 million for dredging the harbour');
    const b = claim('school meals will be free for every pupil from September');
    const bridge = [
      claim('the council approved 14 million for dredging the harbour'),
      claim('school meals will be free for every pupil from September'),
    ];
    const moves = mergedInto(mergeStatements([a, b], bridge));
    expect(moves[bridge[0].statementId]).toBe(a.statementId);
    expect(moves[bridge[1].statementId]).toBe(b.statementId);
  });

  it('joins repeats among the new claims themselves', () => {
    const first = claim('the library will open on Sundays from March');
    const again = claim('the library is to open on Sundays from March');
    expect(mergedInto(mergeStatements([], [first, again]))).toEqual({
      [again.statementId]: first.statementId,
    });
  });

  it('editorial claims join only near-verbatim repeats', () => {
    const stored = claim(
      'The bridge closed for repairs on Monday after inspectors found cracks',
      'editorial',
      'editorial',
    );
    const verbatim = claim(
      'The bridge closed for repairs on Monday after inspectors found cracks.',
      'editorial',
      'editorial',
    );
    const loose = claim('Inspectors found cracks in the bridge', 'editorial', 'editorial');
    expect(mergedInto(mergeStatements([stored], [verbatim, loose]))).toEqual({
      [verbatim.statementId]: stored.statementId,
    });
  });

  it(`finds a repeat among a prolific speaker's claims only through its ${RECENT_PER_WORD} most recent uses of a word`, () => {
    const original = claim('the reservoir holds water for ninety days of drought');
    // Many later claims share two of its words (and so would be compared), none repeats it.
    const noise = Array.from({ length: RECENT_PER_WORD }, (_, i) =>
      claim(`reservoir drought report number ${i}`),
    );
    const repeat = claim('the reservoir holds water for ninety days of drought');
    // Its rarer words ("holds", "water") still reach it: a repeat is found however many claims share the common ones.
    expect(mergedInto(mergeStatements([original, ...noise], [repeat]))).toEqual({
      [repeat.statementId]: original.statementId,
    });
  });
});
