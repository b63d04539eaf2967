import { CopyRow } from './copy-out';
import { copyBytes, writeInt, writeReal, writeUuid } from './copy-cells';
import { writeTimestamp } from './copy-timestamp';

const COMMA = 0x2c;
const QUOTE = 0x22;
const APOSTROPHE = 0x27;

// What a spreadsheet would run as a formula (csv-stringify's escape_formulas): a cell starting with =, +, -, @,
// tab or CR, or with a full-width ＝ ＋ － ＠ (UTF-8 EF BC 9D, 8B, 8D, A0).
function startsFormula(bytes: Buffer, start: number, end: number): boolean {
  const first = bytes[start];
  if (
    first === 0x3d ||
    first === 0x2b ||
    first === 0x2d ||
    first === 0x40 ||
    first === 0x09 ||
    first === 0x0d
  ) {
    return true;
  }
  if (first !== 0xef || end - start < 3 || bytes[start + 1] !== 0xbc) return false;
  const third = bytes[start + 2];
  return third === 0x9d || third === 0x8b || third === 0x8d || third === 0xa0;
}

/**
 * One CSV line written in place from a binary COPY row's fields, quoted as PostgreSQL's `COPY … (FORMAT csv)`
 * quotes (RFC 4180's rule: a cell with a comma, quote, CR or LF is quoted, its quotes doubled), NULL and empty
 * cells written as nothing. Free text is defused (an apostrophe before a formula) unless `escapeFormulas` is off.
 * Works on bytes: a cell is never decoded to a string and encoded again.
 */
export class CsvLine {
  target: Buffer = Buffer.alloc(0);
  at = 0;

  constructor(private readonly escapeFormulas: boolean) {}

  /** `text` as one cell, defused if `defuse` and it starts like a formula. */
  static cell(text: string, defuse: boolean): Buffer {
    const bytes = Buffer.from(text);
    const line = new CsvLine(defuse);
    line.target = Buffer.alloc(bytes.length * 2 + 3);
    line.text(bytes, 0, bytes.length, defuse);
    return line.target.subarray(0, line.at);
  }

  /** A text cell that is free text: defused when it starts like a formula. */
  free(row: CopyRow, i: number): void {
    this.field(row, i, this.escapeFormulas);
  }

  /** A text cell that holds no formula (a word, a number or id as text). */
  plain(row: CopyRow, i: number): void {
    this.field(row, i, false);
  }

  /** A count as text, 0 when NULL. */
  count(row: CopyRow, i: number): void {
    if (row.length(i) < 0) this.target[this.at++] = 0x30;
    else this.plain(row, i);
  }

  uuid(row: CopyRow, i: number): void {
    if (row.length(i) >= 0) this.at = writeUuid(row.bytes, row.start(i), this.target, this.at);
  }

  int(row: CopyRow, i: number): void {
    const value = row.int(i);
    if (value !== null) this.at = writeInt(value, this.target, this.at);
  }

  timestamp(row: CopyRow, i: number): void {
    if (row.length(i) >= 0) this.at = writeTimestamp(row.bytes, row.start(i), this.target, this.at);
  }

  /** Bytes written as they are (a cell's fixed part, known to need no quoting). */
  raw(bytes: Buffer): void {
    this.at = copyBytes(bytes, 0, bytes.length, this.target, this.at);
  }

  comma(): void {
    this.target[this.at++] = COMMA;
  }

  /** A real as JavaScript writes the number pg parses from PostgreSQL's text of it. */
  real(row: CopyRow, i: number): void {
    const length = row.length(i);
    if (length >= 0)
      this.at = writeReal(row.bytes, row.start(i), row.start(i) + length, this.target, this.at);
  }

  private field(row: CopyRow, i: number, defuse: boolean): void {
    const length = row.length(i);
    if (length > 0) this.text(row.bytes, row.start(i), row.start(i) + length, defuse);
  }

  // Copied byte by byte while looking for what needs quoting: cells are short, and Buffer.copy's call cost more
  // than the copy (a third of the writer's time).
  private text(bytes: Buffer, start: number, end: number, defuse: boolean): void {
    const target = this.target;
    let at = this.at;
    if (defuse && startsFormula(bytes, start, end)) target[at++] = APOSTROPHE;
    for (let p = start; p < end; p++) {
      const byte = bytes[p];
      if (byte === COMMA || byte === QUOTE || byte === 0x0a || byte === 0x0d) {
        this.quoted(bytes, start, end, defuse);
        return;
      }
      target[at++] = byte;
    }
    this.at = at;
  }

  private quoted(bytes: Buffer, start: number, end: number, defuse: boolean): void {
    const target = this.target;
    let at = this.at;
    target[at++] = QUOTE;
    if (defuse && startsFormula(bytes, start, end)) target[at++] = APOSTROPHE;
    for (let p = start; p < end; p++) {
      const byte = bytes[p];
      target[at++] = byte;
      if (byte === QUOTE) target[at++] = QUOTE;
    }
    target[at++] = QUOTE;
    this.at = at;
  }
}
