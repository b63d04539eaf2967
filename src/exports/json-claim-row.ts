import { CLAIM_SHAPE, ShapeField } from '../claims/dto/claim-shape';
import { CopyRow, RowWriter } from './copy-out';
import { copyBytes, writeInt, writeReal, writeUuid } from './copy-cells';
import { writeTimestamp } from './copy-timestamp';
import { reportLinks } from './formats/report-formatter';
import { JSON_CLAIM_COLUMNS } from './report-json.queries';

// Each column's position in jsonClaimsCopyStatement's row.
const at = Object.fromEntries(Object.keys(JSON_CLAIM_COLUMNS).map((key, i) => [key, i])) as Record<
  keyof typeof JSON_CLAIM_COLUMNS,
  number
>;

const QUOTE = 0x22;
const ascii = (text: string) => Buffer.from(text, 'latin1');
const NULL = ascii('null');
const FIRST_ITEM = ascii('\n');
const NEXT_ITEM = ascii(',\n');
const EMPTY_LIST = ascii('[]');
const STATES = {
  current: ascii('"current"'),
  superseded: ascii('"superseded"'),
  retracted: ascii('"retracted"'),
};
const PROVENANCE_KEYS = ['{"corroborating":', ',"disputing":', ',"context":'].map(ascii);
const NO_EVIDENCE = ascii('{"corroborating":0,"disputing":0,"context":0}');

// JSON.stringify's escapes for the bytes it escapes in a string (the quote, the backslash and controls), and a
// table of which bytes those are, which the loop below reads faster than the escapes themselves.
const ESCAPES: Buffer[] = [];
const ESCAPED = new Uint8Array(256);
for (let byte = 0; byte < 0x20; byte++) {
  ESCAPES[byte] = ascii(JSON.stringify(String.fromCharCode(byte)).slice(1, -1));
  ESCAPED[byte] = 1;
}
ESCAPES[QUOTE] = ascii('\\"');
ESCAPES[0x5c] = ascii('\\\\');
ESCAPED[QUOTE] = ESCAPED[0x5c] = 1;

/** Writes one row's claim into a target buffer from `at`; each step writes one key and its value. */
class JsonClaim {
  target: Buffer = Buffer.alloc(0);
  at = 0;
  row = new CopyRow();
  // The claim's text is written twice (`text`, `selector.exact`): the second time copied from the first.
  private textField = -1;
  private textStart = 0;
  private textEnd = 0;

  /** Starts the next row. */
  begin(row: CopyRow, target: Buffer, at: number): void {
    this.row = row;
    this.target = target;
    this.at = at;
    this.textField = -1;
  }

  raw(bytes: Buffer): void {
    this.at = copyBytes(bytes, 0, bytes.length, this.target, this.at);
  }

  /** Free text as JSON.stringify writes it (PostgreSQL's UTF-8 holds no lone surrogate for it to escape). */
  text(i: number): void {
    const length = this.row.length(i);
    if (length < 0) return this.raw(NULL);
    const target = this.target;
    if (i === this.textField) {
      this.at = copyBytes(target, this.textStart, this.textEnd, target, this.at);
      return;
    }
    const bytes = this.row.bytes;
    let at = this.at;
    this.textField = i;
    this.textStart = at;
    target[at++] = QUOTE;
    for (let p = this.row.start(i), end = p + length; p < end; p++) {
      const byte = bytes[p];
      if (ESCAPED[byte] === 0) {
        target[at++] = byte;
      } else {
        const escape = ESCAPES[byte];
        for (let e = 0; e < escape.length; e++) target[at++] = escape[e];
      }
    }
    target[at++] = QUOTE;
    this.at = this.textEnd = at;
  }

  /** A word, uuid, integer, real or time; null when NULL. */
  value(i: number, kind: 'word' | 'uuid' | 'int' | 'real' | 'time'): void {
    const row = this.row;
    const length = row.length(i);
    if (length < 0) return this.raw(NULL);
    const start = row.start(i);
    if (kind === 'int') {
      this.at = writeInt(row.bytes.readInt32BE(start), this.target, this.at);
    } else if (kind === 'real') {
      this.at = writeReal(row.bytes, start, start + length, this.target, this.at);
    } else {
      this.target[this.at++] = QUOTE;
      if (kind === 'uuid') this.at = writeUuid(row.bytes, start, this.target, this.at);
      else if (kind === 'time') this.at = writeTimestamp(row.bytes, start, this.target, this.at);
      else this.at = copyBytes(row.bytes, start, start + length, this.target, this.at);
      this.target[this.at++] = QUOTE;
    }
  }

