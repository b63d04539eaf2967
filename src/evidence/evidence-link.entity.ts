import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { Claim } from '../claims/claim.entity';
import { timestampColumn } from '../common/timestamps';
import { Document } from '../documents/document.entity';
import { EvidenceStance } from './evidence-stance';

/** A claim linked to a corroborating, disputing or contextual source: a stored document or an external URL. */
// The constraints, indexes and foreign keys the migrations made, by name: the schema builder (npm run
// migration:generate, migration:check) then sees no difference. The migrations define them; these only name them.
@Check('evidence_anchor_complete', `(source_start IS NULL) = (source_end IS NULL)`)
@Check('evidence_anchor_in_document', `(source_start IS NULL) OR (source_document_id IS NOT NULL)`)
@Check(
  'evidence_anchor_valid',
  `(source_start IS NULL) OR ((source_start >= 0) AND (source_end > source_start))`,
)
@Check('evidence_links_stance_check', `stance IN ('corroborates', 'disputes', 'context')`)
@Check('evidence_links_retraction_complete', `(retracted_at IS NULL) = (retraction_reason IS NULL)`)
@Check('evidence_one_source', `(source_document_id IS NULL) <> (url IS NULL)`)
@Index('evidence_links_added_by_idx', { synchronize: false })
@Index('evidence_links_claim_idx', { synchronize: false })
@Index('evidence_links_source_document_idx', { synchronize: false })
@Entity('evidence_links')
export class EvidenceLink {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'claim_id', type: 'uuid' })
  claimId: string;

  @ManyToOne(() => Claim, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'claim_id', foreignKeyConstraintName: 'evidence_links_claim_id_fkey' })
  claim?: Claim;

  @Column({ type: 'varchar', length: 12 })
  stance: EvidenceStance;

  @Column({ name: 'source_document_id', type: 'uuid', nullable: true })
  sourceDocumentId: string | null;

  @ManyToOne(() => Document, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({
    name: 'source_document_id',
    foreignKeyConstraintName: 'evidence_links_source_document_id_fkey',
  })
  sourceDocument?: Document | null;

  /** Optional anchor of the supporting or disputing passage inside the source document. */
  @Column({ name: 'source_start', type: 'integer', nullable: true })
  sourceStart: number | null;

  @Column({ name: 'source_end', type: 'integer', nullable: true })
  sourceEnd: number | null;

  @Column({ name: 'source_exact', type: 'text', nullable: true })
  sourceExact: string | null;

  @Column({ type: 'text', nullable: true })
  url: string | null;

  @Column({ type: 'text', nullable: true })
  title: string | null;

  @Column({ type: 'text', nullable: true })
  publisher: string | null;

  @Column({ name: 'published_at', ...timestampColumn, nullable: true })
  publishedAt: Date | null;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  /** Who linked it: the API key's name once keys exist, "anonymous" before. */
  @Column({ name: 'added_by', type: 'text' })
  addedBy: string;

  /** Set when a fact-checker withdrew the link: left out of default lists and provenance counts, kept with its history. */
  @Column({ name: 'retracted_at', ...timestampColumn, nullable: true })
  retractedAt: Date | null;

  @Column({ name: 'retraction_reason', type: 'text', nullable: true })
  retractionReason: string | null;

  // Existing links start at version 1 (the migration's default).
  @VersionColumn({ default: 1 })
  version: number;

  @CreateDateColumn({ name: 'created_at', ...timestampColumn })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', ...timestampColumn })
  updatedAt: Date;
}
