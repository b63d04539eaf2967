import { ColumnOptions } from 'typeorm';

// Millisecond precision matches JavaScript dates, so keyset cursors built from them compare exactly.
export const timestampColumn: ColumnOptions = { type: 'timestamptz', precision: 3 };
