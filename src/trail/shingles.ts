// Document fingerprints for syndication: hashed word 5-grams of the body text (the headline is left out, since
// a reprint often gets a new one). Plain TypeScript, no framework imports.

export const SHINGLE_WORDS = 5;

/**
 * Lower-cased words of a text, punctuation and quote marks dropped: light edits of punctuation are invisible. A
 * percent sign is the word, as a copy's "41%" for "41 percent" is no edit of substance.
 */
export function shingleWords(text: string): string[] {
  return (
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/(\d)\s*(%|per cent\b)/g, '$1 percent')
      .match(/[\p{L}\p{N}]+(?:['’.,][\p{L}\p{N}]+)*/gu) ?? []
  ).map((w) => w.replace(/’/g, "'"));
}

/** FNV-1a, 32 bits, as a signed integer (the column is a PostgreSQL integer). */
export function hash32(value: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < value.length; i++) {
    h ^= value.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h | 0;
}

// One shingle in four is kept, chosen by its hash, so two texts keep the same ones: containment measured on
// the sample estimates containment on all shingles, at a quarter of the rows to store and probe.
const SAMPLE_MASK = 3;

/** The distinct sampled shingle hashes of a text. */
export function shingles(text: string): number[] {
  const words = shingleWords(text);
  const set = new Set<number>();
  for (let i = 0; i + SHINGLE_WORDS <= words.length; i++) {
    const hash = shingleHash(words, i);
    if ((hash & SAMPLE_MASK) === 0) set.add(hash);
  }
  return [...set];
}

const SPACE = 0x20;

// hash32 of the shingle's words joined by spaces, without building that string: a 3,400-character article has
// 500 shingles, and their strings were most of what computing its features allocated.
function shingleHash(words: string[], from: number): number {
  let h = 0x811c9dc5;
  for (let w = from; w < from + SHINGLE_WORDS; w++) {
    if (w > from) {
      h ^= SPACE;
      h = Math.imul(h, 0x01000193);
    }
    const word = words[w];
    for (let i = 0; i < word.length; i++) {
      h ^= word.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
  }
  return h | 0;
}

export interface Overlap {
  shared: number;
  /** Shingle counts of the two documents. */
  a: number;
  b: number;
  /** The places the two were filed from (their datelines'), when known. */
  places?: [string | null | undefined, string | null | undefined];
}

// A copy reproduces most of the shorter text (a trimmed ending, an added local paragraph, light edits) and a
// good part of the longer one; a follow-up that reuses a background paragraph does neither.
export const MIN_SHARED = 5;
export const MIN_CONTAINMENT = 0.5;
export const MIN_COVERAGE = 0.25;

/**
 * Whether one document largely reproduces the other, judged by their shared shingles. A copy keeps its
 * original's dateline: the same wording filed from another town ("PELLOW —" against "SORREL CROSS —") is a
 * story of its own, written from the same press release or template.
 */
export function isReproduction({ shared, a, b, places }: Overlap): boolean {
  if (shared < MIN_SHARED) return false;
  if (places?.[0] && places[1] && places[0] !== places[1]) return false;
  return shared / Math.min(a, b) >= MIN_CONTAINMENT && shared / Math.max(a, b) >= MIN_COVERAGE;
}

/**
 * The fewest shingles a document of `count` shingles shares with anything it reproduces or that reproduces it
 * (a lower bound of what isReproduction asks, whatever the other's length): the shared shingles cover at
 * least MIN_COVERAGE of the longer text, so of this one too. The overlap probe counts no pair that cannot reach
 * it. Rounded down a hair, so a coverage that is no exact binary fraction still never asks one too many.
 */
export function minSharedOf(count: number): number {
  return Math.max(MIN_SHARED, Math.ceil(count * MIN_COVERAGE - 1e-9));
}
