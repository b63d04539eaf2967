import { parseImportLine } from './import-line';

describe('parseImportLine', () => {
  it('takes a line with the fields of POST /api/documents', () => {
    const parsed = parseImportLine(
      JSON.stringify({ title: 'T', text: 'Body.', kind: 'report', authors: ['A'] }),
    );
    expect(parsed).toEqual({ ok: true, document: expect.objectContaining({ title: 'T', kind: 'report' }) });
  });

  it('refuses a line that is not JSON', () => {
    expect(parseImportLine('{"title":')).toEqual({ ok: false, message: expect.stringMatching(/^not JSON/) });
  });

  it('refuses JSON that is not an object', () => {
    expect(parseImportLine('[1]')).toEqual({ ok: false, message: 'not a JSON object' });
    expect(parseImportLine('null')).toEqual({ ok: false, message: 'not a JSON object' });
  });

  it('refuses what the API refuses, naming the field', () => {
    const missing = parseImportLine(JSON.stringify({ text: 'x' }));
    expect(missing).toEqual({ ok: false, message: expect.stringMatching(/^Validation failed: .*title/) });
    const unknown = parseImportLine(JSON.stringify({ title: 'T', text: 'x', colour: 'red' }));
    expect(unknown).toEqual({
      ok: false,
      message: expect.stringMatching(/property colour should not exist/),
    });
    const badKind = parseImportLine(JSON.stringify({ title: 'T', text: 'x', kind: 'novel' }));
    expect(badKind.ok).toBe(false);
  });

  it('refuses a NUL character, which PostgreSQL text cannot hold', () => {
    expect(parseImportLine(JSON.stringify({ title: 'T', text: 'a\u0000b' }))).toEqual({
      ok: false,
      message: 'contains a NUL character',
    });
  });

  it('replaces a lone surrogate in a value by U+FFFD, as PostgreSQL stores it', () => {
    const parsed = parseImportLine('{"title": "a \\ud800 b", "text": "pair \\ud83d\\ude00 kept"}');
    expect(parsed).toEqual({
      ok: true,
      document: expect.objectContaining({ title: 'a \ufffd b', text: 'pair \u{1F600} kept' }),
    });
  });
});
