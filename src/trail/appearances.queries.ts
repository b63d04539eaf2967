// The SQL that reads the trail: a statement's appearances (the trail endpoint) and, for reports, each claim's first
// appearance and independent sources. Named functions over the caller's EntityManager.
import { EntityManager } from 'typeorm';

export interface TrailRow {
  claimId: string;
  documentId: string;
  publisher: string | null;
  publishedAt: Date | null;
  copyOfId: string | null;
}

/**
 * The appearances of one statement: live claims (and the asked one whatever its state), by publication time,
 * then ingest order.
 */
export async function statementAppearances(em: EntityManager, claimId: string): Promise<TrailRow[]> {
  return em.query(
    `SELECT t.claim_id AS "claimId", t.document_id AS "documentId", d.publisher,
            d.published_at AS "publishedAt", d.copy_of_id AS "copyOfId"
       FROM trail_claims me
       JOIN trail_claims t ON t.statement_id = me.statement_id
       JOIN claims c ON c.id = t.claim_id
       JOIN documents d ON d.id = t.document_id
      WHERE me.claim_id = $1
        AND (t.claim_id = $1 OR (c.retracted_at IS NULL AND c.superseded_at IS NULL AND d.retracted_at IS NULL))
      ORDER BY d.published_at NULLS LAST, d.created_at, t.ingest_seq`,
    [claimId],
  );
}

/** One claim as a trail item, for a claim the trail has not indexed. */
export async function singleAppearance(em: EntityManager, claimId: string): Promise<TrailRow[]> {
  return em.query(
    `SELECT c.id AS "claimId", c.document_id AS "documentId", d.publisher,
            d.published_at AS "publishedAt", d.copy_of_id AS "copyOfId"
       FROM claims c JOIN documents d ON d.id = c.document_id WHERE c.id = $1`,
    [claimId],
  );
}

/**
 * For reports: each claim's first appearance and its count of independent sources, as the trail endpoint
 * counts them, for a batch of claims: one query for the members of their statements (by the statement
 * index), counted here, so a batch costs the same however the planner sees a freshly filled table.
 */
export async function trailSummaries(
  em: EntityManager,
  claimIds: string[],
): Promise<Map<string, { firstSeenDocumentId: string; independentSources: number }>> {
  const rows: Array<{
    asked: string | null;
    statementId: string;
    claimId: string;
    documentId: string;
    publisher: string | null;
    copyOfId: string | null;
    live: boolean;
  }> = await em.query(
    `WITH asked AS (SELECT claim_id, statement_id FROM trail_claims WHERE claim_id = ANY($1))
     SELECT a.claim_id AS asked, t.statement_id AS "statementId", t.claim_id AS "claimId",
            t.document_id AS "documentId", d.publisher, d.copy_of_id AS "copyOfId",
            (c.retracted_at IS NULL AND c.superseded_at IS NULL AND d.retracted_at IS NULL) AS live
       FROM trail_claims t
       JOIN claims c ON c.id = t.claim_id
       JOIN documents d ON d.id = t.document_id
       LEFT JOIN asked a ON a.claim_id = t.claim_id
      WHERE t.statement_id IN (SELECT statement_id FROM asked)
      ORDER BY t.statement_id, d.published_at NULLS LAST, d.created_at, t.ingest_seq`,
    [claimIds],
  );
  const byStatement = new Map<string, typeof rows>();
  for (const row of rows) {
    const members = byStatement.get(row.statementId);
    if (members) members.push(row);
    else byStatement.set(row.statementId, [row]);
  }
  const summaries = new Map<string, { firstSeenDocumentId: string; independentSources: number }>();
  for (const row of rows) {
    if (!row.asked) continue;
    // The asked claim counts whatever its state, as in its trail.
    const members = byStatement.get(row.statementId)!.filter((m) => m.live || m.claimId === row.asked);
    const sources = new Set(
      members.filter((m) => !m.copyOfId).map((m) => m.publisher ?? `document:${m.documentId}`),
    );
    summaries.set(row.asked, {
      firstSeenDocumentId: members[0].documentId,
      independentSources: sources.size,
    });
  }
  return summaries;
}
