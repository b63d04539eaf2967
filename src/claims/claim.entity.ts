import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  Index,
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

// The constraints, indexes and foreign keys the migrations made, by name: the schema builder (npm run
// migration:generate, migration:check) then sees no difference. The migrations define them; these only name them,
// except the indexes a migration was generated from (those with columns), which the check compares column by column.
@Check('claims_anchor_valid', `(start_offset >= 0) AND (end_offset > start_offset)`)
@Check('claims_confidence_check', `(confidence >= 0) AND (confidence <= 1)`)
@Check('claims_extraction_provenance', `(origin = 'manual') OR (extractor_version IS NOT NULL)`)
@Check('claims_kind_check', `kind IN ('attributed', 'editorial')`)
@Check('claims_not_superseded_by_itself', `superseded_by_id <> id`)
@Check('claims_origin_check', `origin IN ('extraction', 'manual')`)
@Check('claims_quote_type_check', `quote_type IN ('direct', 'indirect', 'mixed', 'none')`)
@Check('claims_retraction_complete', `(retracted_at IS NULL) = (retraction_reason IS NULL)`)
@Check('claims_review_status_check', `review_status IN ('unreviewed', 'in-review', 'reviewed')`)
@Check('claims_supersession_complete', `(superseded_by_id IS NULL) OR (superseded_at IS NOT NULL)`)
@Check('claims_text_not_empty', `length(text) > 0`)
@Check(
  'claims_verdict_check',
  `verdict IN ('true', 'mostly-true', 'mixed', 'mostly-false', 'false', 'misleading', 'unverifiable')`,
)
@Index('claims_current_newest_idx', { synchronize: false })
@Index('claims_document_order_idx', { synchronize: false })
@Index('claims_newest_idx', { synchronize: false })
@Index('claims_search_idx', { synchronize: false })
@Index('claims_speaker_idx', { synchronize: false })
@Index('claims_kind_newest_idx', ['kind', 'createdAt', 'id'])
@Index('claims_quote_newest_idx', ['quote', 'createdAt', 'id'])
@Index('claims_status_newest_idx', ['reviewStatus', 'createdAt', 'id'])
@Index('claims_verdict_newest_idx', ['verdict', 'createdAt', 'id'], { where: 'verdict IS NOT NULL' })
@Index('claims_superseded_by_idx', { synchronize: false })
@ForeignKey(() => Claim, ['supersededById'], ['id'], {
  name: 'claims_superseded_by_id_fkey',
  onDelete: 'RESTRICT',
})
@Entity('claims')
export class Claim {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'document_id', type: 'uuid' })
  documentId: string;

  @ManyToOne(() => Document, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'document_id', foreignKeyConstraintName: 'claims_document_id_fkey' })
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
  @JoinColumn({ name: 'speaker_id', foreignKeyConstraintName: 'claims_speaker_id_fkey' })
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

  @VersionColumn({ default: 1 })
  version: number;

  @CreateDateColumn({ name: 'created_at', ...timestampColumn })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', ...timestampColumn })
  updatedAt: Date;

  /** Full-text index of the text, computed by PostgreSQL; queried in SQL, never read or written as a field. */
  @Column({
    type: 'tsvector',
    generatedType: 'STORED',
    asExpression: `to_tsvector('english', text)`,
    select: false,
    insert: false,
    update: false,
    nullable: true,
  })
  search?: never;
}
