import { stringify } from 'csv-stringify/sync';
import fc from 'fast-check';
import { ReportEvidence } from '../report-claim';
import { CSV_COLUMNS, csvRecord } from './csv.format';
import { reportClaim } from './report-claim.fixture';
import { reportLinks } from './report-formatter';

const links = reportLinks('https://ct.example');
const evidence = (id: string, stance: ReportEvidence['stance'], url: string | null): ReportEvidence => ({
  id,
  stance,
  sourceDocumentId: url ? null : 'doc-9',
  start: null,
  end: null,
  exact: null,
  url,
  title: null,
  publisher: null,
  publishedAt: null,
  note: null,
  addedBy: 'Jane Checker',
  version: 1,
  createdAt: new Date('2026-03-06T00:00:00Z'),
});

function row(claim: ReturnType<typeof reportClaim>): Record<string, unknown> {
  return Object.fromEntries(CSV_COLUMNS.map(([name, value]) => [name, value(claim, links)]));
}

describe('CSV columns', () => {
  it('split evidence URLs by stance, a stored source by its document URL', () => {
    const claim = reportClaim({
      evidence: [
        evidence('e1', 'corroborates', 'https://a.example/1'),
        evidence('e2', 'disputes', 'https://b.example/2'),
        evidence('e3', 'corroborates', null),
        evidence('e4', 'context', 'https://c.example/4'),
      ],
    });
    expect(row(claim)).toMatchObject({
      corroborating_urls: 'https://a.example/1 https://ct.example/api/documents/doc-9',
      disputing_urls: 'https://b.example/2',
      context_urls: 'https://c.example/4',
      evidence_urls:
        'https://a.example/1 https://b.example/2 https://ct.example/api/documents/doc-9 https://c.example/4',
    });
  });

  it('leave a stance without sources empty', () => {
    expect(row(reportClaim())).toMatchObject({
      corroborating_urls: '',
      disputing_urls: '',
      context_urls: '',
    });
  });

  it('keep their documented order: columns are only ever appended (per-stance URLs, then the trail)', () => {
    expect(CSV_COLUMNS.map(([name]) => name).slice(-7)).toEqual([
      'superseded_by',
      'corroborating_urls',
      'disputing_urls',
      'context_urls',
      'first_seen_document',
      'independent_sources',
      'copy_of',
    ]);
  });
});

describe('CSV records', () => {
  it('quote a cell with a lone line feed or carriage return, so a reader keeps the row whole', () => {
    expect(csvRecord(['one\ntwo', 'three\rfour', 'plain'], false)).toBe('"one\ntwo","three\rfour",plain\r\n');
  });

  // Characters that change how a cell is written: quoting, formula starts (ASCII and full-width), line breaks.
  const text = fc.string({
    unit: fc.constantFrom(...'a ,"\r\n\t=+-@\uFF1D\uFF0B\uFF0D\uFF20\'é😀'),
    maxLength: 8,
  });
  const value = fc.oneof(text, fc.double(), fc.integer(), fc.constant(null));

  it('are what csv-stringify writes, formulas defused or raw, with every line break quoted', () => {
    fc.assert(
      fc.property(fc.array(value, { minLength: 1, maxLength: 6 }), fc.boolean(), (values, escapeFormulas) => {
        const expected = stringify([values], {
          record_delimiter: 'windows',
          escape_formulas: escapeFormulas,
          quoted_match: /[\r\n]/,
        });
        expect(csvRecord(values, escapeFormulas)).toBe(expected);
      }),
      { numRuns: 2000 },
    );
  });
});
