import { DataSource, Logger } from 'typeorm';
import { ClaimsService } from '../src/claims/claims.service';
import { ClaimFilterDto } from '../src/claims/dto/claim-query.dto';
import { dataSourceOptions } from '../src/database/data-source-options';

/** One SQL statement as the app sends it to PostgreSQL: positional parameters and their values. */
export interface Statement {
  sql: string;
  params: unknown[];
}

/**
 * The statements `GET /api/claims` runs for each filter (the page, then its evidence counts), captured from
 * ClaimsService.list itself on a DataSource that records what it sends: the benches compare against and
 * EXPLAIN the app's very SQL, not a hand-written copy that could drift from it.
 */
export async function listStatements(
  url: string,
  filters: Array<Partial<ClaimFilterDto>>,
): Promise<Statement[][]> {
  let recorded: Statement[] = [];
  const logger: Logger = {
    logQuery: (sql, params) => void recorded.push({ sql, params: params ?? [] }),
    logQueryError: () => {},
    logQuerySlow: () => {},
    logSchemaBuild: () => {},
    logMigration: () => {},
    log: () => {},
  };
  const db = new DataSource({ ...dataSourceOptions(url, { poolSize: 1 }), logger });
  await db.initialize();
  try {
    const claims = new ClaimsService(db);
    const captured: Statement[][] = [];
    for (const filter of filters) {
      recorded = [];
      // As the validation pipe hands it to the controller: a DTO instance with its defaults (limit 20).
      await claims.list(Object.assign(new ClaimFilterDto(), filter));
      captured.push(recorded);
    }
    return captured;
  } finally {
    await db.destroy();
  }
}
