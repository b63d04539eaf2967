// Word scanning by character codes. The engine reads the words of every sentence several times, and a
// Unicode pattern such as /[\p{L}][\p{L}'’-]*/gu costs about three times a loop over character codes that
// asks the same pattern only about the rare letter outside ASCII. Each function here matches exactly
// what its pattern would, astral letters included.
const LETTER = /^\p{L}$/u;
const UPPER = /^\p{Lu}$/u;
const RIGHT_QUOTE = 0x2019;

// Characters outside ASCII are classified once each, in tables over the basic plane (-1: not yet
// asked); quoted words, masked as "·", and curly quotes are frequent enough that a map lookup shows.
const LETTERS = new Int8Array(0x10000).fill(-1);
const CAPITALS = new Int8Array(0x10000).fill(-1);

// Code units of the character at `at` when `pattern` matches it, else 0; `at` is past ASCII. Astral characters
// are rare and asked each time: a table of them, filled by whatever a client sends, would grow without bound.
function classify(text: string, at: number, table: Int8Array, pattern: RegExp) {
  const code = text.charCodeAt(at);
  if (code < 0xd800 || code > 0xdbff) {
    let known = table[code];
    if (known < 0) known = table[code] = pattern.test(String.fromCharCode(code)) ? 1 : 0;
    return known;
  }
  const point = text.codePointAt(at)!;
  if (point <= 0xffff) return 0; // a lone leading surrogate
  return pattern.test(String.fromCodePoint(point)) ? 2 : 0;
}

/** Code units of the letter (\p{L}) at `at`: 1, 2 for an astral letter, 0 when none starts there. */
export function letterAt(text: string, at: number): number {
  const code = text.charCodeAt(at);
  if (code < 128) return (code | 32) >= 97 && (code | 32) <= 122 ? 1 : 0;
  return at < text.length ? classify(text, at, LETTERS, LETTER) : 0;
}

/** Whether a letter ends right before `at`: what (?<!\p{L}) rules out. */
export function letterBefore(text: string, at: number): boolean {
  if (at === 0) return false;
  const code = text.charCodeAt(at - 1);
  // A letter's trailing surrogate: the letter starts one unit earlier.
  if (code >= 0xdc00 && code <= 0xdfff && at >= 2 && letterAt(text, at - 2) === 2) return true;
  return letterAt(text, at - 1) === 1;
}

/** Code units of the capital (\p{Lu}) at `at`, or 0. */
export function capitalAt(text: string, at: number): number {
  const code = text.charCodeAt(at);
  if (code < 128) return code >= 65 && code <= 90 ? 1 : 0;
  return at < text.length ? classify(text, at, CAPITALS, UPPER) : 0;
}

// Where a word starting at `start` ends, as /[\p{L}][\p{L}'’-]*/ reads it past its first letter, or
// /[\p{L}][\p{L}-]*/ without apostrophes.
export function wordEnd(text: string, start: number, apostrophes = true): number {
  let end = start + letterAt(text, start);
  for (;;) {
    const code = text.charCodeAt(end);
    if (code === 45 || (apostrophes && (code === 39 || code === RIGHT_QUOTE))) end++;
    else {
      const letter = letterAt(text, end);
      if (letter === 0) return end;
      end += letter;
    }
  }
}

/** The next position at or after `from` where a letter starts, or -1. */
export function nextLetter(text: string, from: number): number {
  for (let at = from; at < text.length; at++) if (letterAt(text, at) > 0) return at;
  return -1;
}

// The words of `text` as /[\p{L}][\p{L}'’-]*/gu matches them.
export function wordsOf(text: string): string[] {
  const words: string[] = [];
  for (let start = nextLetter(text, 0); start >= 0;) {
    const end = wordEnd(text, start);
    words.push(text.slice(start, end));
    start = nextLetter(text, end);
  }
  return words;
}

// JavaScript's \s: the white space and line terminators of ECMAScript, by code unit.
export function isSpaceCode(code: number): boolean {
  return (
    code === 32 ||
    (code >= 9 && code <= 13) ||
    (code >= 0xa0 &&
      (code === 0xa0 ||
        code === 0x1680 ||
        (code >= 0x2000 && code <= 0x200a) ||
        code === 0x2028 ||
        code === 0x2029 ||
        code === 0x202f ||
        code === 0x205f ||
        code === 0x3000 ||
        code === 0xfeff))
  );
}

/**
 * `text` without its trailing commas, semicolons and colons: text.replace(/[,;:]+$/, '') without a pattern
 * tried at every position of the text.
 */
export function withoutTrailingStops(text: string): string {
  let end = text.length;
  for (let code = text.charCodeAt(end - 1); code === 44 || code === 59 || code === 58;)
    code = text.charCodeAt(--end - 1);
  return end === text.length ? text : text.slice(0, end);
}

/** What follows the last white space of `text`: text.split(/\s+/).pop() without the split. */
export function afterLastSpace(text: string): string {
  let at = text.length;
  while (at > 0 && !isSpaceCode(text.charCodeAt(at - 1))) at--;
  return text.slice(at);
}

/**
 * The first and last code units and the length of each word of a list. A word of a sentence whose shape
 * is not among them cannot be in the list, and need not be cut out of the sentence to be looked up. (The
 * first unit and length alone let half of all words through to the cue words' lookup; with the last, a
 * sixth.)
 */
export class WordShapes {
  private readonly shapes = new Set<number>();

  constructor(words: Iterable<string>) {
    for (const word of words) this.shapes.add(shapeKey(word, 0, word.length));
  }

  mayHold(text: string, start: number, end: number): boolean {
    return this.shapes.has(shapeKey(text, start, end));
  }
}

// Ten bits of each unit and of the length: a small integer, whatever the units. Shapes that differ may
// share a key, which lets a word through to the lookup and is all.
function shapeKey(text: string, start: number, end: number): number {
  return (
    ((text.charCodeAt(start) & 1023) << 20) |
    ((text.charCodeAt(end - 1) & 1023) << 10) |
    Math.min(end - start, 1023)
  );
}
