import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { timestampColumn } from '../common/timestamps';

export const IMPORT_STATUSES = ['queued', 'running', 'done', 'failed', 'cancelled'] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];

/** A line that could not be stored, by its line number in the uploaded file. */
export interface ImportLineError {
  line: number;
  message: string;
}

/** One bulk import: its counters move as workers store its batches. */
@Entity('imports')
export class Import {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 12 })
  status: ImportStatus;

  @Column({ type: 'text', nullable: true })
  source: string | null;

  @Column({ name: 'actor_name', type: 'text' })
  actorName: string;

  @Column({ name: 'actor_role', type: 'varchar', length: 12 })
  actorRole: string;

  @Column({ name: 'actor_key_id', type: 'uuid', nullable: true })
  actorKeyId: string | null;

  @Column({ type: 'integer' })
  total: number;

  @Column({ type: 'integer' })
  processed: number;

  @Column({ type: 'integer' })
  created: number;

  @Column({ type: 'integer' })
  duplicates: number;

  @Column({ type: 'integer' })
  failed: number;

  @Column({ type: 'jsonb' })
  errors: ImportLineError[];

  @Column({ name: 'created_at', ...timestampColumn })
  createdAt: Date;

  @Column({ name: 'started_at', ...timestampColumn, nullable: true })
  startedAt: Date | null;

  @Column({ name: 'finished_at', ...timestampColumn, nullable: true })
  finishedAt: Date | null;
}
