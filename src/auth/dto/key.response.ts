import { ApiProperty } from '@nestjs/swagger';
import { ApiKey } from '../api-key.entity';
import { ROLES, Role } from '../roles';

export class KeyResponse {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  name: string;

  @ApiProperty({ enum: ROLES })
  role: Role;

  @ApiProperty({ description: 'The first characters of the key, to tell keys apart', example: 'ct_3kQ9' })
  prefix: string;

  @ApiProperty()
  createdBy: string;

  @ApiProperty({ type: String, format: 'date-time' })
  createdAt: string;

  @ApiProperty({ nullable: true, type: String, format: 'date-time' })
  revokedAt: string | null;
}

export class CreatedKeyResponse extends KeyResponse {
  @ApiProperty({ description: 'The key itself, shown this once; only its hash is stored' })
  key: string;
}

export class KeyListResponse {
  @ApiProperty({ type: [KeyResponse] })
  items: KeyResponse[];
}

export function toKeyResponse(key: ApiKey): KeyResponse {
  return {
    id: key.id,
    name: key.name,
    role: key.role,
    prefix: key.prefix,
    createdBy: key.createdBy,
    createdAt: key.createdAt.toISOString(),
    revokedAt: key.revokedAt ? key.revokedAt.toISOString() : null,
  };
}
