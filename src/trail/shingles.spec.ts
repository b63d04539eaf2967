import { hash32, isReproduction, minSharedOf, SHINGLE_WORDS, shingles, shingleWords } from './shingles';

// The stored fingerprints of earlier documents were hashed from the words joined by spaces: a new document's
// must come out the same, however they are computed.
function joinedShingles(text: string): number[] {
  const words = shingleWords(text);
  const hashes = new Set<number>();
  for (let i = 0; i + SHINGLE_WORDS <= words.length; i++) {
    const hash = hash32(words.slice(i, i + SHINGLE_WORDS).join(' '));
    if ((hash & 3) === 0) hashes.add(hash);
  }
  return [...hashes];
}

describe('shingles', () => {
  it('hashes each sampled five-word shingle as hash32 of its words joined by spaces', () => {
    const text =
      'The harbour board voted on Tuesday to widen the north quay by 40 metres, a plan the fishermen’s ' +
      'co-operative had opposed for years. Its chair, Ana Öztürk, said the café owners on the quay were “not ' +
      'consulted”, and that 1,200 jobs depended on the fleet. The board said work would start in 2027 and cost ' +
      '€3.5 million, paid by the port’s own reserves; the council’s grant of 14m would go to the road instead.';
    const expected = joinedShingles(text);
    expect(expected.length).toBeGreaterThan(5);
    expect(shingles(text)).toEqual(expected);
  });

  it('gives none for a text shorter than one shingle', () => {
    expect(shingles('only four words here')).toEqual([]);
  });
});

describe('minSharedOf', () => {
  // The overlap probe counts no pair below it: were it ever above what a reproduction shares, a copy would go
  // unfound.
  it('is at most what any reproduction of a document of that length shares, whatever the other length', () => {
    // isReproduction grows with what is shared: one shingle fewer than minSharedOf must never be enough.
    const found: Array<[number, number]> = [];
    for (let a = 1; a <= 400; a++)
      for (let b = 1; b <= 400; b++)
        if (isReproduction({ shared: minSharedOf(a) - 1, a, b })) found.push([a, b]);
    expect(found).toEqual([]);
  });

  it('is what the shortest reproduction shares: a quarter of the longer text, and never below MIN_SHARED', () => {
    expect(isReproduction({ shared: 25, a: 100, b: 50 })).toBe(true);
    expect(minSharedOf(100)).toBe(25);
    expect(minSharedOf(101)).toBe(26);
    expect(minSharedOf(12)).toBe(5);
  });
});
