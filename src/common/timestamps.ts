import { ColumnOptions } from 'typeorm';

// Millisecond precision matches JavaScript dates, so keyset cursors built from them compare exactly.
export const timestampColumn: ColumnOptions = { type: 'timestamptz', precision: 3 };

// The last instant a JavaScript Date holds (ECMAScript's time range, 275760-09-13); PostgreSQL's ends in 294276.
const LAST_DATE_MS = 8.64e15;

/**
 * A stored time as the API and every report write it: Date.prototype.toISOString (UTC, milliseconds; years past
 * 9999 and before year 1 in ISO 8601's expanded form, `+010000-…` and `-000043-…`, 1 BC being year `0000`).
 * The API refuses such times, but rows written another way (an older version, a migration, plain SQL) can hold
 * them, and PostgreSQL's infinities too, which pg reads as the numbers ±Infinity: written `infinity` and
 * `-infinity`, as PostgreSQL names them. A time past a Date's range (pg reads it as an invalid Date) is
 * `infinity`. Reports written from binary COPY rows write the same (src/exports/copy-timestamp.ts).
 */
export function isoTime(time: Date): string;
export function isoTime(time: Date | null | undefined): string | null;
export function isoTime(time: Date | null | undefined): string | null {
  if (time === null || time === undefined) return null;
  const ms = epochMs(time);
  if (Math.abs(ms) <= LAST_DATE_MS) return time.toISOString();
  return ms > 0 ? 'infinity' : '-infinity';
}

/** Milliseconds since 1970 of a stored time, ±Infinity for PostgreSQL's infinities and times past a Date's range. */
export function epochMs(time: Date): number {
  const ms = Number(time);
  return Number.isNaN(ms) ? Infinity : ms;
}
