import { join } from 'node:path';
import { DataSourceOptions } from 'typeorm';

/** The one set of connection options, shared by the Nest app, the CLI, the tests and the migration CLI. */
export interface ConnectionOverrides {
  ssl: boolean;
  poolSize: number;
  /** statement_timeout in ms (0: none); unset leaves the server's default (migrations may run long). */
  statementTimeoutMs: number;
  /** idle_in_transaction_session_timeout in ms (0: none). */
  idleTransactionTimeoutMs: number;
  /**
   * A read replica: TypeORM then keeps a second pool; only reads asked for on it (`onReplica`) use it,
   * everything else (every write, and reads that must see them) stays on `url`.
   */
  readUrl: string;
}

export function dataSourceOptions(url: string, overrides: Partial<ConnectionOverrides> = {}) {
  const connection = overrides.readUrl
    ? {
        replication: {
          master: { url },
          slaves: [{ url: overrides.readUrl }],
          defaultMode: 'master' as const,
        },
      }
    : { url };
  return {
    type: 'postgres',
    ...connection,
    ssl: overrides.ssl ? { rejectUnauthorized: false } : false,
    entities: [join(__dirname, '..', '**', '*.entity.{ts,js}')],
    migrations: [join(__dirname, 'migrations', '*.{ts,js}')],
    migrationsTableName: 'schema_migrations',
    // Schema changes only ever come from the checked-in migrations, run by the owner role before the app
    // connects (prepare-database.ts): the app's own role may not change the schema.
    synchronize: false,
    migrationsRun: false,
    extra: {
      max: overrides.poolSize ?? 10,
      // A runaway query, or a transaction its client abandoned, cannot hold a pooled connection for ever.
      ...(overrides.statementTimeoutMs ? { statement_timeout: overrides.statementTimeoutMs } : {}),
      ...(overrides.idleTransactionTimeoutMs
        ? { idle_in_transaction_session_timeout: overrides.idleTransactionTimeoutMs }
        : {}),
    },
  } satisfies DataSourceOptions;
}
