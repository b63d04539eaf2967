import fc from 'fast-check';
import { Client } from 'pg';
import { CopyOut, CopyRow, RowWriter } from '../src/exports/copy-out';
import { CsvLine } from '../src/exports/csv-line';
import { iso } from '../src/exports/report-copy.queries';
import { createTestDatabase } from './support/test-database';
import { isoTime } from '../src/common/timestamps';

// The CSV report's cells are written in Node from binary COPY rows (src/exports/csv-line.ts), where PostgreSQL
// wrote them before: these specs hold each kind of cell to what PostgreSQL itself writes for the same value.
const ALPHABET = [...'a ,"\r\n\t=+-@\uFF1D\uFF0B\uFF0D\uFF20\'é😀\\.\u0001'];
const TEXTS = [
  ...['', ' ', '\\.', '"', 'a,b', '\uFF1D1', '\uFF20', 'é=', '-', '\r', '😀', '\uFF1Ea', 'x\ny'],
  ...fc.sample(fc.string({ unit: fc.constantFrom(...ALPHABET), maxLength: 12 }), {
    numRuns: 300,
    seed: 20261201,
  }),
];
const literals = (values: string[]) => `ARRAY[${values.map((v) => `'${v.replace(/'/g, "''")}'`).join(',')}]`;

describe('CSV cells written from binary COPY rows', () => {
  let client: Client;

  beforeAll(async () => {
    client = new Client({ connectionString: await createTestDatabase() });
    await client.connect();
  });
  afterAll(() => client.end());

  // The COPY's rows, each written by `cells` and ended with a line feed.
  async function written(sql: string, cells: (line: CsvLine, row: CopyRow) => void, escapeFormulas = true) {
    const line = new CsvLine(escapeFormulas);
    const writer: RowWriter = {
      room: (rowBytes) => 2 * rowBytes + 512,
      write(row, target, at) {
        line.target = target;
        line.at = at;
        cells(line, row);
        target[line.at++] = 0x0a;
        return line.at;
      },
    };
    const copy = new CopyOut(`COPY (${sql}) TO STDOUT (FORMAT binary)`, writer, () => {});
    client.query(copy);
    const chunks: Buffer[] = [];
    for await (const chunk of copy as AsyncIterable<Buffer>) chunks.push(chunk);
    return Buffer.concat(chunks).toString();
  }

  // RFC 4180 as PostgreSQL's COPY … (FORMAT csv) applies it, and the defusing csv-stringify's escape_formulas does.
  const quoted = (value: string) => (/[,"\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
  const defused = (value: string) =>
    /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/.test(value) ? `'${value}` : value;

  for (const escapeFormulas of [true, false]) {
    it(`free text (escapeFormulas ${escapeFormulas}): quoted as PostgreSQL quotes, NULL and empty as nothing`, async () => {
      const node = await written(
        `SELECT v, v, NULL::text FROM unnest(${literals(TEXTS)}) WITH ORDINALITY AS u(v, n) ORDER BY n`,
        (l, row) => {
          l.free(row, 0);
          l.comma();
          l.plain(row, 1);
          l.comma();
          l.free(row, 2);
        },
        escapeFormulas,
      );
      const expected = TEXTS.map(
        (v) => `${quoted(escapeFormulas && v !== '' ? defused(v) : v)},${quoted(v)},\n`,
      ).join('');
      expect(node).toBe(expected);
    });
  }

  it('times as toISOString writes them, milliseconds truncated, years BC and past 9999 expanded, infinities named', async () => {
    const times = [
      '2020-01-02 03:04:05.678999+00',
      '1850-06-01 00:00:00.0005+00',
      '1969-12-31 23:59:59.9995+00',
      '1999-12-31 23:59:59.999999+00',
      '2000-01-01 00:00:00+00',
      '2400-02-29 10:00:00+00',
      '0044-03-15 12:00:00+00',
      '0001-01-01 00:00:00+00',
      '0002-12-31 23:59:59.999999+00 BC',
      '4713-01-01 00:00:00+00 BC',
      '9999-12-31 23:59:59.999+00',
      '10000-01-01 00:00:00+00',
      '294276-12-31 23:59:59.999999+00',
      'infinity',
      '-infinity',
    ];
    const sql = `SELECT t, ${iso('t')} FROM unnest(${literals(times)}::timestamptz[]) WITH ORDINALITY AS u(t, n) ORDER BY n`;
    const lines = (
      await written(sql, (l, row) => {
        l.timestamp(row, 0);
        l.comma();
        l.plain(row, 1);
      })
    ).split('\n');
    expect(lines).toHaveLength(times.length + 1);
    for (const line of lines.slice(0, -1)) {
      const [node, postgres] = line.split(',');
      expect(node).toBe(postgres);
    }
    expect(lines[0]).toBe('2020-01-02T03:04:05.678Z,2020-01-02T03:04:05.678Z');
    expect(lines[7]).toBe('0001-01-01T00:00:00.000Z,0001-01-01T00:00:00.000Z');
    expect(lines[8]).toBe('-000001-12-31T23:59:59.999Z,-000001-12-31T23:59:59.999Z');
    expect(lines[9]).toBe('-004712-01-01T00:00:00.000Z,-004712-01-01T00:00:00.000Z');
    expect(lines[11]).toBe('+010000-01-01T00:00:00.000Z,+010000-01-01T00:00:00.000Z');
    // Past a JavaScript Date's range (275760-09-13), as isoTime writes what pg reads from it.
    expect(lines[12]).toBe('infinity,infinity');
    expect(lines[13]).toBe('infinity,infinity');
    expect(lines[14]).toBe('-infinity,-infinity');
    // The same text as isoTime gives the Date pg reads from each finite time within a Date's range.
    const { rows } = await client.query<{ t: Date }>(
      `SELECT t FROM unnest(${literals(times)}::timestamptz[]) WITH ORDINALITY AS u(t, n) ORDER BY n`,
    );
    expect(rows.map((row) => isoTime(row.t))).toEqual(lines.slice(0, -1).map((line) => line.split(',')[0]));
  });

  it('reals as JavaScript writes the number pg reads from PostgreSQL’s text', async () => {
    const reals = [0, -0, 1, 0.5, 0.123456, 0.0001, 0.00005, 0.0000005, 1.5e-7, 0.33333334, 0.9];
    const sql = `SELECT r::text FROM unnest(ARRAY[${reals.map((r) => (Object.is(r, -0) ? "'-0'" : String(r))).join(',')}]::real[]) WITH ORDINALITY AS u(r, n) ORDER BY n`;
    const node = (await written(sql, (l, row) => l.real(row, 0))).split('\n').slice(0, -1);
    const { rows } = await client.query<{ r: string }>(sql);
    expect(node).toEqual(rows.map((row) => String(Number.parseFloat(row.r))));
    expect(node).toContain('0.00005');
    expect(node).toContain('1.5e-7');
    expect(node[1]).toBe('0');
  });
});
