// A timestamptz of COPY's binary form (microseconds since 2000-01-01 UTC, 64 bits) written as isoTime
// (src/common/timestamps.ts) writes the Date pg reads from it: Date.prototype.toISOString's text, milliseconds
// truncated, years past 9999 and before year 1 in ISO 8601's expanded form (+010000, -000043; 1 BC is 0000); the
// infinities, and times past a Date's range, as `infinity` and `-infinity`.
const DAY_US = 86_400_000_000;
const DAY_US_BIG = 86_400_000_000n;
// Days from 1970-01-01 to 2000-01-01.
const EPOCH_2000 = 10_957;
// Below 2^20 in the high word the microseconds are exact as a double (2^52).
const EXACT_HIGH = 1 << 20;
// The last instant a JavaScript Date holds (275760-09-13), in microseconds since 2000.
const LAST_DATE_US = 8_640_000_000_000_000_000n - 946_684_800_000_000n;
const INFINITY = Buffer.from('infinity');
const MINUS_INFINITY = Buffer.from('-infinity');

const digits = (target: Buffer, at: number, value: number, width: number): number => {
  for (let i = width - 1; i >= 0; i--) {
    target[at + i] = 0x30 + (value % 10);
    value = Math.floor(value / 10);
  }
  return at + width;
};

/** Writes the timestamp at `source[start, start + 8)` into `target` from `at`; returns where it ends. */
export function writeTimestamp(source: Buffer, start: number, target: Buffer, at: number): number {
  const high = source.readInt32BE(start);
  const low = source.readUInt32BE(start + 4);
  if (high === -0x80000000 && low === 0) return at + MINUS_INFINITY.copy(target, at);
  let days: number;
  let micros: number;
  if (high > -EXACT_HIGH && high < EXACT_HIGH) {
    const us = high * 2 ** 32 + low;
    days = Math.floor(us / DAY_US);
    micros = us - days * DAY_US;
  } else {
    const us = source.readBigInt64BE(start);
    // PostgreSQL's infinity is the largest value; its range runs to 294276, past a Date's.
    if (us > LAST_DATE_US) return at + INFINITY.copy(target, at);
    let day = us / DAY_US_BIG;
    if (us < day * DAY_US_BIG) day -= 1n;
    days = Number(day);
    micros = Number(us - day * DAY_US_BIG);
  }
  // The proleptic Gregorian date of a day number (Howard Hinnant's civil_from_days), as both calendars use it.
  const z = days + EPOCH_2000 + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36_524) -
      Math.floor(dayOfEra / 146_096)) /
      365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  if (year >= 0 && year <= 9999) {
    at = digits(target, at, year, 4);
  } else {
    target[at++] = year < 0 ? 0x2d : 0x2b; // - or +
    at = digits(target, at, Math.abs(year), 6);
  }
  target[at++] = 0x2d; // -
  at = digits(target, at, month, 2);
  target[at++] = 0x2d;
  at = digits(target, at, day, 2);
  target[at++] = 0x54; // T
  const seconds = Math.floor(micros / 1_000_000);
  at = digits(target, at, Math.floor(seconds / 3600), 2);
  target[at++] = 0x3a; // :
  at = digits(target, at, Math.floor(seconds / 60) % 60, 2);
  target[at++] = 0x3a;
  at = digits(target, at, seconds % 60, 2);
  target[at++] = 0x2e; // .
  at = digits(target, at, Math.floor(micros / 1000) % 1000, 3);
  target[at++] = 0x5a; // Z
  return at;
}
