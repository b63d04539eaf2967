import { CSV_COLUMNS } from '../csv-claim-row';

describe('CSV columns', () => {
  it('keep their documented order: columns are only ever appended (per-stance URLs, then the trail)', () => {
    expect(CSV_COLUMNS.map((column) => column.name).slice(-7)).toEqual([
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
