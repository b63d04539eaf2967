import { CSV_COLUMNS } from '../csv-claim-row';
import { ReportFormatter } from './report-formatter';

/**
 * RFC 4180: CRLF line ends, fields quoted when they hold a comma, quote or line break, a header row first.
 * Text cells starting with =, +, -, @, tab or CR get a leading apostrophe unless `csvFormulas` is `raw`:
 * claim text is written by whoever published the document, and a spreadsheet would run it as a formula.
 * The rows are written from a binary COPY (csv-claim-row.ts), quoted as PostgreSQL's `COPY … (FORMAT csv)` quotes.
 */
export const csvFormat: ReportFormatter = {
  passes: 1,
  async *write(context, source) {
    yield `${CSV_COLUMNS.map((column) => column.name).join(',')}\r\n`;
    yield* source.csvRows(context.baseUrl, context.csvFormulas !== 'raw');
  },
};
