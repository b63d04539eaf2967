import fc from 'fast-check';
import { extractClaims } from './extract-claims';
import { CUE_WORDS } from './lexicon';

// Sentences of news-like pieces in any order: cue words (each form the lexicon knows) at the start, the end
// or between names, figures, quotes and punctuation. Whatever the order, the engine answers and every claim
// is an exact slice of the input.
const cues = [...CUE_WORDS.keys()];
const piece = fc.oneof(
  fc.constantFrom(...cues),
  fc.constantFrom(...cues.map((c) => c[0].toUpperCase() + c.slice(1))),
  fc.constantFrom('Ana Ruiz', 'the ministry', 'officials', 'she', 'They', 'Mr. Okafor', 'the council'),
  fc.constantFrom('0', '12', '4.5%', '$3 million', 'May', 'on Monday', 'that', 'than', 'who', 'and'),
  fc.constantFrom(',', '.', ':', ';', '"', '“', '”', "''", '(', ')', '-', '—', '?', '\n\n'),
);
const sentence = fc.array(piece, { minLength: 1, maxLength: 14 }).map((pieces) => pieces.join(' '));

describe('the engine on any arrangement of cue words', () => {
  it('never throws, and every claim is an exact slice of the text', () => {
    fc.assert(
      fc.property(fc.array(sentence, { minLength: 1, maxLength: 4 }), (sentences) => {
        const text = sentences.join(' ');
        for (const claim of extractClaims(text, { publisher: 'Test Wire' }).claims) {
          expect(text.slice(claim.start, claim.end)).toBe(claim.text);
        }
      }),
      { numRuns: 3000, seed: 20261130 },
    );
  });

  it('reads a sentence that opens with a cue word and names no source ("posted 0.") as editorial', () => {
    expect(extractClaims('posted 0.').claims.map((c) => c.kind)).toEqual(['editorial']);
  });
});

describe('the engine on words that name properties of plain objects', () => {
  // Word tables held as object literals found Object's own properties: "constructor" read as a pronoun, and
  // "according to constructor estimates" threw.
  it.each([
    'Costs rose 9 percent, according to constructor estimates.',
    'The mayor rejected their constructor claims that costs rose.',
    'A toString spokesman said the hall would reopen.',
  ])('reads %s without throwing', (text) => {
    const { claims } = extractClaims(text);
    expect(claims.length).toBeGreaterThan(0);
    for (const claim of claims) expect(text.slice(claim.start, claim.end)).toBe(claim.text);
  });
});
