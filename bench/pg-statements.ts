// bench:import with BENCH_PG_STATEMENTS=N: the N statements that took PostgreSQL the most time in each import
// run, from pg_stat_statements. Wall time around a query (BENCH_TRAIL_PHASES) includes waiting for the
// connection, the event loop and the trail's lock; this is the database's own time and its buffers. The
// extension must be preloaded into the kept database's server (`shared_preload_libraries =
// 'pg_stat_statements'` in its postgresql.conf); it is created with the superuser's connection.
import { Client } from 'pg';

export interface StatementReport {
  /** Forgets what was counted so far: call it as a run starts. */
  reset(): Promise<void>;
  /** Prints the top statements since the last reset, per article of the run. */
  print(run: string, articles: number): Promise<void>;
  close(): Promise<void>;
}

export async function statementReport(
  adminUrl: string | undefined,
  top: number,
): Promise<StatementReport | null> {
  if (!(top > 0) || !adminUrl) return null;
  const admin = new Client({ connectionString: adminUrl.replace(/\/postgres\?/, '/claimtrail?') });
  await admin.connect();
  const loaded = (await admin.query(`SHOW shared_preload_libraries`)).rows[0].shared_preload_libraries;
  if (!String(loaded).includes('pg_stat_statements')) {
    console.log('BENCH_PG_STATEMENTS: pg_stat_statements is not preloaded into this server; no report');
    await admin.end();
    return null;
  }
  await admin.query(`CREATE EXTENSION IF NOT EXISTS pg_stat_statements`);
  return {
    async reset() {
      await admin.query(`SELECT pg_stat_statements_reset()`);
    },
    async print(run, articles) {
      const { rows } = await admin.query<{
        calls: string;
        ms: number;
        blocks: string;
        read: string;
        wal: string;
        fpi: string;
        query: string;
      }>(
        `SELECT calls, total_exec_time AS ms, shared_blks_hit + shared_blks_read AS blocks,
                shared_blks_read AS read, wal_bytes AS wal, wal_fpi AS fpi, regexp_replace(query, '\\s+', ' ', 'g') AS query
           FROM pg_stat_statements ORDER BY total_exec_time DESC LIMIT $1`,
        [top],
      );
      console.log(
        `${run}: PostgreSQL's time by statement (ms per article, calls, ms per call, buffers, read, WAL KB per article, full-page images)`,
      );
      for (const r of rows)
        console.log(
          `  ${(r.ms / articles).toFixed(2).padStart(7)} ${r.calls.padStart(6)} ${(r.ms / Number(r.calls)).toFixed(1).padStart(8)} ${r.blocks.padStart(10)} ${r.read.padStart(8)} ${(Number(r.wal) / articles / 1024).toFixed(1).padStart(7)} ${r.fpi.padStart(7)}  ${r.query.slice(0, 110)}`,
        );
    },
    async close() {
      await admin.end();
    },
  };
}
