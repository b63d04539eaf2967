import { AppConfig } from '../config/configuration';
import { DatabaseHandle, startEmbeddedPostgres } from './embedded-postgres';

/** The configured PostgreSQL, or the embedded one in DATA_DIR when DATABASE_URL is unset. */
export async function openDatabase(config: AppConfig): Promise<DatabaseHandle> {
  if (config.DATABASE_URL) return { url: config.DATABASE_URL, release: async () => {} };
  return startEmbeddedPostgres(config.DATA_DIR, (line) => {
    if (config.LOG_LEVEL === 'debug' || config.LOG_LEVEL === 'trace') console.error(line);
  });
}
