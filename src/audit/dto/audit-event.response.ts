import { ApiProperty } from '@nestjs/swagger';
import { AUDITED_ENTITIES, AuditedEntity, AuditEvent } from '../audit-event.entity';

export class AuditActorResponse {
  @ApiProperty({ description: 'The API key’s name; "system" or "cli:<user>" outside requests' })
  name: string;

  @ApiProperty({ enum: ['admin', 'factchecker', 'researcher', 'anonymous', 'system'] })
  role: string;
}

export class AuditParentResponse {
  @ApiProperty({ enum: ['document', 'claim', 'speaker'] })
  type: string;

  @ApiProperty({ format: 'uuid' })
  id: string;
}

export class AuditEventResponse {
  @ApiProperty({ description: 'Position in the audit chain' })
  seq: number;

  @ApiProperty({ type: String, format: 'date-time' })
  at: string;

  @ApiProperty({ type: AuditActorResponse })
  actor: AuditActorResponse;

  @ApiProperty({ example: 'update' })
  action: string;

  @ApiProperty({ enum: AUDITED_ENTITIES })
  entityType: AuditedEntity;

  @ApiProperty({ format: 'uuid' })
  entityId: string;

  @ApiProperty({
    type: AuditParentResponse,
    nullable: true,
    description: 'The claim a review or evidence event belongs to',
  })
  parent: AuditParentResponse | null;

  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: '{ before, after }: the changed fields and their values before and after',
  })
  changes: Record<string, unknown>;

  @ApiProperty({ description: 'SHA-256 of the previous event' })
  prevHash: string;

  @ApiProperty({ description: 'SHA-256 of this event’s content and prevHash' })
  hash: string;
}

export class AuditHistoryResponse {
  @ApiProperty({ type: [AuditEventResponse] })
  items: AuditEventResponse[];
}

export function toAuditEventResponse(event: AuditEvent): AuditEventResponse {
  return {
    seq: event.seq,
    at: event.at.toISOString(),
    actor: { name: event.actorName, role: event.actorRole },
    action: event.action,
    entityType: event.entityType,
    entityId: event.entityId,
    parent: event.parentType && event.parentId ? { type: event.parentType, id: event.parentId } : null,
    changes: event.changes,
    prevHash: event.prevHash,
    hash: event.hash,
  };
}
