import {
  afterLastSpace,
  capitalAt,
  isSpaceCode,
  letterBefore,
  nextLetter,
  WordShapes,
  wordEnd,
  wordsOf,
} from './words';

// Each scanner must read exactly what the pattern it replaces reads, or the engine's output would move.
const SAMPLES = [
  "Port director Mara Ellis said the dredging, which Ode's union opposed, would start 'soon'.",
  'García dijo — “el puerto” – that Ångström’s co-founder wasn’t in Zürich; ÉLAN & Co. agreed.',
  'Math letters 𝐀𝐛𝐜 and 𝐀 alone, an emoji 😀 before Ada, a lone \ud835 surrogate and \udc00 trail.',
  "x-ray -dash 'quoted' a’b a-b- ’tis İstanbul ǅemal ß ﬁnance",
  '',
  'A',
  '   spaced\u00a0out\u2003words\u3000end ',
];

function regexWords(text: string, pattern: RegExp): [number, string][] {
  return [...text.matchAll(pattern)].map((match) => [match.index, match[0]]);
}

describe('word scanning by character codes', () => {
  it.each(SAMPLES)('finds the words /[\\p{L}][\\p{L}’-]*/gu finds in %j', (text) => {
    expect(wordsOf(text)).toEqual(text.match(/[\p{L}][\p{L}'’-]*/gu) ?? []);
  });

  it.each(SAMPLES)('reads the words /[\\p{L}][\\p{L}-]+/gu finds in %j without apostrophes', (text) => {
    const found: [number, string][] = [];
    for (let at = nextLetter(text, 0), end = 0; at >= 0; at = nextLetter(text, end)) {
      end = wordEnd(text, at, false);
      if (end - at > (text.codePointAt(at)! > 0xffff ? 2 : 1)) found.push([at, text.slice(at, end)]);
    }
    expect(found).toEqual(regexWords(text, /[\p{L}][\p{L}-]+/gu));
  });

  it.each(SAMPLES)('tells a letter before each position as (?<!\\p{L}) does in %j', (text) => {
    const noLetterBefore = /(?<!\p{L})/uy;
    for (let at = 0; at <= text.length; at++) {
      noLetterBefore.lastIndex = at;
      expect([at, letterBefore(text, at)]).toEqual([at, !noLetterBefore.test(text)]);
    }
  });

  it.each(SAMPLES)('finds capitals as \\p{Lu} does in %j', (text) => {
    for (let at = 0; at < text.length; at++)
      expect([at, capitalAt(text, at) > 0]).toEqual([at, /^\p{Lu}/u.test(text.slice(at))]);
  });

  it('counts as white space exactly what \\s matches', () => {
    for (let code = 0; code <= 0xffff; code++)
      if (isSpaceCode(code) !== /\s/.test(String.fromCharCode(code)))
        expect(code).toBe('a white space mismatch');
  });

  it.each(['Mara Ellis', 'Ellis', 'Mara  Ellis ', ' ', '', 'Ana\u00a0Ruiz', 'Jo\nRoe'])(
    'takes the last word of %j as split(/\\s+/).pop() does',
    (name) => {
      expect(afterLastSpace(name)).toBe(name.split(/\s+/).pop());
    },
  );

  it('passes every word of its list and rules out words of another first letter or length', () => {
    const shapes = new WordShapes(['said', 'told', 'according']);
    const text = 'Ode said so, she told me, according to staff; sand tol';
    const at = (word: string) => [text.indexOf(word), text.indexOf(word) + word.length] as const;
    for (const word of ['said', 'told', 'according']) expect(shapes.mayHold(text, ...at(word))).toBe(true);
    // "sand" shares the shape of "said": a shape only rules words out.
    expect(shapes.mayHold(text, ...at('sand'))).toBe(true);
    for (const word of ['Ode', 'so', 'she', 'me', 'to', 'staff', 'tol'])
      expect(shapes.mayHold(text, ...at(word))).toBe(false);
  });
});
