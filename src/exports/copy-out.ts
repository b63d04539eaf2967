import { Readable } from 'node:stream';

/** The part of pg's connection a custom query uses: send the statement, and pause or resume the socket. */
interface PgConnection {
  query(text: string): void;
  stream: { pause(): void; resume(): void; destroy(): void };
}

/**
 * Writes a binary COPY row as report bytes into `target` from `at`, and returns where they end (the CSV's lines,
 * the JSON report's claims). PostgreSQL sends every row in a CopyData message of its own (protocol docs, "COPY
 * Operations"), so each row is read without parsing the data around it, and written out of pg's receive buffer,
 * which pg reuses for the messages after it.
 */
export interface RowWriter {
  /** The most bytes `write` takes for a row whose message holds `rowBytes`. */
  room(rowBytes: number): number;
  write(row: CopyRow, target: Buffer, at: number): number;
}

/**
 * One row of a `COPY … (FORMAT binary)`, its fields located in place and read by position (the binary forms of
 * the protocol docs, "Binary Format" and each type's send function). Reused from row to row.
 */
export class CopyRow {
  /** The message the fields are in; a field's bytes are `bytes[start(i), start(i) + length(i))`. */
  bytes: Buffer = Buffer.alloc(0);
  // Reused from row to row: only the first `count` entries are this row's (setting an array's length on every row
  // cost the JSON writer a tenth of its time).
  private readonly starts: number[] = [];
  private readonly lengths: number[] = [];
  private count = 0;

  /** Locates the fields of a row starting at `at` (its field count); false if they overrun the message. */
  load(bytes: Buffer, at: number, fields: number): boolean {
    this.bytes = bytes;
    let next = at + 2;
    for (let i = 0; i < fields; i++) {
      if (next + 4 > bytes.length) return false;
      const length = bytes.readInt32BE(next);
      this.starts[i] = next + 4;
      this.lengths[i] = length;
      next += 4 + Math.max(length, 0);
    }
    this.count = fields;
    return next <= bytes.length;
  }

  /**
   * Locates the elements of the one-dimensional array in field `i` of `row` as this row's fields (the array's
   * binary form: dimensions, a null flag, the element type, each dimension's size and lower bound, then the
   * elements as a row's fields are); no fields when the array is NULL. False if they overrun the field.
   */
  loadElements(row: CopyRow, i: number): boolean {
    this.bytes = row.bytes;
    this.count = 0;
    const length = row.length(i);
    if (length < 0) return true;
    const at = row.starts[i];
    const dimensions = this.bytes.readInt32BE(at);
    if (dimensions === 0) return true;
    if (dimensions !== 1) return false;
    const elements = this.bytes.readInt32BE(at + 12);
    let next = at + 20;
    for (let e = 0; e < elements; e++) {
      if (next + 4 > at + length) return false;
      const elementLength = this.bytes.readInt32BE(next);
      this.starts[e] = next + 4;
      this.lengths[e] = elementLength;
      next += 4 + Math.max(elementLength, 0);
    }
    this.count = elements;
    return next <= at + length;
  }

  /**
   * Locates the fields of the record in field `i` of `row` (an element an array of ROW(…) holds: the field count,
   * then each field's type, length and bytes) as this row's fields. False if they overrun the field.
   */
  loadRecord(row: CopyRow, i: number): boolean {
    this.bytes = row.bytes;
    this.count = 0;
    const at = row.starts[i];
    const end = at + row.lengths[i];
    if (row.length(i) < 4) return false;
    const fields = this.bytes.readInt32BE(at);
    let next = at + 4;
    for (let f = 0; f < fields; f++) {
      if (next + 8 > end) return false;
      const length = this.bytes.readInt32BE(next + 4);
      this.starts[f] = next + 8;
      this.lengths[f] = length;
      next += 8 + Math.max(length, 0);
    }
    this.count = fields;
    return next <= end;
  }

  /** How many fields (or array elements) were located. */
  get fields(): number {
    return this.count;
  }

  /** Where field `i`'s bytes start in `bytes`. */
  start(i: number): number {
    return this.starts[i];
  }

  /** The byte length of field `i`, -1 for NULL (and for a field past the last). */
  length(i: number): number {
    return i < this.count ? this.lengths[i] : -1;
  }

  /** A text field (text, varchar; any type cast to text), as UTF-8. */
  text(i: number): string | null {
    return this.length(i) < 0
      ? null
      : this.bytes.toString('utf8', this.starts[i], this.starts[i] + this.lengths[i]);
  }

  /** A uuid: 16 bytes, written as its canonical text. */
  uuid(i: number): string | null {
    if (this.length(i) < 0) return null;
    const hex = this.bytes.toString('hex', this.starts[i], this.starts[i] + 16);
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  }

