import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source-options';

// Entry point for the TypeORM CLI (e.g. `npx typeorm-ts-node-commonjs migration:show -d src/database/data-source.ts`),
// as the owner role. Generating migrations goes through `npm run migration:generate` (src/cli/migrations.ts).
export default new DataSource(
  dataSourceOptions(
    process.env.DATABASE_OWNER_URL ?? process.env.DATABASE_URL ?? 'postgres://localhost/claimtrail',
  ),
);
