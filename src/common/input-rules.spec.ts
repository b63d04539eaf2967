import { validateSync } from 'class-validator';
import { findInputViolation, HasText, IsTimestamp, MAX_INPUT_DEPTH } from './input-rules';

const nest = (depth: number): unknown => (depth === 0 ? 'leaf' : { a: nest(depth - 1) });

describe('findInputViolation', () => {
  it('passes clean input of any shape', () => {
    expect(findInputViolation({ title: 'Ça va 😀', authors: ['A'], n: 1, ok: true, none: null })).toBeNull();
    expect(findInputViolation('plain')).toBeNull();
    expect(findInputViolation(nest(MAX_INPUT_DEPTH - 1), '')).toBeNull();
  });

  it('names the field holding a NUL, nested ones and array items by their dotted path', () => {
    expect(findInputViolation({ title: 'a\u0000' })).toEqual({
      field: 'title',
      error: 'title must not contain NUL characters (\\u0000)',
    });
    expect(findInputViolation({ speaker: { name: '\u0000' } })?.field).toBe('speaker.name');
    expect(findInputViolation({ authors: ['ok', 'b\u0000'] })?.field).toBe('authors.1');
    expect(findInputViolation({ metadata: { 'k\u0000': 1 } })?.field).toBe('metadata.k\u0000');
    expect(findInputViolation('\u0000', 'id')?.field).toBe('id');
  });

  it('refuses lone surrogates, high or low, and keeps pairs', () => {
    for (const lone of ['\ud800', 'a\udc00', '\udfff\ud800']) {
      expect(findInputViolation({ q: lone })?.error).toBe(
        'q must be well-formed Unicode (it has a lone surrogate)',
      );
    }
    expect(findInputViolation({ q: '\ud83d\ude00' })).toBeNull();
  });

  it('refuses nesting past the limit, naming the top-level field, without recursing', () => {
    expect(findInputViolation({ metadata: nest(MAX_INPUT_DEPTH) })).toEqual({
      field: 'metadata',
      error: `metadata is nested more than ${MAX_INPUT_DEPTH} levels deep`,
    });
    let deep: unknown = 1;
    for (let i = 0; i < 200_000; i++) deep = [deep];
    expect(findInputViolation(deep)?.field).toBe('0');
  });
});

class Dated {
  @IsTimestamp()
  at: unknown;

  @HasText()
  name: unknown = 'x';
}

const accepts = (at: unknown) => validateSync(Object.assign(new Dated(), { at })).length === 0;

describe('IsTimestamp', () => {
  it.each([
    '0001-01-01',
    '9999-12-31T23:59:59Z',
    '2026-03-04T09:30:00.000Z',
    '2026-03-04T09:30:00.123456Z',
    '2026-03-04 09:30',
    '2026-03-04T09:30:00+01:00',
    '2024-02-29',
  ])('takes %s', (at) => expect(accepts(at)).toBe(true));

  it.each([
    '0000-01-01',
    '+275760-09-13',
    '-271821-04-20',
    '10000-01-01',
    '2026-02-29',
    '2026-13-01',
    '2026-04-31',
    '2026-03-04T24:00:00Z',
    '2026-03-04T09:60Z',
    '2026-W10',
    '2026-123',
    'March 7',
    '1',
    20260304,
    null,
  ])('refuses %s', (at) => expect(accepts(at)).toBe(false));
});

describe('HasText', () => {
  it('refuses names of white space only', () => {
    const named = (name: unknown) => validateSync(Object.assign(new Dated(), { at: '2026-01-01', name }));
    expect(named(' \t\n')).toHaveLength(1);
    expect(named('')).toHaveLength(1);
    expect(named(' A ')).toHaveLength(0);
  });
});
