import { extractClaims } from './extract-claims';

// "claims" after a verb of denial is that verb's object: the denier does not claim what they deny. Before,
// "The firm rejected claims that …" read as the firm claiming it, and "rejected suggestions that …" as nothing.
describe('a denial with its object before "that"', () => {
  it.each([
    ['The ferry firm rejected claims that the engines were to blame.', 'rejected claims'],
    ['The ferry firm rejected suggestions that the engines were to blame.', 'rejected suggestions'],
    ['The ferry firm denied reports that the engines were to blame.', 'denied reports'],
    ['The ferry firm rejected the claim that the engines were to blame.', 'rejected the claim'],
  ])('%s', (text, cue) => {
    expect(
      extractClaims(text).claims.map((c) => ({
        kind: c.kind,
        speaker: c.speaker?.name,
        cue: c.cue,
        text: c.text,
      })),
    ).toEqual([{ kind: 'attributed', speaker: 'ferry firm', cue, text: 'the engines were to blame' }]);
  });

  it('leaves a rejected plan an event', () => {
    expect(extractClaims('The harbour board rejected the plan.').claims.map((c) => c.kind)).toEqual([
      'editorial',
    ]);
  });
});