  /** An integer (int4). */
  int(i: number): number | null {
    return this.length(i) < 0 ? null : this.bytes.readInt32BE(this.starts[i]);
  }
}
const CHUNK_BYTES = 64 * 1024;
// The binary format's header: an 11-byte signature, 32-bit flags and the length of an extension area.
const BINARY_SIGNATURE = Buffer.from('PGCOPY\n\xff\r\n\0', 'latin1');

/**
 * A `COPY … TO STDOUT` as a readable stream of large chunks, run as a custom query on a pg client (the
 * "submittable" interface pg-cursor and pg-query-stream use). Rows are copied out of pg's receive buffer into
 * 64 kB chunks as they arrive; when the reader falls behind, the database socket is paused, so PostgreSQL waits
 * and memory stays at a few chunks. A COPY cut short leaves the connection mid-transfer: whoever ran it must
 * then discard the connection, not reuse it.
 */
export class CopyOut extends Readable {
  private connection: PgConnection | null = null;
  private chunk = Buffer.allocUnsafe(CHUNK_BYTES);
  private used = 0;
  private rows = 0;
  private rowsInChunk = 0;
  private completed = false;
  private readonly row = new CopyRow();

  constructor(
    private readonly text: string,
    private readonly framing: RowWriter,
    private readonly onRows: (rows: number) => void,
  ) {
    // Object mode: a reader gets each chunk as it was pushed. A byte stream's read() joins every chunk waiting in
    // its buffer into a new one, which copied 40 % of the JSON report's 107 MB a second time in Node.
    super({ objectMode: true, highWaterMark: 1 });
  }

  /** Whether PostgreSQL finished the COPY and the connection is ready for the next statement. */
  get finished(): boolean {
    return this.completed;
  }

  /** Closes the database socket of a COPY cut short: the server stops at its next write. */
  abandon(): void {
    this.destroy();
    this.connection?.stream.destroy();
  }

  submit(connection: PgConnection): void {
    this.connection = connection;
    connection.query(this.text);
  }

  handleCopyData(message: { chunk: Buffer }): void {
    if (this.destroyed) return;
    const row = message.chunk;
    let at = 0;
    if (this.rows === 0 && this.rowsInChunk === 0 && row.subarray(0, 11).equals(BINARY_SIGNATURE)) {
      at = 19 + row.readUInt32BE(15);
    }
    const fields = row.readInt16BE(at);
    // The trailer: a field count of -1.
    if (fields === -1) return;
    if (!this.row.load(row, at, fields)) {
      this.destroy(new Error('COPY sent a row that overruns its message'));
      return;
    }
    try {
      this.reserve(this.framing.room(row.length - at));
      this.used = this.framing.write(this.row, this.chunk, this.used);
    } catch (error) {
      // Thrown here, it would reach pg's socket handler; the report fails instead.
      this.destroy(error instanceof Error ? error : new Error(String(error)));
      return;
    }
    this.rowsInChunk += 1;
    if (this.used >= CHUNK_BYTES / 2) this.flush();
  }

  handleCommandComplete(): void {
    if (!this.destroyed) this.flush();
  }

  handleReadyForQuery(): void {
    this.completed = true;
    if (!this.destroyed) this.push(null);
  }

  handleError(error: Error): void {
    this.destroy(error);
  }

  handleRowDescription(): void {
    this.destroy(new Error('CopyOut runs COPY … TO STDOUT only'));
  }

  handleDataRow(): void {}

  handleEmptyQuery(): void {}

  handlePortalSuspended(): void {}

  handleCopyInResponse(): void {
    this.destroy(new Error('CopyOut runs COPY … TO STDOUT only'));
  }

  override _read(): void {
    this.connection?.stream.resume();
  }

  override _destroy(error: Error | null, callback: (error?: Error | null) => void): void {
    // Rows still arriving are dropped (handleCopyData checks); the caller discards the connection.
    this.connection?.stream.resume();
    callback(error);
  }

  // Room for `length` more bytes in the chunk.
  private reserve(length: number): void {
    if (this.used + length > this.chunk.length) {
      this.flush();
      if (length > this.chunk.length) this.chunk = Buffer.allocUnsafe(length);
    }
  }

  private flush(): void {
    if (this.used === 0) return;
    const full = this.chunk.subarray(0, this.used);
    this.chunk = Buffer.allocUnsafe(CHUNK_BYTES);
    this.used = 0;
    this.rows += this.rowsInChunk;
    this.onRows(this.rowsInChunk);
    this.rowsInChunk = 0;
    if (!this.push(full)) this.connection?.stream.pause();
  }
}
