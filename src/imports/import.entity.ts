import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { timestampColumn } from '../common/timestamps';

export const IMPORT_STATUSES = ['queued', 'running', 'done', 'failed', 'cancelled'] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];

/** A line that could not be stored, by its line number in the uploaded file. */
export interface ImportLineError {
  line: number;
  message: string;
}

/** One bulk import: its counters move as workers store its batches. */
// The constraints and index the migration made, by name, so the schema builder (migration:check) sees no drift.
@Check('imports_status_check', `status IN ('queued', 'running', 'done', 'failed', 'cancelled')`)
@Check('imports_total_check', `total >= 0`)
@Check('imports_processed_check', `processed >= 0`)
@Check('imports_created_check', `created >= 0`)
@Check('imports_duplicates_check', `duplicates >= 0`)
@Check('imports_failed_check', `failed >= 0`)
@Check('imports_errors_check', `jsonb_typeof(errors) = 'array'`)
@Index('imports_newest_idx', { synchronize: false })
@Entity('imports')
export class Import {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 12, default: 'queued' })
  status: ImportStatus;

  @Column({ type: 'text', nullable: true })
  source: string | null;

  @Column({ name: 'actor_name', type: 'text' })
  actorName: string;

  @Column({ name: 'actor_role', type: 'varchar', length: 12 })
  actorRole: string;

  @Column({ name: 'actor_key_id', type: 'uuid', nullable: true })
  actorKeyId: string | null;

  @Column({ type: 'integer', default: 0 })
  total: number;

  @Column({ type: 'integer', default: 0 })
  processed: number;

  @Column({ type: 'integer', default: 0 })
  created: number;

  @Column({ type: 'integer', default: 0 })
  duplicates: number;

  @Column({ type: 'integer', default: 0 })
  failed: number;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  errors: ImportLineError[];

  @Column({ name: 'created_at', ...timestampColumn, default: () => 'now()' })
  createdAt: Date;

  @Column({ name: 'started_at', ...timestampColumn, nullable: true })
  startedAt: Date | null;

  @Column({ name: 'finished_at', ...timestampColumn, nullable: true })
  finishedAt: Date | null;
}
