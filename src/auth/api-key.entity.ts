import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { timestampColumn } from '../common/timestamps';
import { Role } from './roles';

// The constraints, indexes and foreign keys the migrations made, by name: the schema builder (npm run
// migration:generate, migration:check) then sees no difference. The migrations define them; these only name them.
@Check('api_keys_name_check', `length(name) > 0`)
@Check('api_keys_role_check', `role IN ('admin', 'factchecker', 'researcher')`)
@Index('api_keys_newest_idx', { synchronize: false })
@Unique('api_keys_key_hash_key', ['keyHash'])
@Entity('api_keys')
export class ApiKey {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('text')
  name: string;

  @Column({ type: 'varchar', length: 12 })
  role: Role;

  /** SHA-256 (hex) of the key; the key itself is never stored. */
  @Column({ name: 'key_hash', type: 'char', length: 64, select: false })
  keyHash: string;

  /** The first characters of the key, so people can tell their keys apart. */
  @Column({ type: 'varchar', length: 16 })
  prefix: string;

  @Column({ name: 'created_by', type: 'text' })
  createdBy: string;

  @CreateDateColumn({ name: 'created_at', ...timestampColumn })
  createdAt: Date;

  @Column({ name: 'revoked_at', ...timestampColumn, nullable: true })
  revokedAt: Date | null;
}
