import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  Index,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
} from 'typeorm';
import { timestampColumn } from '../common/timestamps';
import { DocumentKind } from './document-kind';

// The constraints, indexes and foreign keys the migrations made, by name: the schema builder (npm run
// migration:generate, migration:check) then sees no difference. The migrations define them; these only name them.
@Check(
  'documents_kind_check',
  `kind IN ('article', 'transcript', 'press-release', 'report', 'social-post', 'other')`,
)
@Check('documents_not_own_copy', `copy_of_id <> id`)
@Check('documents_metadata_object', `jsonb_typeof(metadata) = 'object'`)
@Check('documents_retraction_complete', `(retracted_at IS NULL) = (retraction_reason IS NULL)`)
@Index('documents_copy_of_idx', { synchronize: false })
@Index('documents_kind_idx', { synchronize: false })
@Index('documents_live_newest_idx', { synchronize: false })
@Index('documents_newest_idx', { synchronize: false })
@Index('documents_published_at_idx', { synchronize: false })
@Index('documents_publisher_idx', { synchronize: false })
@Index('documents_retracted_idx', { synchronize: false })
@Index('documents_title_trgm_idx', { synchronize: false })
@Unique('documents_content_hash_key', ['contentHash'])
@ForeignKey(() => Document, ['copyOfId'], ['id'], {
  name: 'documents_copy_of_id_fkey',
  onDelete: 'SET NULL',
})
@Entity('documents')
export class Document {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('text')
  title: string;

  /** Stored exactly as received: claim anchors are offsets into it. */
  @Column('text')
  text: string;

  @Column({ name: 'content_hash', type: 'char', length: 64 })
  contentHash: string;

  @Column({ type: 'text', nullable: true })
  url: string | null;

  @Column({ type: 'text', nullable: true })
  publisher: string | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  authors: string[];

  @Column({ type: 'varchar', length: 35, nullable: true })
  language: string | null;

  @Column({ type: 'varchar', length: 20, default: 'article' })
  kind: DocumentKind;

  @Column({ name: 'published_at', ...timestampColumn, nullable: true })
  publishedAt: Date | null;

  @Column({ name: 'retrieved_at', ...timestampColumn, nullable: true })
  retrievedAt: Date | null;

  /** The earliest-published stored document this one reproduces (a syndicated copy), set by the trail. */
  @Column({ name: 'copy_of_id', type: 'uuid', nullable: true })
  copyOfId: string | null;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  metadata: Record<string, unknown>;

  /** Set when a fact-checker withdrew the item: hidden from default lists, kept with its history. */
  @Column({ name: 'retracted_at', ...timestampColumn, nullable: true })
  retractedAt: Date | null;

  @Column({ name: 'retraction_reason', type: 'text', nullable: true })
  retractionReason: string | null;

  @CreateDateColumn({ name: 'created_at', ...timestampColumn })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', ...timestampColumn })
  updatedAt: Date;
}
