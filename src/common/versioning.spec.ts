import { HttpException } from '@nestjs/common';
import { etagOf, expectedVersion } from './versioning';

describe('expectedVersion', () => {
  it('reads a strong or weak ETag from If-Match', () => {
    expect(expectedVersion('"3"', undefined, true)).toBe(3);
    expect(expectedVersion('W/"7"', undefined, true)).toBe(7);
    expect(expectedVersion(etagOf(12), undefined, true)).toBe(12);
  });

  it('falls back to the body version', () => {
    expect(expectedVersion(undefined, 4, true)).toBe(4);
  });

  it('accepts both when they agree and refuses them when they do not', () => {
    expect(expectedVersion('"4"', 4, true)).toBe(4);
    expect(() => expectedVersion('"4"', 5, true)).toThrow(/disagree/);
  });

  it('refuses a malformed If-Match', () => {
    expect(() => expectedVersion('*', undefined, true)).toThrow(/If-Match/);
  });

  it('answers 428 when a required version is missing, and nothing when optional', () => {
    try {
      expectedVersion(undefined, undefined, true);
      throw new Error('expected a refusal');
    } catch (error) {
      expect((error as HttpException).getStatus()).toBe(428);
    }
    expect(expectedVersion(undefined, undefined, false)).toBeUndefined();
  });
});
