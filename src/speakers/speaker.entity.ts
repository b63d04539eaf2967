import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { timestampColumn } from '../common/timestamps';
import { Document } from '../documents/document.entity';
import { SpeakerKind } from './speaker-kind';

// The constraints, indexes and foreign keys the migrations made, by name: the schema builder (npm run
// migration:generate, migration:check) then sees no difference. The migrations define them; these only name them.
@Check('speakers_kind_check', `kind IN ('person', 'organization', 'government', 'outlet', 'unnamed-group')`)
@Check('speakers_merge_complete', `(merged_into_id IS NULL) = (merged_at IS NULL)`)
@Check('speakers_name_check', `length(name) > 0`)
@Check('speakers_not_merged_into_itself', `merged_into_id <> id`)
@Index('speakers_alias_keys_idx', { synchronize: false })
@Index('speakers_global_key', { synchronize: false })
@Index('speakers_merged_into_idx', { synchronize: false })
@Index('speakers_name_order_idx', { synchronize: false })
@Index('speakers_name_trgm_idx', { synchronize: false })
@Index('speakers_scoped_key', { synchronize: false })
@ForeignKey(() => Speaker, ['mergedIntoId'], ['id'], {
  name: 'speakers_merged_into_id_fkey',
  onDelete: 'RESTRICT',
})
@ForeignKey(() => Document, ['scopeDocumentId'], ['id'], {
  name: 'speakers_scope_document_id_fkey',
  onDelete: 'CASCADE',
})
@Entity('speakers')
export class Speaker {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('text')
  name: string;

  /** Lower-cased, accent- and punctuation-free name: the key that resolves mentions across documents. */
  @Column({ name: 'name_key', type: 'text' })
  nameKey: string;

  @Column({ type: 'varchar', length: 20 })
  kind: SpeakerKind;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  aliases: string[];

  @Column({ name: 'alias_keys', type: 'text', array: true, default: () => "'{}'" })
  aliasKeys: string[];

  @Column({ type: 'text', nullable: true })
  role: string | null;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  /** e.g. a Wikidata QID. */
  @Column({ name: 'external_id', type: 'text', nullable: true })
  externalId: string | null;

  /**
   * Unnamed groups ("observers", "a senior official") mean different people in different documents,
   * so they belong to the document that mentions them and are never merged across documents.
   */
  @Column({ name: 'scope_document_id', type: 'uuid', nullable: true })
  scopeDocumentId: string | null;

  /** Set when an admin merged this speaker into another: its id answers with a redirect to that one. */
  @Column({ name: 'merged_into_id', type: 'uuid', nullable: true })
  mergedIntoId: string | null;

  @Column({ name: 'merged_at', ...timestampColumn, nullable: true })
  mergedAt: Date | null;

  @VersionColumn({ default: 1 })
  version: number;

  @CreateDateColumn({ name: 'created_at', ...timestampColumn })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', ...timestampColumn })
  updatedAt: Date;
}
