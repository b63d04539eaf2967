import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditEntry, AuditService, changedFields } from '../audit/audit.service';
import { Actor } from '../auth/roles';
import { DomainError, EntityNotFound, StaleVersion } from '../common/domain-errors';
import { SpeakerResponse, toSpeakerResponse } from './dto/speaker.response';
import { TrailService } from '../trail/trail.service';
import { UpdateSpeakerDto } from './dto/update-speaker.dto';
import { speakerNameKey } from './speaker-name';
import { Speaker } from './speaker.entity';
import {
  lockSpeakers,
  markMerged,
  reassignClaims,
  speakerById,
  speakerNamed,
  updateSpeaker,
} from './speakers.queries';

const AUDITED = ['name', 'kind', 'role', 'description', 'aliases', 'externalId'] as const;
type SpeakerSnapshot = Pick<Speaker, (typeof AUDITED)[number]>;

const snapshot = (speaker: SpeakerSnapshot): SpeakerSnapshot =>
  Object.fromEntries(AUDITED.map((field) => [field, speaker[field]])) as SpeakerSnapshot;

/** Aliases without repeats (by name key) and without the speaker's own name. */
function distinctAliases(nameKey: string, aliases: string[]): { aliases: string[]; aliasKeys: string[] } {
  const seen = new Map<string, string>();
  for (const alias of aliases.map((a) => a.trim()).filter(Boolean)) {
    const key = speakerNameKey(alias);
    if (key && key !== nameKey && !seen.has(key)) seen.set(key, alias);
  }
  return { aliases: [...seen.values()], aliasKeys: [...seen.keys()] };
}

/** Fact-checkers' corrections to speakers, and admins' merging of duplicates. */
@Injectable()
export class SpeakerEditsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly trail: TrailService,
  ) {}

  async update(
    id: string,
    input: UpdateSpeakerDto,
    expected: number | undefined,
    actor: Actor,
  ): Promise<SpeakerResponse> {
    return this.db.transaction(async (em) => {
      const before = await this.lock(em, [id]).then((rows) => rows[0]);
      if (expected !== undefined && before.version !== expected)
        throw new StaleVersion('speaker', id, expected, before.version);
      const name = input.name?.trim() ?? before.name;
      const kind = input.kind ?? before.kind;
      const nameKey = speakerNameKey(name);
      if (!nameKey)
        throw new DomainError('conflict', `"${name}" has no letters or digits to identify a speaker by`);
      // A renamed speaker keeps its former name as an alias (unless the edit lists the aliases itself), so
      // documents that use that name, re-extracted or new, still resolve to it.
      const renamed = nameKey !== before.nameKey ? [...before.aliases, before.name] : before.aliases;
      const { aliases, aliasKeys } = distinctAliases(nameKey, input.aliases ?? renamed);
      const after: SpeakerSnapshot = {
        name,
        kind,
        aliases,
        role: input.role !== undefined ? input.role : before.role,
        description: input.description !== undefined ? input.description : before.description,
        externalId: input.externalId !== undefined ? input.externalId : before.externalId,
      };
      const changes = changedFields(snapshot(before), after, [...AUDITED]);
      if (Object.keys(changes.after ?? {}).length === 0) return toSpeakerResponse(before);
      if (nameKey !== before.nameKey || kind !== before.kind)
        await this.refuseDuplicate(em, before, kind, nameKey);

      await updateSpeaker(em, id, { ...after, nameKey, aliasKeys });
      // The trail matches speakers by name: its claims follow the new one.
      if (nameKey !== before.nameKey || kind !== before.kind) await this.trail.rekeySpeaker(em, id);
      await this.audit.record(em, { actor, action: 'update', entityType: 'speaker', entityId: id, changes });
      return toSpeakerResponse(await this.reload(em, id));
    });
  }

  /**
   * Merges the duplicate into `intoId`: its claims move over, its name and aliases become aliases of
   * the survivor (in the claim trail too), and the duplicate row stays, marked merged into it, so its id
   * keeps answering (a redirect to the survivor) and its history stays readable.
   */
  async merge(duplicateId: string, intoId: string, actor: Actor): Promise<SpeakerResponse> {
    if (duplicateId === intoId) throw new DomainError('conflict', 'a speaker cannot be merged into itself');
    return this.db.transaction(async (em) => {
      const rows = await this.lock(em, [duplicateId, intoId]);
      const duplicate = rows.find((s) => s.id === duplicateId)!;
      const into = rows.find((s) => s.id === intoId)!;

      const moved = await reassignClaims(em, duplicateId, intoId);
      const merged = distinctAliases(into.nameKey, [...into.aliases, duplicate.name, ...duplicate.aliases]);
      await updateSpeaker(em, intoId, merged);
      await markMerged(em, duplicateId, intoId);
      await this.trail.rekeyClaims(em, moved);

      const events: AuditEntry[] = [
        {
          actor,
          action: 'merge',
          entityType: 'speaker',
          entityId: duplicateId,
          changes: {
            before: { ...snapshot(duplicate), scopeDocumentId: duplicate.scopeDocumentId },
            after: null,
            mergedInto: intoId,
          },
        },
        {
          actor,
          action: 'merge-in',
          entityType: 'speaker',
          entityId: intoId,
          changes: {
            before: { aliases: into.aliases },
            after: { aliases: merged.aliases },
            mergedFrom: duplicateId,
            claimsMoved: moved.length,
          },
        },
        ...moved.map((claimId): AuditEntry => ({
          actor,
          action: 'speaker-merge',
          entityType: 'claim',
          entityId: claimId,
          changes: { before: { speakerId: duplicateId }, after: { speakerId: intoId } },
        })),
      ];
      await this.audit.recordMany(em, events);
      return toSpeakerResponse(await this.reload(em, intoId));
    });
  }

  private async lock(em: EntityManager, ids: string[]): Promise<Speaker[]> {
    const rows = await lockSpeakers(em, ids);
    const missing = ids.find((id) => !rows.some((s) => s.id === id));
    if (missing) throw new EntityNotFound('speaker', missing);
    const merged = rows.find((s) => s.mergedIntoId);
    if (merged) {
      throw new DomainError(
        'conflict',
        `speaker ${merged.id} was merged into ${merged.mergedIntoId}; edit that one`,
        {
          mergedInto: merged.mergedIntoId,
        },
      );
    }
    return rows;
  }

  private async reload(em: EntityManager, id: string): Promise<Speaker> {
    const speaker = await speakerById(em, id);
    if (!speaker) throw new EntityNotFound('speaker', id);
    return speaker;
  }

  private async refuseDuplicate(em: EntityManager, speaker: Speaker, kind: string, nameKey: string) {
    const clash = await speakerNamed(
      em,
      { kind, nameKey, scopeDocumentId: speaker.scopeDocumentId },
      speaker.id,
    );
    if (clash) {
      throw new DomainError(
        'conflict',
        `speaker ${clash.id} already has this name and kind: merge the two instead`,
        {
          speakerId: clash.id,
        },
      );
    }
  }
}
