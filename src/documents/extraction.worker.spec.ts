import { extractClaims } from '../extraction';
import { CLAIM_KINDS } from '../extraction/types';
import extract from './extraction.worker';

jest.mock('../extraction', () => {
  const actual = jest.requireActual<typeof import('../extraction')>('../extraction');
  return {
    ...actual,
    extractClaims: jest.fn((text: string, options: Parameters<typeof actual.extractClaims>[1]) => {
      if (text.includes('UNREADABLE')) throw new TypeError('cannot read properties of undefined');
      return actual.extractClaims(text, options);
    }),
  };
});

describe('the extraction thread', () => {
  it("answers the engine's reading of a text", () => {
    const outcome = extract({
      text: 'The mayor said the pier would reopen in June.',
      publisher: 'Harbour Post',
    });
    expect('packed' in outcome && [...outcome.packed.kinds]).toEqual([CLAIM_KINDS.indexOf('attributed')]);
    expect(extractClaims).toHaveBeenCalledTimes(1);
  });

  // A rejection would look like the thread failing, which fails a whole import batch; the engine's own
  // exception is about one document and comes back as a value naming it.
  it('answers an exception of the engine as a value, not a rejection', () => {
    expect(extract({ text: 'An UNREADABLE text.', publisher: null })).toEqual({
      engineError: 'TypeError: cannot read properties of undefined',
    });
  });
});
