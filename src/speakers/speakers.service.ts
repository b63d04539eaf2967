import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { EntityMoved, EntityNotFound } from '../common/domain-errors';
import { applyKeyset, KeysetOrder, Page, toPage } from '../common/pagination';
import { manyOnReplica } from '../database/read-replica';
import { SpeakerQueryDto } from './dto/speaker-query.dto';
import { SpeakerResponse, toSpeakerResponse } from './dto/speaker.response';
import { SpeakerKind } from './speaker-kind';
import { speakerNameKey } from './speaker-name';
import { Speaker } from './speaker.entity';
import {
  addAliases,
  insertSpeakers,
  speakerById,
  speakersByIdentity,
  speakersMatching,
  speakersWithKeys,
} from './speakers.queries';

export interface SpeakerResolution {
  /** The speaker id of each mention, in order. */
  ids: string[];
  /** The speakers this resolution created. */
  created: string[];
}

/** A speaker as a document mentions it, before it is matched to a stored row. */
export interface SpeakerMention {
  name: string;
  kind: SpeakerKind;
  /** As written; recorded as an alias when it is another full form of the name. */
  mention?: string | null;
  role?: string | null;
}

type KeyedMention = SpeakerMention & { key: string; scoped: boolean; scope: string | null };

// A speaker's identity: its scope (the document of an unnamed group, else none), kind and name key.
const identity = (kind: string, key: string, scope: string | null) => `${scope ?? ''}|${kind}|${key}`;

const BY_NAME: KeysetOrder<Speaker> = {
  name: 'speakers-by-name',
  columns: ['s.name', 's.id'],
  types: ['text', 'uuid'],
  direction: 'ASC',
  keyOf: (s) => [s.name, s.id],
};

@Injectable()
export class SpeakersService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async list(query: SpeakerQueryDto): Promise<Page<SpeakerResponse>> {
    const rows = await manyOnReplica(
      this.db,
      applyKeyset(speakersMatching(this.db.manager, query), BY_NAME, query),
    );
    return toPage(rows, BY_NAME, query, toSpeakerResponse);
  }

  /** A current speaker; a merged one answers EntityMoved (a redirect to the one it was merged into). */
  async get(id: string, em: EntityManager = this.db.manager): Promise<Speaker> {
    const speaker = await speakerById(em, id);
    if (!speaker) throw new EntityNotFound('speaker', id);
    if (speaker.mergedIntoId) throw new EntityMoved('speaker', id, speaker.mergedIntoId);
    return speaker;
  }

  /** The speaker an id stands for now: itself, or the one it was merged into. */
  async survivor(id: string, em: EntityManager = this.db.manager): Promise<Speaker> {
    const speaker = await speakerById(em, id);
    if (!speaker) throw new EntityNotFound('speaker', id);
    if (!speaker.mergedIntoId) return speaker;
    const survivor = await speakerById(em, speaker.mergedIntoId);
    if (!survivor) throw new EntityNotFound('speaker', speaker.mergedIntoId);
    return survivor;
  }

  /** The speaker a fact-checker names by hand: the stored one it resolves to, or a new one (`created`). */
  async findOrCreate(
    em: EntityManager,
    documentId: string,
    mention: { name: string; kind: SpeakerKind },
  ): Promise<{ id: string; created: boolean }> {
    const { ids, created } = await this.resolveMentions(em, documentId, [
      { name: mention.name.trim(), kind: mention.kind },
    ]);
    return { id: ids[0], created: created.includes(ids[0]) };
  }

  /** The speaker id for each mention, in order (see resolveMentions). */
  async resolve(em: EntityManager, documentId: string, mentions: SpeakerMention[]): Promise<string[]> {
    return (await this.resolveMentions(em, documentId, mentions)).ids;
  }

  /**
   * Maps mentions to speaker rows, creating the missing ones: named speakers are shared across documents
   * (by name, or by a known alias, so renamed speakers are found under their former names), unnamed groups
   * belong to `documentId`. Merged speakers are never matched: their names are aliases of the survivor.
   * Returns the speaker id of each mention, in order, and the ids this call created.
   */
  async resolveMentions(
    em: EntityManager,
    documentId: string,
    mentions: SpeakerMention[],
  ): Promise<SpeakerResolution> {
    return (await this.resolveMentionsOfDocuments(em, [{ documentId, mentions }]))[0];
  }

  /**
   * resolveMentions for many documents at once (a batch of an import), in a fixed number of queries.
   * A speaker two of them mention is created once and counts as created by the first.
   */
  async resolveMentionsOfDocuments(
    em: EntityManager,
    documents: Array<{ documentId: string; mentions: SpeakerMention[] }>,
  ): Promise<SpeakerResolution[]> {
    const keyedByDocument: KeyedMention[][] = documents.map(({ documentId, mentions }) =>
      mentions.map((m) => {
        const scoped = m.kind === 'unnamed-group';
        return { ...m, key: speakerNameKey(m.name), scoped, scope: scoped ? documentId : null };
      }),
    );
    const keyed = keyedByDocument.flat();
    const keys = [...new Set(keyed.map((m) => m.key))];
    if (keys.length === 0) return documents.map(() => ({ ids: [], created: [] }));

    const documentIds = documents.map((d) => d.documentId);
    const ids = matchStored(await speakersWithKeys(em, documentIds, keys), keyed);
    const missing = new Map<string, KeyedMention>();
    for (const m of keyed) {
      const id = identity(m.kind, m.key, m.scope);
      if (!ids.has(id) && !missing.has(id)) missing.set(id, m);
    }
    const created: string[] = [];
    for (const scoped of [false, true]) {
      const rows = [...missing.values()].filter((m) => m.scoped === scoped);
      if (rows.length === 0) continue;
      const inserted = await insertSpeakers(
        em,
        rows.map((m) => ({ name: m.name, key: m.key, kind: m.kind, role: m.role ?? null, scope: m.scope })),
        scoped,
      );
      created.push(...inserted.map((row) => row.id));
      // Rows a concurrent ingest created first were skipped: theirs are the speakers.
      const made = new Set(inserted.map((r) => identity(r.kind, r.nameKey, r.scope)));
      const skipped = rows.filter((m) => !made.has(identity(m.kind, m.key, m.scope)));
      const concurrent = skipped.length > 0 ? await speakersByIdentity(em, skipped) : [];
      for (const row of [...inserted, ...concurrent])
        ids.set(identity(row.kind, row.nameKey, row.scope), row.id);
    }

    const idOf = (m: KeyedMention) => ids.get(identity(m.kind, m.key, m.scope))!;
    await this.recordAliases(em, keyed, idOf);
    const creator = new Map<string, number>();
    keyedByDocument.forEach((mentions, i) => {
      for (const m of mentions) if (!creator.has(idOf(m))) creator.set(idOf(m), i);
    });
    return keyedByDocument.map((mentions, i) => ({
      ids: mentions.map(idOf),
      created: created.filter((id) => creator.get(id) === i),
    }));
  }

  private async recordAliases(
    em: EntityManager,
    mentions: KeyedMention[],
    idOf: (m: KeyedMention) => string,
  ) {
    const aliases = new Map<string, Set<string>>();
    for (const m of mentions) {
      if (!isAliasWorthy(m)) continue;
      const set = aliases.get(idOf(m)) ?? new Set<string>();
      set.add(m.mention!.trim());
      aliases.set(idOf(m), set);
    }
    if (aliases.size === 0) return;
    const entries = [...aliases].flatMap(([id, names]) =>
      [...names].map((alias) => ({ id, alias, key: speakerNameKey(alias) })),
    );
    await addAliases(em, entries);
  }
}