  /** JSON text built in SQL, or `fallback` when NULL. */
  json(i: number, fallback: Buffer): void {
    const length = this.row.length(i);
    if (length < 0) this.raw(fallback);
    else this.at += this.row.bytes.copy(this.target, this.at, this.row.start(i), this.row.start(i) + length);
  }

  /** The evidence counts from an int array's text, {corroborating,disputing,context}. */
  provenance(): void {
    const length = this.row.length(at.provenance);
    if (length < 0) return this.raw(NO_EVIDENCE);
    const bytes = this.row.bytes;
    const start = this.row.start(at.provenance);
    let key = 0;
    this.raw(PROVENANCE_KEYS[key++]);
    for (let p = start + 1, end = start + length - 1; p < end; p++) {
      if (bytes[p] === 0x2c) this.raw(PROVENANCE_KEYS[key++]);
      else this.target[this.at++] = bytes[p];
    }
    this.target[this.at++] = 0x7d; // }
  }
}

type Step = (claim: JsonClaim) => void;

// CLAIM_SHAPE made into steps, once: each writes its key (the opening brace or a comma before it) and its value.
function steps(shape: ShapeField[]): Step[] {
  return shape.map((field, n): Step => {
    const key = ascii(`${n === 0 ? '{' : ','}${JSON.stringify(field.key)}:`);
    if ('value' in field) {
      const i = at[field.value];
      const kind = field.kind;
      return kind === 'text' ? (c) => (c.raw(key), c.text(i)) : (c) => (c.raw(key), c.value(i, kind));
    }
    if ('fields' in field) {
      const inner = steps(field.fields);
      const unless = field.unless === undefined ? -1 : at[field.unless];
      return (c) => {
        c.raw(key);
        if (unless >= 0 && c.row.length(unless) < 0) return c.raw(NULL);
        for (const step of inner) step(c);
        c.target[c.at++] = 0x7d;
      };
    }
    if (field.derived === 'provenance') return (c) => (c.raw(key), c.provenance());
    return (c) => {
      c.raw(key);
      const state =
        c.row.length(at.retractedAt) >= 0
          ? 'retracted'
          : c.row.length(at.supersededAt) >= 0
            ? 'superseded'
            : 'current';
      c.raw(STATES[state]);
    };
  });
}

// Room for a row's text escaped (6 bytes at most per byte, \u0001), its keys, and the links.
const ROOM_PER_ROW = 1024;

/**
 * The items of the JSON report's `claims` array from the rows of jsonClaimsCopyStatement, each after a line feed
 * and all but the first after a comma: the claim's public shape (CLAIM_SHAPE, as toClaimResponse makes it for the
 * REST API and JSON.stringify writes it), then the report's links, reviews and evidence. Written from the row's
 * bytes, as the CSV's lines are: building the JSON in SQL took most of PostgreSQL's time, and decoding each value
 * to a string and concatenating them took Node more than PostgreSQL's part of the report.
 */
export function jsonClaimRow(baseUrl: string): RowWriter {
  const links = reportLinks(baseUrl);
  // Each link's JSON text around the claim's id (the last thing in it).
  const around = (url: (id: string) => string, key: string) => {
    const id = '00000000-0000-0000-0000-000000000000';
    const text = `,"${key}":${JSON.stringify(url(id))}`;
    const split = text.lastIndexOf(id);
    return [Buffer.from(text.slice(0, split)), Buffer.from(text.slice(split + id.length))];
  };
  const [apiOpen, apiClose] = around(links.claim, 'apiUrl');
  const [readerOpen, readerClose] = around(links.readerClaim, 'readerUrl');
  const REVIEWS = ascii(',"reviews":');
  const EVIDENCE = ascii(',"evidence":');
  const shape = steps(CLAIM_SHAPE);
  const claim = new JsonClaim();
  let first = true;
  const idOf = (c: JsonClaim) => (c.at = writeUuid(c.row.bytes, c.row.start(at.id), c.target, c.at));
  return {
    room: (rowBytes) => 6 * rowBytes + 2 * (apiOpen.length + readerOpen.length) + ROOM_PER_ROW,
    write(row, target, start) {
      claim.begin(row, target, start);
      claim.raw(first ? FIRST_ITEM : NEXT_ITEM);
      first = false;
      for (const step of shape) step(claim);
      claim.raw(apiOpen);
      idOf(claim);
      claim.raw(apiClose);
      claim.raw(readerOpen);
      idOf(claim);
      claim.raw(readerClose);
      claim.raw(REVIEWS);
      claim.json(at.reviews, EMPTY_LIST);
      claim.raw(EVIDENCE);
      claim.json(at.evidence, EMPTY_LIST);
      target[claim.at++] = 0x7d;
      return claim.at;
    },
  };
}
