import { CopyRow } from './copy-out';

// A binary COPY row: its field count, then each field's length (-1 for NULL) and bytes.
function row(...fields: Array<Buffer | null>): Buffer {
  const parts: Buffer[] = [Buffer.from([0, fields.length])];
  for (const field of fields) {
    const length = Buffer.alloc(4);
    length.writeInt32BE(field ? field.length : -1);
    parts.push(length, field ?? Buffer.alloc(0));
  }
  return Buffer.concat(parts);
}

const int = (value: number) => {
  const bytes = Buffer.alloc(4);
  bytes.writeInt32BE(value);
  return bytes;
};

describe('CopyRow', () => {
  it('reads text, uuids, integers and NULLs by position', () => {
    const copy = new CopyRow();
    const uuid = '0f8e4a4e-2b1c-4c8e-9d2a-7a1b2c3d4e5f';
    expect(
      copy.load(row(Buffer.from('é😀"'), Buffer.from(uuid.replace(/-/g, ''), 'hex'), int(-7), null), 0, 4),
    ).toBe(true);
    expect([copy.text(0), copy.uuid(1), copy.int(2), copy.text(3), copy.uuid(3), copy.int(3)]).toEqual([
      'é😀"',
      uuid,
      -7,
      null,
      null,
      null,
    ]);
  });

  it('locates the elements of a text array, NULL ones and a NULL array as missing', () => {
    // One dimension, has NULLs, element type text (25), 3 elements from index 1, then each as a row's field.
    const elements = row(Buffer.from('a'), null, Buffer.from('é')).subarray(2);
    const array = Buffer.concat([int(1), int(1), int(25), int(3), int(1), elements]);
    const copy = new CopyRow();
    expect(copy.load(row(array, null), 0, 2)).toBe(true);
    const items = new CopyRow();
    expect(items.loadElements(copy, 0)).toBe(true);
    expect([items.text(0), items.length(1), items.text(2), items.length(3)]).toEqual(['a', -1, 'é', -1]);
    expect(items.loadElements(copy, 1)).toBe(true);
    expect(items.length(0)).toBe(-1);
    // An array claiming more elements than its field holds.
    const overrun = Buffer.concat([int(1), int(1), int(25), int(4), int(1), elements]);
    expect(copy.load(row(overrun), 0, 1)).toBe(true);
    expect(items.loadElements(copy, 0)).toBe(false);
  });

  it('locates the fields of the records an array of ROW(…) holds, and refuses one that overruns its element', () => {
    // A record: its field count, then each field's type, length (-1 for NULL) and bytes.
    const record = (...fields: Array<Buffer | null>) =>
      Buffer.concat([
        int(fields.length),
        ...fields.flatMap((field) => [int(25), int(field ? field.length : -1), field ?? Buffer.alloc(0)]),
      ]);
    const first = record(Buffer.from('a"b'), null, int(42));
    const second = record(Buffer.from('é'));
    // One dimension, no NULLs, element type record (2249), 2 elements from index 1.
    const array = Buffer.concat([int(1), int(0), int(2249), int(2), int(1), row(first, second).subarray(2)]);
    const copy = new CopyRow();
    expect(copy.load(row(array), 0, 1)).toBe(true);
    const items = new CopyRow();
    expect(items.loadElements(copy, 0)).toBe(true);
    expect(items.fields).toBe(2);
    const fields = new CopyRow();
    expect(fields.loadRecord(items, 0)).toBe(true);
    expect([fields.fields, fields.text(0), fields.length(1), fields.int(2)]).toEqual([3, 'a"b', -1, 42]);
    expect(fields.loadRecord(items, 1)).toBe(true);
    expect([fields.fields, fields.text(0)]).toEqual([1, 'é']);
    // A record claiming more fields than its element holds.
    const overrun = Buffer.concat([
      int(1),
      int(0),
      int(2249),
      int(1),
      int(1),
      row(record(null).fill(9, 0, 4)).subarray(2),
    ]);
    expect(copy.load(row(overrun), 0, 1)).toBe(true);
    expect(items.loadElements(copy, 0)).toBe(true);
    expect(fields.loadRecord(items, 0)).toBe(false);
  });

  it('refuses a row whose fields overrun the message', () => {
    const truncated = row(Buffer.from('abc')).subarray(0, 8);
    expect(new CopyRow().load(truncated, 0, 1)).toBe(false);
  });
});
