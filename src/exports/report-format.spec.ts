import { NotAcceptableException } from '@nestjs/common';
import { negotiateFormat } from './report-format';

describe('negotiateFormat', () => {
  it('takes ?format= over any Accept header', () => {
    expect(negotiateFormat('prov', 'text/csv')).toBe('prov');
  });

  it('gives json without an Accept header or for */*', () => {
    expect(negotiateFormat(undefined, undefined)).toBe('json');
    expect(negotiateFormat(undefined, '  ')).toBe('json');
    expect(negotiateFormat(undefined, '*/*')).toBe('json');
  });

  it.each([
    ['application/json', 'json'],
    ['text/csv', 'csv'],
    ['text/markdown', 'md'],
    ['text/html', 'html'],
    ['application/ld+json', 'claimreview'],
    ['application/ld+json; profile="https://schema.org"', 'claimreview'],
    ['application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"', 'annotation'],
    ['application/ld+json;profile=http://www.w3.org/ns/anno.jsonld', 'annotation'],
    ['application/provenance+json', 'prov'],
    ['TEXT/CSV', 'csv'],
  ])('maps %s to %s', (accept, format) => {
    expect(negotiateFormat(undefined, accept)).toBe(format);
  });

  it('prefers the highest q, then the first listed, skipping ranges no format satisfies', () => {
    expect(negotiateFormat(undefined, 'text/csv;q=0.4, text/markdown;q=0.9')).toBe('md');
    expect(negotiateFormat(undefined, 'text/markdown, text/csv')).toBe('md');
    expect(negotiateFormat(undefined, 'image/png, text/csv;q=0.1')).toBe('csv');
    expect(negotiateFormat(undefined, 'text/html, */*;q=0.8')).toBe('html');
  });

  it('ignores ranges refused with q=0', () => {
    expect(negotiateFormat(undefined, 'text/csv;q=0, text/html;q=0.5')).toBe('html');
  });

  it('refuses an Accept header nothing satisfies with 406', () => {
    expect(() => negotiateFormat(undefined, 'image/png, application/pdf')).toThrow(NotAcceptableException);
    expect(() => negotiateFormat(undefined, 'text/csv;q=0')).toThrow(NotAcceptableException);
  });
});
