import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Claim } from '../claims/claim.entity';
import { Verdict } from '../claims/claim-enums';
import { timestampColumn } from '../common/timestamps';

/** One verdict on a claim. A later review supersedes it; none is ever erased. */
@Entity('reviews')
export class Review {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'claim_id', type: 'uuid' })
  claimId: string;

  @ManyToOne(() => Claim, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'claim_id' })
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
