import { epochMs, isoTime } from './timestamps';

describe('isoTime', () => {
  it('writes a time as toISOString does, years outside 1–9999 in ISO 8601’s expanded form', () => {
    expect(isoTime(new Date('2026-03-04T09:30:00.250Z'))).toBe('2026-03-04T09:30:00.250Z');
    expect(isoTime(new Date(Date.UTC(10000, 0, 1)))).toBe('+010000-01-01T00:00:00.000Z');
    // 44 BC is year -43: 1 BC is year 0.
    const idesOfMarch = new Date(Date.UTC(2000, 2, 15, 12));
    idesOfMarch.setUTCFullYear(-43);
    expect(isoTime(idesOfMarch)).toBe('-000043-03-15T12:00:00.000Z');
    expect(isoTime(null)).toBeNull();
  });

  it('names PostgreSQL’s infinities, which pg reads as numbers, and calls a time past a Date’s range infinity', () => {
    expect(isoTime(Infinity as unknown as Date)).toBe('infinity');
    expect(isoTime(-Infinity as unknown as Date)).toBe('-infinity');
    expect(isoTime(new Date(Number.NaN))).toBe('infinity');
    expect(isoTime(new Date(8.64e15))).toBe('+275760-09-13T00:00:00.000Z');
  });

  it('orders the infinities around every time', () => {
    const times = [Infinity, new Date(0), -Infinity, new Date(Number.NaN)] as unknown as Date[];
    expect(times.map(epochMs)).toEqual([Infinity, 0, -Infinity, Infinity]);
  });
});
