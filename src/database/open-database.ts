import { AppConfig } from '../config/configuration';
import { DatabaseHandle, startEmbeddedPostgres } from './embedded-postgres';

/**
 * The configured PostgreSQL, or the embedded one in DATA_DIR when DATABASE_URL is unset; `join` lets
 * a short-lived command use the embedded server a running service owns.
 */
export async function openDatabase(config: AppConfig, { join }: { join: boolean }): Promise<DatabaseHandle> {
  if (config.DATABASE_URL) return { url: config.DATABASE_URL, release: async () => {} };
  return startEmbeddedPostgres(config.DATA_DIR, {
    join,
    log: (line) => {
      if (config.LOG_LEVEL === 'debug' || config.LOG_LEVEL === 'trace') console.error(line);
    },
  });
}
