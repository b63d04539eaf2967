import { EntityManager } from 'typeorm';
import { AuditEntry } from '../audit/audit.service';
import { Actor } from '../auth/roles';
import { Document } from '../documents/document.entity';
import { Speaker } from '../speakers/speaker.entity';
import { SpeakersService } from '../speakers/speakers.service';
import { ClaimKind } from './claim-enums';
import { SpeakerInputDto } from './dto/speaker-input.dto';

/** The speaker a claim is to have, with the audit event of its creation when the request made it. */
export interface ResolvedSpeaker {
  speakerId: string | null;
  speaker: Speaker | null;
  events: AuditEntry[];
}

const NONE: ResolvedSpeaker = { speakerId: null, speaker: null, events: [] };

/** The speaker a request names (existing id, null, or a name to match or create) and any creation event. */
export async function namedSpeaker(
  speakers: SpeakersService,
  em: EntityManager,
  documentId: string,
  input: { speakerId?: string | null; speaker?: SpeakerInputDto },
  actor: Actor,
): Promise<ResolvedSpeaker> {
  if (input.speaker) {
    const { id, created } = await speakers.findOrCreate(em, documentId, input.speaker);
    const events: AuditEntry[] = created
      ? [
          {
            actor,
            action: 'create',
            entityType: 'speaker',
            entityId: id,
            changes: { before: null, after: { name: input.speaker.name, kind: input.speaker.kind } },
          },
        ]
      : [];
    return { speakerId: id, speaker: await speakers.survivor(id, em), events };
  }
  // A merged speaker's id stands for the speaker it was merged into.
  if (input.speakerId) {
    const speaker = await speakers.survivor(input.speakerId, em);
    return { speakerId: speaker.id, speaker, events: [] };
  }
  return NONE;
}

/**
 * The speaker a claim of this kind gets when none is named: an editorial claim is the outlet's own
 * voice, credited to the document's publisher as extraction credits it; anything else has none.
 */
export function defaultSpeaker(
  speakers: SpeakersService,
  em: EntityManager,
  document: Document,
  kind: ClaimKind,
  actor: Actor,
): Promise<ResolvedSpeaker> {
  if (kind !== 'editorial' || !document.publisher?.trim()) return Promise.resolve(NONE);
  return namedSpeaker(
    speakers,
    em,
    document.id,
    { speaker: { name: document.publisher, kind: 'outlet' } },
    actor,
  );
}