/**
 * Stored speakers for the mentions, by identity (scope, kind, key). A name match wins over an alias match.
 * A named mention whose kind no stored speaker has under that key takes the one named speaker of another
 * kind that has it (a fact-checker who corrected "organization" to "government" keeps the speaker).
 */
function matchStored(known: Speaker[], mentions: KeyedMention[]): Map<string, string> {
  const ids = new Map<string, string>();
  for (const s of known)
    for (const key of s.aliasKeys) ids.set(identity(s.kind, key, s.scopeDocumentId), s.id);
  for (const s of known) ids.set(identity(s.kind, s.nameKey, s.scopeDocumentId), s.id);

  const named = known.filter((s) => s.scopeDocumentId === null);
  for (const m of mentions) {
    if (m.scoped || ids.has(identity(m.kind, m.key, null))) continue;
    const byName = new Set(named.filter((s) => s.nameKey === m.key).map((s) => s.id));
    const byAlias = new Set(named.filter((s) => s.aliasKeys.includes(m.key)).map((s) => s.id));
    const only = byName.size === 1 ? byName : byName.size === 0 && byAlias.size === 1 ? byAlias : null;
    if (only) ids.set(identity(m.kind, m.key, null), [...only][0]);
  }
  return ids;
}

// Another full form of a name ("Dr. Jane Roe" for "Jane Roe") helps later matching; pronouns,
// surnames alone and descriptions ("the ministry") would merge unrelated speakers.
function isAliasWorthy(m: KeyedMention): boolean {
  const mention = m.mention?.trim();
  if (!mention || m.kind === 'unnamed-group' || m.kind === 'outlet') return false;
  if (!/^\p{Lu}/u.test(mention) || /^the\s/i.test(mention)) return false;
  const key = speakerNameKey(mention);
  return key !== m.key && key.split(' ').length >= 2;
}
