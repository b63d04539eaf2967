import { Column, Entity, PrimaryColumn } from 'typeorm';
import { timestampColumn } from '../common/timestamps';

export const AUDITED_ENTITIES = [
  'document',
  'claim',
  'speaker',
  'evidence',
  'review',
  'api-key',
  'import',
  'suggestion',
  'session',
] as const;
export type AuditedEntity = (typeof AUDITED_ENTITIES)[number];

// bigint comes back from pg as a string; sequence numbers stay far below 2^53.
const bigintAsNumber = { to: (v: number) => v, from: (v: string | null) => (v === null ? null : Number(v)) };

/** One append-only, hash-chained record of a change. Rows are never updated or deleted (a trigger refuses). */
@Entity('audit_events')
export class AuditEvent {
  @PrimaryColumn({ type: 'bigint', transformer: bigintAsNumber })
  seq: number;

  @Column({ ...timestampColumn })
  at: Date;

  @Column({ name: 'actor_name', type: 'text' })
  actorName: string;

  @Column({ name: 'actor_role', type: 'varchar', length: 12 })
  actorRole: string;

  @Column({ name: 'actor_key_id', type: 'uuid', nullable: true })
  actorKeyId: string | null;

  @Column({ type: 'varchar', length: 40 })
  action: string;

  @Column({ name: 'entity_type', type: 'varchar', length: 20 })
  entityType: AuditedEntity;

  @Column({ name: 'entity_id', type: 'uuid' })
  entityId: string;

  /** The entity an event also belongs to: a review's or evidence link's claim, so it shows in the claim's history. */
  @Column({ name: 'parent_type', type: 'varchar', length: 20, nullable: true })
  parentType: 'document' | 'claim' | 'speaker' | null;

  @Column({ name: 'parent_id', type: 'uuid', nullable: true })
  parentId: string | null;

  /** { before: {field: old}, after: {field: new} } with only the fields that changed. */
  @Column({ type: 'jsonb' })
  changes: AuditChanges;

  @Column({ name: 'prev_hash', type: 'char', length: 64 })
  prevHash: string;

  @Column({ type: 'char', length: 64 })
  hash: string;
}

export interface AuditChanges {
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  [extra: string]: unknown;
}
