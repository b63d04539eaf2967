import { Check, Column, Entity, ForeignKey, Index, PrimaryColumn, Unique } from 'typeorm';
import { ApiKey } from '../auth/api-key.entity';
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
// The constraints, indexes and foreign keys the migrations made, by name: the schema builder (npm run
// migration:generate, migration:check) then sees no difference. The migrations define them; these only name them.
@Check(
  'audit_events_actor_role_check',
  `actor_role IN ('admin', 'factchecker', 'researcher', 'anonymous', 'system')`,
)
@Check(
  'audit_events_entity_type_check',
  `entity_type IN ('document', 'claim', 'speaker', 'evidence', 'review', 'api-key', 'import', 'suggestion', 'session')`,
)
@Check('audit_events_parent_complete', `(parent_type IS NULL) = (parent_id IS NULL)`)
@Check('audit_events_parent_type_check', `parent_type IN ('document', 'claim', 'speaker')`)
@Check('audit_events_seq_check', `seq > 0`)
@Index('audit_events_actor_key_idx', { synchronize: false })
@Index('audit_events_entity_idx', { synchronize: false })
@Index('audit_events_parent_idx', { synchronize: false })
@Index('audit_events_speaker_ids_idx', { synchronize: false })
@Unique('audit_events_hash_key', ['hash'])
@ForeignKey(() => ApiKey, ['actorKeyId'], ['id'], {
  name: 'audit_events_actor_key_id_fkey',
  onDelete: 'RESTRICT',
})
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
