import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { timestampColumn } from '../common/timestamps';
import { Role } from './roles';

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
