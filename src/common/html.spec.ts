import { escapeHtml, markup, safeHref, SafeHtml } from './html';

describe('escapeHtml', () => {
  it('escapes the five characters that can end text or an attribute value', () => {
    expect(escapeHtml(`<script>"a" & 'b'</script>`)).toBe(
      '&lt;script&gt;&quot;a&quot; &amp; &#39;b&#39;&lt;/script&gt;',
    );
  });
});

describe('markup', () => {
  it('escapes interpolated strings and numbers but not SafeHtml it built', () => {
    const inner = markup`<b>${'<i>'}</b>`;
    expect(markup`<p title="${'"><img onerror=x>'}">${inner}${3}</p>`.value).toBe(
      '<p title="&quot;&gt;&lt;img onerror=x&gt;"><b>&lt;i&gt;</b>3</p>',
    );
  });

  it('joins arrays and renders null, undefined and false as nothing', () => {
    expect(markup`${['<a>', markup`<br>`]}${null}${undefined}${false}`.value).toBe('&lt;a&gt;<br>');
  });

  it('only trusts SafeHtml instances, not look-alike objects', () => {
    const forged = { value: '<script>' } as unknown as SafeHtml;
    expect(markup`${forged}`.value).toBe('[object Object]');
  });
});

describe('safeHref', () => {
  it.each([
    ['https://news.example/a?b=1', 'https://news.example/a?b=1'],
    ['http://news.example', 'http://news.example/'],
    ['javascript:alert(1)', null],
    ['data:text/html,<script>', null],
    ['not a url', null],
    [null, null],
  ])('%p gives %p', (url, expected) => {
    expect(safeHref(url)).toBe(expected);
  });
});
