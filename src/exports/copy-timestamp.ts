// A timestamptz of COPY's binary form (microseconds since 2000-01-01 UTC, 64 bits) written as
// to_char(t AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') writes it: milliseconds truncated, years before
// 1 AD as PostgreSQL numbers them (1 BC is 1), years past 9999 in full; the infinities (for which to_char gives
// NULL) are not written.
const DAY_US = 86_400_000_000;
const DAY_US_BIG = 86_400_000_000n;
// Days from 1970-01-01 to 2000-01-01.
const EPOCH_2000 = 10_957;
// Below 2^20 in the high word the microseconds are exact as a double (2^52).
const EXACT_HIGH = 1 << 20;

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
  if ((high === 0x7fffffff && low === 0xffffffff) || (high === -0x80000000 && low === 0)) return at;
  let days: number;
  let micros: number;
  if (high > -EXACT_HIGH && high < EXACT_HIGH) {
    const us = high * 2 ** 32 + low;
    days = Math.floor(us / DAY_US);
    micros = us - days * DAY_US;
  } else {
    const us = source.readBigInt64BE(start);
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
  const shown = year <= 0 ? 1 - year : year;
  at = shown > 9999 ? at + target.write(String(shown), at, 'latin1') : digits(target, at, shown, 4);
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
