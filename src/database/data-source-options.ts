import { join } from 'node:path';
import { DataSourceOptions } from 'typeorm';

/** The one set of connection options, shared by the Nest app, the CLI, the tests and the migration CLI. */
export function dataSourceOptions(url: string, overrides: Partial<{ ssl: boolean; poolSize: number }> = {}) {
  return {
    type: 'postgres',
    url,
    ssl: overrides.ssl ? { rejectUnauthorized: false } : false,
    entities: [join(__dirname, '..', '**', '*.entity.{ts,js}')],
    migrations: [join(__dirname, 'migrations', '*.{ts,js}')],
    migrationsTableName: 'schema_migrations',
    // Schema changes only ever come from the checked-in migrations, run by the owner role before the app
    // connects (prepare-database.ts): the app's own role may not change the schema.
    synchronize: false,
    migrationsRun: false,
    extra: { max: overrides.poolSize ?? 10 },
  } satisfies DataSourceOptions;
}
