import {
  Column,
  CreateDateColumn,
  Entity,
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
@Entity('evidence_links')
export class EvidenceLink {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'claim_id', type: 'uuid' })
  claimId: string;

  @ManyToOne(() => Claim, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'claim_id' })
  claim?: Claim;

  @Column({ type: 'varchar', length: 12 })
  stance: EvidenceStance;

  @Column({ name: 'source_document_id', type: 'uuid', nullable: true })
  sourceDocumentId: string | null;

  @ManyToOne(() => Document, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'source_document_id' })
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

  @VersionColumn()
  version: number;

  @CreateDateColumn({ name: 'created_at', ...timestampColumn })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', ...timestampColumn })
  updatedAt: Date;
}
