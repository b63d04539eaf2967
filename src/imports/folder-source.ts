import { parse } from 'csv-parse';
import { createReadStream, existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { Readable } from 'node:stream';

// metadata.csv columns that are document fields; any other column goes into the document's metadata.
const FIELDS = ['title', 'publisher', 'publishedAt', 'url', 'authors', 'language', 'kind', 'retrievedAt'];
export const METADATA_FILE = 'metadata.csv';

/** A folder of .txt files as an import: the files in name order, each one NDJSON line. */
export interface FolderImport {
  /** The file each line came from, by line number (1-based), for reporting bad lines by file. */
  files: string[];
  lines: Readable;
}

/**
 * Reads `metadata.csv` (a `file` column, then title, publisher, publishedAt, url, authors (";"-separated),
 * language, kind, retrievedAt, or any other column, kept as metadata); a file it does not list is titled
 * by its name. Files are read one at a time as the import consumes them.
 */
export async function folderImport(dir: string): Promise<FolderImport> {
  const files = (await readdir(dir)).filter((f) => extname(f).toLowerCase() === '.txt').sort();
  const metadata = existsSync(join(dir, METADATA_FILE))
    ? await readMetadata(join(dir, METADATA_FILE))
    : new Map();
  async function* lines() {
    for (const file of files) {
      const text = await readFile(join(dir, file), 'utf8');
      yield Buffer.from(JSON.stringify(documentOf(file, text, metadata.get(file) ?? {})) + '\n');
    }
  }
  return { files, lines: Readable.from(lines()) };
}

function documentOf(file: string, text: string, row: Record<string, string>): Record<string, unknown> {
  const document: Record<string, unknown> = { title: basename(file, extname(file)), text };
  const extra: Record<string, string> = {};
  for (const [column, value] of Object.entries(row)) {
    if (column === 'file' || value.trim() === '') continue;
    if (column === 'authors')
      document.authors = value
        .split(';')
        .map((a) => a.trim())
        .filter(Boolean);
    else if (FIELDS.includes(column)) document[column] = value.trim();
    else extra[column] = value;
  }
  if (Object.keys(extra).length > 0) document.metadata = extra;
  return document;
}

async function readMetadata(file: string): Promise<Map<string, Record<string, string>>> {
  const rows = new Map<string, Record<string, string>>();
  const parser = createReadStream(file).pipe(
    parse({ columns: true, skip_empty_lines: true, trim: true, bom: true }),
  );
  for await (const row of parser as AsyncIterable<Record<string, string>>) {
    if (!row.file) throw new Error(`${file} needs a "file" column naming each .txt file`);
    rows.set(row.file, row);
  }
  return rows;
}
