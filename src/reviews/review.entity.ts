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
} from 'typeorm';
import { ApiKey } from '../auth/api-key.entity';
import { Claim } from '../claims/claim.entity';
import { Verdict } from '../claims/claim-enums';
import { timestampColumn } from '../common/timestamps';

/** One verdict on a claim. A later review supersedes it; none is ever erased. */
// The constraints, indexes and foreign keys the migrations made, by name: the schema builder (npm run
// migration:generate, migration:check) then sees no difference. The migrations define them; these only name them.
@Check('reviews_rationale_check', `length(rationale) > 0`)
@Check('reviews_reviewer_role_check', `reviewer_role IN ('admin', 'factchecker')`)
@Check(
  'reviews_verdict_check',
  `verdict IN ('true', 'mostly-true', 'mixed', 'mostly-false', 'false', 'misleading', 'unverifiable')`,
)
@Index('reviews_claim_idx', { synchronize: false })
@Index('reviews_current_key', { synchronize: false })
@Index('reviews_reviewer_key_idx', { synchronize: false })
@ForeignKey(() => ApiKey, ['reviewerKeyId'], ['id'], {
  name: 'reviews_reviewer_key_id_fkey',
  onDelete: 'RESTRICT',
})
@ForeignKey(() => Review, ['supersededById'], ['id'], {
  name: 'reviews_superseded_by_id_fkey',
  onDelete: 'RESTRICT',
  deferrable: 'INITIALLY DEFERRED',
})
@Entity('reviews')
export class Review {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'claim_id', type: 'uuid' })
  claimId: string;

  @ManyToOne(() => Claim, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'claim_id', foreignKeyConstraintName: 'reviews_claim_id_fkey' })
  claim?: Claim;

  @Column({ type: 'varchar', length: 14 })
  verdict: Verdict;

  @Column('text')
  rationale: string;

  @Column({ name: 'reviewer_name', type: 'text' })
  reviewerName: string;

  @Column({ name: 'reviewer_role', type: 'varchar', length: 12 })
  reviewerRole: 'admin' | 'factchecker';

  @Column({ name: 'reviewer_key_id', type: 'uuid', nullable: true })
  reviewerKeyId: string | null;

  @Column({ name: 'superseded_by_id', type: 'uuid', nullable: true })
  supersededById: string | null;

  @CreateDateColumn({ name: 'created_at', ...timestampColumn })
  createdAt: Date;
}
