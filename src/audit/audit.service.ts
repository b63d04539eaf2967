import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Actor } from '../auth/roles';
import { EntityNotFound } from '../common/domain-errors';
import { AuditChanges, AuditedEntity, AuditEvent } from './audit-event.entity';
import { canonicalJson, eventHash, GENESIS_HASH } from './audit-hash';
import { ChainReport, ChainWalker, Checkpoint } from './chain-verification';
import {
  auditedEntityExists,
  chainHead,
  eventsAbout,
  eventsAfter,
  insertEvents,
  lockChain,
} from './audit.queries';
import { AuditEventResponse, toAuditEventResponse } from './dto/audit-event.response';

export interface AuditEntry {
  actor: Actor;
  /** A verb: create, update, retract, merge, review, revoke… */
  action: string;
  entityType: AuditedEntity;
  entityId: string;
  parent?: { type: 'document' | 'claim' | 'speaker'; id: string };
  changes: AuditChanges;
}

const VERIFY_BATCH = 1000;

/** The fields among `fields` whose values differ, as { before, after }. */
export function changedFields<T extends object>(before: T, after: T, fields: Array<keyof T>): AuditChanges {
  const was: Record<string, unknown> = {};
  const now: Record<string, unknown> = {};
  for (const field of fields) {
    if (canonicalJson(before[field]) !== canonicalJson(after[field])) {
      was[field as string] = before[field] ?? null;
      now[field as string] = after[field] ?? null;
    }
  }
  return { before: was, after: now };
}

@Injectable()
export class AuditService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * Appends one event inside the caller's transaction, so the change and its record commit together.
   * Call it after the transaction's other writes: the chain lock is held until commit, and taking it
   * last keeps row locks and the chain lock in one order across transactions (no deadlocks).
   */
  async record(em: EntityManager, entry: AuditEntry): Promise<void> {
    await this.recordMany(em, [entry]);
  }

  async recordMany(em: EntityManager, entries: AuditEntry[]): Promise<void> {
    if (entries.length === 0) return;
    if (!em.queryRunner?.isTransactionActive)
      throw new Error('audit events are recorded inside the change’s transaction');
    // Serialises appends: two transactions must never both extend the same last event (a fork).
    await lockChain(em);
    const last = await chainHead(em);
    let seq = last ? last.seq : 0;
    let prevHash = last ? last.hash : GENESIS_HASH;
    const at = new Date();
    const rows = entries.map((entry) => {
      seq += 1;
      // Through JSON once, so the hash covers exactly what jsonb will give back (dates as ISO strings), and
      // ids as the uuid columns store them (lowercase), whatever case a caller passed.
      const changes = JSON.parse(JSON.stringify(entry.changes)) as AuditChanges;
      const entityId = entry.entityId.toLowerCase();
      const parent = entry.parent && { type: entry.parent.type, id: entry.parent.id.toLowerCase() };
      const hash = eventHash({
        seq,
        prevHash,
        actor: { name: entry.actor.name, role: entry.actor.role, keyId: entry.actor.keyId },
        action: entry.action,
        entityType: entry.entityType,
        entityId,
        parent: parent ?? null,
        changes,
        at: at.toISOString(),
      });
      const row: AuditEvent = {
        seq,
        at,
        actorName: entry.actor.name,
        actorRole: entry.actor.role,
        actorKeyId: entry.actor.keyId,
        action: entry.action,
        entityType: entry.entityType,
        entityId,
        parentType: parent?.type ?? null,
        parentId: parent?.id ?? null,
        changes,
        prevHash,
        hash,
      };
      prevHash = hash;
      return row;
    });
    // A merge can move thousands of claims: insertEvents chunks them.
    await insertEvents(em, rows);
  }

  /** Every event about an entity (and about its reviews and evidence, for a claim), oldest first. */
  async historyOf(entityType: 'document' | 'claim' | 'speaker', id: string): Promise<AuditEventResponse[]> {
    const events = await eventsAbout(this.db.manager, entityType, id);
    if (events.length === 0) {
      // An entity whose history is empty still exists (created before auditing began); an unknown id is a 404.
      const exists = await auditedEntityExists(this.db.manager, entityType, id);
      if (!exists) throw new EntityNotFound(entityType, id);
    }
    return events.map(toAuditEventResponse);
  }

  /**
   * Recomputes every hash in order and lists every break; each checkpoint (a head an operator kept
   * elsewhere) must still be in the chain with the same hash.
   */
  async verifyChain(checkpoints: Checkpoint[] = []): Promise<ChainReport> {
    const walker = new ChainWalker(checkpoints);
    let after = 0;
    for (;;) {
      const batch = await eventsAfter(this.db.manager, after, VERIFY_BATCH);
      for (const event of batch) walker.visit(event);
      if (batch.length < VERIFY_BATCH) return walker.finish();
      after = batch[batch.length - 1].seq;
    }
  }

  /** The last event's sequence number and hash: a checkpoint to keep outside the database. */
  async head(): Promise<Checkpoint> {
    return (await chainHead(this.db.manager)) ?? { seq: 0, hash: GENESIS_HASH };
  }
}
