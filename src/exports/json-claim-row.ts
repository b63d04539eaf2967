import { CLAIM_SHAPE, ShapeField, ValueKind } from '../claims/dto/claim-shape';
import { CopyRow, RowWriter } from './copy-out';
import { copyBytes, writeInt, writeReal, writeUuid } from './copy-cells';
import { writeTimestamp } from './copy-timestamp';
import { reportLinks } from './formats/report-formatter';
import { EVIDENCE_COLUMNS, JSON_CLAIM_COLUMNS, REVIEW_COLUMNS } from './report-json.queries';

// Each column's position in jsonClaimsCopyStatement's row, and each value's in a review's or evidence link's record.
const positions = <K extends string>(columns: Record<K, string>) =>
  Object.fromEntries(Object.keys(columns).map((key, i) => [key, i])) as Record<K, number>;
const at = positions(JSON_CLAIM_COLUMNS);
const review = positions(REVIEW_COLUMNS);
const evidence = positions(EVIDENCE_COLUMNS);

const QUOTE = 0x22;
// Where a cached value's text starts in its slot, after the value's bytes (16 at most).
const SLOT_TEXT = 16;
const ascii = (text: string) => Buffer.from(text, 'latin1');
const NULL = ascii('null');
const FIRST_ITEM = ascii('\n');
const NEXT_ITEM = ascii(',\n');
const STATES = {
  current: ascii('"current"'),
  superseded: ascii('"superseded"'),
  retracted: ascii('"retracted"'),
};
const PROVENANCE_KEYS = ['{"corroborating":', ',"disputing":', ',"context":'].map(ascii);
// Most claims have no evidence and no review.
const NO_PROVENANCE = ascii('{"corroborating":0,"disputing":0,"context":0}');
const EMPTY_LIST = ascii('[]');
// The stances in the order provenance counts them.
const STANCES = ['corroborates', 'disputes', 'context'].map(ascii);

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
  /** The values being written: the claim's row, or one of its reviews' or evidence links' records. */
  row = new CopyRow();
  claim = new CopyRow();
  private readonly elements = new CopyRow();
  private readonly record = new CopyRow();
  // The claim's text is written twice (`text`, `selector.exact`): the second time copied from the first.
  private textField = -1;
  private textStart = 0;
  private textEnd = 0;
  // Per column of the claim's row, its last uuid or time (the bytes, then its text from SLOT_TEXT) and the text's
  // length: the claim's id is written three times, and a document's claims share its id and often their times.
  private readonly slots: Buffer[] = [];
  private readonly slotLengths: number[] = [];

  /** Starts the next row. */
  begin(row: CopyRow, target: Buffer, at: number): void {
    this.row = this.claim = row;
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
    if (row === this.claim && (kind === 'uuid' || kind === 'time')) {
      this.target[this.at++] = QUOTE;
      this.cached(i, kind === 'uuid' ? 16 : 8);
      this.target[this.at++] = QUOTE;
    } else if (kind === 'int') {
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

  // The claim's uuid or time in column `i` (`length` bytes), copied when it is the column's last one.
  private cached(i: number, length: 16 | 8): void {
    const bytes = this.claim.bytes;
    const start = this.claim.start(i);
    const slot = (this.slots[i] ??= Buffer.alloc(SLOT_TEXT + 48));
    let same = this.slotLengths[i] !== undefined;
    for (let b = 0; same && b < length; b++) same = slot[b] === bytes[start + b];
    if (same) {
      this.at = copyBytes(slot, SLOT_TEXT, SLOT_TEXT + this.slotLengths[i], this.target, this.at);
      return;
    }
    const from = this.at;
    this.at =
      length === 16
        ? writeUuid(bytes, start, this.target, this.at)
        : writeTimestamp(bytes, start, this.target, this.at);
    copyBytes(bytes, start, start + length, slot, 0);
    copyBytes(this.target, from, this.at, slot, SLOT_TEXT);
    this.slotLengths[i] = this.at - from;
  }

  /** The claim's id, as a string. */
  claimId(): void {
    this.target[this.at++] = QUOTE;
    this.cached(at.id, 16);
    this.target[this.at++] = QUOTE;
  }

  /** The claim's id, unquoted. */
  claimIdText(): void {
    this.cached(at.id, 16);
  }

  /** The claim's records in column `i` (an array of ROW(…), NULL for none) as a JSON array, each by `shape`. */
  list(i: number, shape: Step[]): void {
    if (this.claim.length(i) < 0) return this.raw(EMPTY_LIST);
    const records = this.arrayOf(i);
    this.target[this.at++] = 0x5b; // [
    for (let e = 0; e < records.fields; e++) {
      if (e > 0) this.target[this.at++] = 0x2c; // ,
      this.row = this.recordOf(records, e);
      this.textField = -1;
      for (const step of shape) step(this);
      this.target[this.at++] = 0x7d; // }
    }
    this.target[this.at++] = 0x5d; // ]
    this.row = this.claim;
    this.textField = -1;
  }

  /** The live evidence counted by stance, {corroborating,disputing,context}. */
  provenance(): void {
    if (this.claim.length(at.evidence) < 0) return this.raw(NO_PROVENANCE);
    const counts = [0, 0, 0];
    const links = this.arrayOf(at.evidence);
    for (let e = 0; e < links.fields; e++) {
      const link = this.recordOf(links, e);
      const start = link.start(evidence.stance);
      const end = start + link.length(evidence.stance);
      const stance = STANCES.findIndex((word) => word.compare(link.bytes, start, end) === 0);
      if (stance < 0) throw new Error(`report: evidence link with an unknown stance`);
      counts[stance] += 1;
    }
    for (let key = 0; key < 3; key++) {
      this.raw(PROVENANCE_KEYS[key]);
      this.at = writeInt(counts[key], this.target, this.at);
    }
    this.target[this.at++] = 0x7d; // }
  }

  private arrayOf(i: number): CopyRow {
    if (!this.elements.loadElements(this.claim, i)) throw new Error('report: an array overruns its field');
    return this.elements;
  }

  private recordOf(records: CopyRow, e: number): CopyRow {
    if (!this.record.loadRecord(records, e)) throw new Error('report: a record overruns its field');
    return this.record;
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

/** A field of a review's or evidence link's public shape, by its position in the record. */
type RecordField =
  | { key: string; kind: ValueKind; value: number }
  /** The claim's id; whether nothing superseded the review (`value`, its supersededById); a constant null. */
  | { key: string; kind: 'claimId' | 'current' | 'null'; value?: number }
  | { key: string; fields: RecordField[] };

const TRUE = ascii('true');
const FALSE = ascii('false');

// A record's shape made into steps, once, as steps() makes the claim's.
function recordSteps(shape: RecordField[]): Step[] {
  return shape.map((field, n): Step => {
    const key = ascii(`${n === 0 ? '{' : ','}${JSON.stringify(field.key)}:`);
    if ('fields' in field) {
      const inner = recordSteps(field.fields);
      return (c) => {
        c.raw(key);
        for (const step of inner) step(c);
        c.target[c.at++] = 0x7d;
      };
    }
    const i = field.value ?? -1;
    switch (field.kind) {
      case 'claimId':
        return (c) => (c.raw(key), c.claimId());
      case 'current':
        return (c) => (c.raw(key), c.raw(c.row.length(i) < 0 ? TRUE : FALSE));
      case 'null':
        return (c) => (c.raw(key), c.raw(NULL));
      case 'text':
        return (c) => (c.raw(key), c.text(i));
      default: {
        const kind = field.kind;
        return (c) => (c.raw(key), c.value(i, kind));
      }
    }
  });
}

// toReviewResponse's shape.
const REVIEW = recordSteps([
  { key: 'id', kind: 'uuid', value: review.id },
  { key: 'claimId', kind: 'claimId' },
  { key: 'verdict', kind: 'word', value: review.verdict },
  { key: 'rationale', kind: 'text', value: review.rationale },
  {
    key: 'reviewer',
    fields: [
      { key: 'name', kind: 'text', value: review.reviewerName },
      { key: 'role', kind: 'word', value: review.reviewerRole },
    ],
  },
  { key: 'current', kind: 'current', value: review.supersededById },
  { key: 'supersededById', kind: 'uuid', value: review.supersededById },
  { key: 'createdAt', kind: 'time', value: review.createdAt },
]);

// toEvidenceResponse's shape; reports leave retracted links out, as the claim's provenance counts do.
const EVIDENCE = recordSteps([
  { key: 'id', kind: 'uuid', value: evidence.id },
  { key: 'claimId', kind: 'claimId' },
  { key: 'stance', kind: 'word', value: evidence.stance },
  {
    key: 'source',
    fields: [
      { key: 'documentId', kind: 'uuid', value: evidence.documentId },
      { key: 'start', kind: 'int', value: evidence.start },
      { key: 'end', kind: 'int', value: evidence.end },
      { key: 'exact', kind: 'text', value: evidence.exact },
      { key: 'url', kind: 'text', value: evidence.url },
      { key: 'title', kind: 'text', value: evidence.title },
      { key: 'publisher', kind: 'text', value: evidence.publisher },
      { key: 'publishedAt', kind: 'time', value: evidence.publishedAt },
    ],
  },
  { key: 'note', kind: 'text', value: evidence.note },
  { key: 'addedBy', kind: 'text', value: evidence.addedBy },
  { key: 'version', kind: 'int', value: evidence.version },
  { key: 'retractedAt', kind: 'null' },
  { key: 'retractionReason', kind: 'null' },
  { key: 'createdAt', kind: 'time', value: evidence.createdAt },
]);

// Room for a row's text escaped (6 bytes at most per byte, \u0001), its keys, and the links. A review's or evidence
// link's JSON fits in 6 times its record's bytes too: each value has 8 bytes of type and length before it, more
// than its key, and none is written in more than 6 bytes per byte (a uuid's 16 bytes in 38, a time's 8 in 29).
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
  const REVIEWS_KEY = ascii(',"reviews":');
  const EVIDENCE_KEY = ascii(',"evidence":');
  const shape = steps(CLAIM_SHAPE);
  const claim = new JsonClaim();
  let first = true;
  return {
    room: (rowBytes) => 6 * rowBytes + 2 * (apiOpen.length + readerOpen.length) + ROOM_PER_ROW,
    write(row, target, start) {
      claim.begin(row, target, start);
      claim.raw(first ? FIRST_ITEM : NEXT_ITEM);
      first = false;
      for (const step of shape) step(claim);
      claim.raw(apiOpen);
      claim.claimIdText();
      claim.raw(apiClose);
      claim.raw(readerOpen);
      claim.claimIdText();
      claim.raw(readerClose);
      claim.raw(REVIEWS_KEY);
      claim.list(at.reviews, REVIEW);
      claim.raw(EVIDENCE_KEY);
      claim.list(at.evidence, EVIDENCE);
      target[claim.at++] = 0x7d;
      return claim.at;
    },
  };
}
