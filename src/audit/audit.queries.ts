import { EntityManager } from 'typeorm';
import { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { AuditEvent } from './audit-event.entity';
import { Checkpoint } from './chain-verification';

// The audit trail's SQL: each query a named function taking the caller's EntityManager, so the service
// speaks in events and checkpoints and never sees driver result shapes.

// Any constant works; it only has to be the same for every writer of the chain.
export const CHAIN_LOCK = 0x636c6169; // "clai"
const INSERT_CHUNK = 1000;

const HISTORY_TABLES: Record<'document' | 'claim' | 'speaker', string> = {
  document: 'documents',
  claim: 'claims',
  speaker: 'speakers',
};

/** Takes the chain's lock until the caller's transaction ends: appends are serialised (no forks). */
export async function lockChain(em: EntityManager): Promise<void> {
  await em.query('SELECT pg_advisory_xact_lock($1)', [CHAIN_LOCK]);
}

/** The last event's sequence number and hash; null when the chain is empty. */
export async function chainHead(em: EntityManager): Promise<Checkpoint | null> {
  const last: Array<{ seq: string; hash: string }> = await em.query(
    'SELECT seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1',
  );
  return last.length ? { seq: Number(last[0].seq), hash: last[0].hash } : null;
}

/** Appends events as they are; in chunks, which keep bind parameters under PostgreSQL's limit. */
export async function insertEvents(em: EntityManager, events: AuditEvent[]): Promise<void> {
  for (let i = 0; i < events.length; i += INSERT_CHUNK) {
    const chunk = events.slice(i, i + INSERT_CHUNK) as QueryDeepPartialEntity<AuditEvent>[];
    await em.createQueryBuilder().insert().into(AuditEvent).values(chunk).updateEntity(false).execute();
  }
}

/**
 * Every event about an entity, oldest first: its own and its children's (parent), and for a claim or speaker
 * the extraction events of documents that name it.
 */
export function eventsAbout(
  em: EntityManager,
  entityType: 'document' | 'claim' | 'speaker',
  id: string,
): Promise<AuditEvent[]> {
  const qb = em
    .createQueryBuilder(AuditEvent, 'a')
    .where('(a.entityType = :entityType AND a.entityId = :id)', { entityType, id })
    .orWhere('(a.parentType = :entityType AND a.parentId = :id)');
  // Where it came from: the extraction (ingest or re-extraction) event of its document that names it.
  if (entityType === 'claim') {
    qb.orWhere(
      `(a.entityType = 'document' AND a.entityId = (SELECT document_id FROM claims WHERE id = :id)
        AND (a.changes->'after'->'claimIds' @> jsonb_build_array(:id::text)
             OR a.changes->'after'->'supersededClaimIds' @> jsonb_build_array(:id::text)))`,
    );
  }
  if (entityType === 'speaker') {
    qb.orWhere(
      `(a.entityType = 'document' AND a.changes->'after'->'speakerIds' @> jsonb_build_array(:id::text))`,
    );
  }
  return qb.orderBy('a.seq', 'ASC').getMany();
}

/** Whether a document, claim or speaker with this id exists. */
export async function auditedEntityExists(
  em: EntityManager,
  entityType: 'document' | 'claim' | 'speaker',
  id: string,
): Promise<boolean> {
  const found: unknown[] = await em.query(`SELECT 1 FROM ${HISTORY_TABLES[entityType]} WHERE id = $1`, [id]);
  return found.length > 0;
}

/** Up to `limit` events after sequence number `after`, in order. */
export function eventsAfter(em: EntityManager, after: number, limit: number): Promise<AuditEvent[]> {
  return em
    .createQueryBuilder(AuditEvent, 'a')
    .where('a.seq > :after', { after })
    .orderBy('a.seq', 'ASC')
    .limit(limit)
    .getMany();
}
