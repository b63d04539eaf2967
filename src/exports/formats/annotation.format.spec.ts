import { annotationOf, codePointOffset } from './annotation.format';
import { reportClaim, reportDocument } from './report-claim.fixture';
import { reportLinks } from './report-formatter';

describe('codePointOffset', () => {
  const text = 'a😀b😀c';

  it('leaves offsets alone when the text has no astral characters (none passed)', () => {
    expect(codePointOffset(undefined, 7)).toBe(7);
  });

  it('counts each astral character once', () => {
    expect(codePointOffset(text, 0)).toBe(0);
    expect(codePointOffset(text, 1)).toBe(1);
    expect(codePointOffset(text, 3)).toBe(2);
    expect(codePointOffset(text, 4)).toBe(3);
    expect(codePointOffset(text, text.length)).toBe([...text].length);
  });
});

describe('annotationOf', () => {
  const links = reportLinks('https://ct.example');

  it('targets the original page, its selectors on the cached stored text in code points, and the reader page', () => {
    const text = '😀 Okafor said the depot would help.';
    const start = text.indexOf('the depot');
    const end = text.indexOf('.');
    const claim = reportClaim({
      text: text.slice(start, end),
      start,
      end,
      prefix: 'said ',
      suffix: '.',
      document: reportDocument({ astralText: text, retrievedAt: new Date('2026-03-04T10:00:00Z') }),
    });
    const quote = { type: 'TextQuoteSelector', exact: 'the depot would help', prefix: 'said ', suffix: '.' };
    expect(annotationOf(claim, links).target).toEqual([
      {
        type: 'SpecificResource',
        source: 'https://courier.example/depot',
        state: {
          type: 'TimeState',
          cached: 'https://ct.example/api/documents/doc-1/text',
          sourceDate: '2026-03-04T10:00:00.000Z',
        },
        selector: [quote, { type: 'TextPositionSelector', start: start - 1, end: end - 1 }],
      },
      { type: 'SpecificResource', source: 'https://ct.example/documents/doc-1', selector: [quote] },
    ]);
    expect(annotationOf(claim, links).body[0]).toMatchObject({
      purpose: 'describing',
      value: 'Attributed to Nadia Okafor; cue “said”, indirect quote',
    });
  });

  it('targets the stored text itself when the document has no URL', () => {
    const claim = reportClaim({ document: reportDocument({ url: null }) });
    const [stored] = annotationOf(claim, links).target;
    expect(stored.source).toBe('https://ct.example/api/documents/doc-1/text');
    expect(stored).not.toHaveProperty('state');
  });

  it('leaves out an empty prefix or suffix (a claim at the start or end of the text)', () => {
    const atStart = annotationOf(reportClaim({ prefix: '', suffix: ' and more' }), links);
    expect(atStart.target[0].selector[0]).toEqual({
      type: 'TextQuoteSelector',
      exact: 'the depot would cut waiting times',
      suffix: ' and more',
    });
    const atEnd = annotationOf(reportClaim({ prefix: 'said ', suffix: '' }), links);
    expect(atEnd.target[1].selector[0]).not.toHaveProperty('suffix');
    expect(JSON.stringify(atEnd)).not.toMatch(/"(prefix|suffix)":""/);
  });

  it('adds an assessing body once the claim has a verdict', () => {
    const annotation = annotationOf(reportClaim({ verdict: 'mixed' }), links);
    expect(annotation.body).toContainEqual(expect.objectContaining({ purpose: 'assessing', value: 'mixed' }));
  });
});
