import { claimWhere, reportBaseName } from './report-scope';

describe('claimWhere', () => {
  it('numbers the parameters in the order the filters appear', () => {
    const where = claimWhere({
      documentId: 'd',
      kind: 'attributed',
      q: 'bridge',
      includeRetracted: true,
      includeSuperseded: true,
    });
    expect(where.sql).toBe(
      `c.document_id = $1 AND c.kind = $2 AND c.search @@ websearch_to_tsquery('english', $3)`,
    );
    expect(where.params).toEqual(['d', 'attributed', 'bridge']);
  });

  it('leaves retracted claims and claims of retracted documents out by default', () => {
    const where = claimWhere({ speakerId: 's' });
    expect(where.sql).toContain('c.retracted_at IS NULL');
    expect(where.sql).toContain('rd.retracted_at IS NOT NULL');
    expect(where.params).toEqual(['s']);
  });

  it('leaves claims a re-extraction superseded out unless asked for', () => {
    expect(claimWhere({ includeRetracted: true }).sql).toBe('c.superseded_at IS NULL');
    expect(claimWhere({ includeRetracted: true, includeSuperseded: true }).sql).toBe('TRUE');
  });

  it('matches everything when nothing filters', () => {
    expect(claimWhere({ includeRetracted: true, includeSuperseded: true })).toEqual({
      sql: 'TRUE',
      params: [],
    });
  });
});

describe('reportBaseName', () => {
  it('names the subject and its id, or the claims report', () => {
    expect(reportBaseName({ subject: 'speaker', subjectId: 'abc', filter: {} })).toBe(
      'claimtrail-speaker-abc',
    );
    expect(reportBaseName({ subject: 'claims', subjectId: null, filter: {} })).toBe('claimtrail-claims');
  });
});
