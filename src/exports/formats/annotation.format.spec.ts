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

  it('targets the stored document with quote and position selectors, in code points', () => {
    const text = '😀 Okafor said the depot would help.';
    const start = text.indexOf('the depot');
    const end = text.indexOf('.');
    const claim = reportClaim({
      text: text.slice(start, end),
      start,
      end,
      prefix: 'said ',
      suffix: '.',
      document: reportDocument({ astralText: text }),
    });
    const annotation = annotationOf(claim, links);
    expect(annotation.target).toEqual({
      source: 'https://ct.example/api/documents/doc-1',
      scope: 'https://courier.example/depot',
      selector: [
        { type: 'TextQuoteSelector', exact: 'the depot would help', prefix: 'said ', suffix: '.' },
        { type: 'TextPositionSelector', start: start - 1, end: end - 1 },
      ],
    });
    expect(annotation.body[0]).toMatchObject({
      purpose: 'describing',
      value: 'Attributed to Nadia Okafor; cue “said”, indirect quote',
    });
  });

  it('adds an assessing body once the claim has a verdict', () => {
    const annotation = annotationOf(reportClaim({ verdict: 'mixed' }), links);
    expect(annotation.body).toContainEqual(expect.objectContaining({ purpose: 'assessing', value: 'mixed' }));
  });
});
