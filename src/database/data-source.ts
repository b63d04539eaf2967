import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source-options';

// Entry point for the TypeORM CLI (migration:generate / migration:show), as the owner role.
export default new DataSource(
  dataSourceOptions(
    process.env.DATABASE_OWNER_URL ?? process.env.DATABASE_URL ?? 'postgres://localhost/claimtrail',
  ),
);
