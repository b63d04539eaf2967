import { isUUID } from 'class-validator';
import { timeOrderedUuid } from './time-ordered-uuid';

describe('timeOrderedUuid', () => {
  it('is a version 7 UUID that the API accepts as an id', () => {
    const id = timeOrderedUuid();
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(isUUID(id)).toBe(true);
  });

  it('sorts ids of later milliseconds after earlier ones, as text and as PostgreSQL compares uuids', () => {
    const at = Date.UTC(2026, 11, 1, 9, 30);
    const ids = [at, at + 1, at + 1000, at + 86_400_000].map((t) => timeOrderedUuid(t));
    expect([...ids].sort()).toEqual(ids);
    expect(ids[0].slice(0, 13)).toBe(
      `${at.toString(16).padStart(12, '0').slice(0, 8)}-${at.toString(16).padStart(12, '0').slice(8)}`,
    );
  });

  it('differs between ids of the same millisecond', () => {
    const at = Date.now();
    // Several draws of the random pool: no id's random bytes are handed out twice.
    expect(new Set(Array.from({ length: 5000 }, () => timeOrderedUuid(at))).size).toBe(5000);
  });
});
