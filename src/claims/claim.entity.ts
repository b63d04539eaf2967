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
import { timestampColumn } from '../common/timestamps';
import { Document } from '../documents/document.entity';
import { Speaker } from '../speakers/speaker.entity';
import { ClaimKind, ClaimOrigin, QuoteType, ReviewStatus, Verdict } from './claim-enums';

@Entity('claims')
export class Claim {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'document_id', type: 'uuid' })
  documentId: string;

  @ManyToOne(() => Document, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'document_id' })
  document?: Document;

  @Column({ type: 'varchar', length: 20 })
  kind: ClaimKind;

  /** Always document.text.slice(start, end). */
  @Column('text')
  text: string;

  @Column({ name: 'start_offset', type: 'integer' })
  start: number;

  @Column({ name: 'end_offset', type: 'integer' })
  end: number;

  // W3C Web Annotation TextQuoteSelector context, to find the claim again if the text changes.
  @Column({ type: 'text', default: '' })
  prefix: string;

  @Column({ type: 'text', default: '' })
  suffix: string;

  @Column({ name: 'speaker_id', type: 'uuid', nullable: true })
  speakerId: string | null;

  @ManyToOne(() => Speaker, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'speaker_id' })
  speaker?: Speaker | null;

  /** The speaker as written at this claim ("she", "the ministry"). */
  @Column({ name: 'speaker_mention', type: 'text', nullable: true })
  speakerMention: string | null;

  /** The speaker's role as this document states it. */
  @Column({ name: 'speaker_role', type: 'text', nullable: true })
  speakerRole: string | null;

  @Column({ type: 'text', nullable: true })
  cue: string | null;

  @Column({ name: 'quote_type', type: 'varchar', length: 10 })
  quote: QuoteType;

  @Column({ type: 'varchar', length: 12 })
  origin: ClaimOrigin;

  @Column({ name: 'extractor_version', type: 'text', nullable: true })
  extractorVersion: string | null;

  @Column({ type: 'real', nullable: true })
  confidence: number | null;

  @Column({ name: 'review_status', type: 'varchar', length: 12, default: 'unreviewed' })
  reviewStatus: ReviewStatus;

  @Column({ type: 'varchar', length: 14, nullable: true })
  verdict: Verdict | null;

  /** Set when a fact-checker withdrew the item: hidden from default lists, kept with its history. */
  @Column({ name: 'retracted_at', ...timestampColumn, nullable: true })
  retractedAt: Date | null;

  @Column({ name: 'retraction_reason', type: 'text', nullable: true })
  retractionReason: string | null;

  /** Set when a re-extraction replaced this automatic claim: left out of default lists, kept readable by id. */
  @Column({ name: 'superseded_at', ...timestampColumn, nullable: true })
  supersededAt: Date | null;

  /** The claim of the newer run that took its place, when one overlaps it. */
  @Column({ name: 'superseded_by_id', type: 'uuid', nullable: true })
  supersededById: string | null;

  @VersionColumn()
  version: number;

  @CreateDateColumn({ name: 'created_at', ...timestampColumn })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', ...timestampColumn })
  updatedAt: Date;
}
