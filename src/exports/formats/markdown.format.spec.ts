import { md } from './markdown.format';

describe('md', () => {
  it('escapes Markdown syntax so claim text stays text', () => {
    expect(md('*bold* _it_ [link](x) <b> #1 | `code`')).toBe(
      '\\*bold\\* \\_it\\_ \\[link\\](x) \\<b\\> \\#1 \\| \\`code\\`',
    );
  });

  it('folds line breaks so a claim stays one list item', () => {
    expect(md('first line\r\n\n  second')).toBe('first line second');
  });
});
