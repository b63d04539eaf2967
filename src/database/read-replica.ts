import { DataSource, EntityManager, ObjectLiteral, SelectQueryBuilder } from 'typeorm';

/**
 * Runs reads on the read replica (DATABASE_READ_URL) when one is configured, else on the primary: lists
 * and reports, which may lag a moment behind a write. The connection goes back to its pool afterwards.
 */
export async function onReplica<T>(db: DataSource, work: (em: EntityManager) => Promise<T>): Promise<T> {
  const runner = db.createQueryRunner('slave');
  try {
    return await work(runner.manager);
  } finally {
    await runner.release();
  }
}

/** The rows of a list query, read on the replica (see onReplica). */
export function manyOnReplica<E extends ObjectLiteral>(
  db: DataSource,
  query: SelectQueryBuilder<E>,
): Promise<E[]> {
  return onReplica(db, (em) => query.setQueryRunner(em.queryRunner!).getMany());
}
