import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { timestampColumn } from '../common/timestamps';
import { SpeakerKind } from './speaker-kind';

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

  @VersionColumn()
  version: number;

  @CreateDateColumn({ name: 'created_at', ...timestampColumn })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', ...timestampColumn })
  updatedAt: Date;
}
