import { segmentText } from './highlight';

const text = 'Alpha said beta. Gamma is delta.';

describe('segmentText', () => {
  it('gives the whole text as one plain segment when there are no spans', () => {
    expect(segmentText(text, [])).toEqual([{ text, start: 0, end: text.length, spans: [], starts: [] }]);
  });

  it('cuts at the boundaries of non-overlapping spans and keeps the text between them', () => {
    const a = { id: 'a', start: 6, end: 15 };
    const b = { id: 'b', start: 17, end: 31 };
    const segments = segmentText(text, [b, a]);
    expect(segments.map((s) => s.text).join('')).toBe(text);
    expect(segments.map((s) => [s.text, s.spans.map((x) => x.id)])).toEqual([
      ['Alpha ', []],
      ['said beta', ['a']],
      ['. ', []],
      ['Gamma is delta', ['b']],
      ['.', []],
    ]);
  });

  it('nests overlapping spans, outermost first, and starts each span in exactly one segment', () => {
    const outer = { id: 'outer', start: 0, end: 16 };
    const inner = { id: 'inner', start: 6, end: 10 };
    const crossing = { id: 'crossing', start: 11, end: 22 };
    const segments = segmentText(text, [inner, crossing, outer]);
    expect(segments.map((s) => s.text).join('')).toBe(text);
    expect(segments.map((s) => [s.text, s.spans.map((x) => x.id)])).toEqual([
      ['Alpha ', ['outer']],
      ['said', ['outer', 'inner']],
      [' ', ['outer']],
      ['beta.', ['outer', 'crossing']],
      [' Gamma', ['crossing']],
      [' is delta.', []],
    ]);
    const starts = segments.flatMap((s) => s.starts.map((x) => x.id));
    expect(starts.sort()).toEqual(['crossing', 'inner', 'outer']);
  });

  it('gives identical spans one segment each starts in', () => {
    const segments = segmentText(text, [
      { id: 'b', start: 0, end: 5 },
      { id: 'a', start: 0, end: 5 },
    ]);
    expect(segments[0].spans.map((s) => s.id)).toEqual(['a', 'b']);
    expect(segments[0].starts.map((s) => s.id)).toEqual(['a', 'b']);
  });

  it('clips spans to the text and drops empty ones', () => {
    const segments = segmentText('short', [
      { id: 'over', start: 3, end: 99 },
      { id: 'empty', start: 2, end: 2 },
    ]);
    expect(segments.map((s) => [s.text, s.spans.map((x) => x.id)])).toEqual([
      ['sho', []],
      ['rt', ['over']],
    ]);
  });

  it('keeps newlines and astral characters intact', () => {
    const poem = 'one\n\u{1F600} two\r\nthree';
    const segments = segmentText(poem, [{ id: 'x', start: 4, end: 10 }]);
    expect(segments.map((s) => s.text)).toEqual(['one\n', '\u{1F600} two', '\r\nthree']);
  });
});
