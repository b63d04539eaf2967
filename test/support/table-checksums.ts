import { Client } from 'pg';

/** Per table (schema-qualified): its row count and the sum of its rows' hashes; equal checksums, equal contents. */
export type TableChecksums = Record<string, string>;

/**
 * Reads the checksum of every table of the app (schema public) in one statement, through one connection
 * kept open (a spec compares them around thousands of requests). Connect as the superuser, so no table
 * is hidden.
 */
export class TableWatch {
  private constructor(
    private readonly client: Client,
    private readonly statement: string,
  ) {}

  static async open(superuserUrl: string): Promise<TableWatch> {
    const client = new Client({ connectionString: superuserUrl });
    await client.connect();
    const { rows } = await client.query<{ name: string }>(
      // The app's own tables; a job queue's schema (pg-boss) changes on its own timers.
      `SELECT format('%I.%I', schemaname, tablename) AS name FROM pg_tables
        WHERE schemaname = 'public' ORDER BY 1`,
    );
    if (rows.length === 0) throw new Error('the database has no tables to watch');
    // The sum of a 64-bit hash of each row's text: independent of physical order (an update moves a row),
    // and cheap enough to take around every write of a fuzz run (no sort, no aggregated text).
    const statement = rows
      .map(
        ({ name }) =>
          `SELECT ${literal(name)} AS name, count(*) || ':' || coalesce(sum(hashtextextended(r::text, 0)::numeric), 0) AS sum FROM ${name} r`,
      )
      .join('\nUNION ALL\n');
    return new TableWatch(client, statement);
  }

  async checksums(): Promise<TableChecksums> {
    const { rows } = await this.client.query<{ name: string; sum: string }>(this.statement);
    return Object.fromEntries(rows.map((r) => [r.name, r.sum]));
  }

  /** The tables whose checksum differs between two readings. */
  static changed(before: TableChecksums, after: TableChecksums): string[] {
    const names = new Set([...Object.keys(before), ...Object.keys(after)]);
    return [...names].filter((name) => before[name] !== after[name]).sort();
  }

  close(): Promise<void> {
    return this.client.end();
  }
}

const literal = (text: string) => `'${text.replace(/'/g, "''")}'`;
