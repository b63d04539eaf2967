// Values of a binary COPY row written as text in place, shared by the CSV and JSON writers.
const HEX = Buffer.from('0123456789abcdef');

/**
 * `source[start, end)` copied to `target` from `at`; returns where it ends. Byte by byte: the cells are short, and
 * Buffer.copy's call costs more than such a copy.
 */
export function copyBytes(source: Buffer, start: number, end: number, target: Buffer, at: number): number {
  for (let p = start; p < end; p++) target[at++] = source[p];
  return at;
}

/** The uuid at `source[start, start + 16)` as its canonical text (8-4-4-4-12 hex digits); returns where it ends. */
export function writeUuid(source: Buffer, start: number, target: Buffer, at: number): number {
  for (let b = 0; b < 16; b++) {
    if (b === 4 || b === 6 || b === 8 || b === 10) target[at++] = 0x2d;
    const byte = source[start + b];
    target[at++] = HEX[byte >> 4];
    target[at++] = HEX[byte & 15];
  }
  return at;
}

/** An integer's decimal digits; returns where they end. */
export function writeInt(value: number, target: Buffer, at: number): number {
  if (value < 0) {
    target[at++] = 0x2d;
    value = -value;
  }
  let digits = 1;
  for (let rest = value; rest >= 10; rest = Math.floor(rest / 10)) digits++;
  for (let d = digits - 1; d >= 0; d--) {
    target[at + d] = 0x30 + (value % 10);
    value = Math.floor(value / 10);
  }
  return at + digits;
}

/**
 * PostgreSQL's text of a real at `source[start, end)` as JavaScript's String writes the number pg parses from it:
 * the same digits, but plain decimals down to 1e-6 where PostgreSQL writes exponents below 1e-4, and 0 for -0.
 */
export function writeReal(source: Buffer, start: number, end: number, target: Buffer, at: number): number {
  let plain = source[start] !== 0x2d;
  for (let p = start; plain && p < end; p++) plain = source[p] !== 0x65;
  if (plain) return copyBytes(source, start, end, target, at);
  const value = Number.parseFloat(source.toString('latin1', start, end));
  return at + target.write(String(value), at, 'latin1');
}
