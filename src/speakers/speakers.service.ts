import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { EntityNotFound } from '../common/domain-errors';
import { applyKeyset, KeysetOrder, Page, toPage } from '../common/pagination';
import { SpeakerQueryDto } from './dto/speaker-query.dto';
import { SpeakerResponse, toSpeakerResponse } from './dto/speaker.response';
import { SpeakerKind } from './speaker-kind';
import { speakerNameKey } from './speaker-name';
import { Speaker } from './speaker.entity';

/** A speaker as a document mentions it, before it is matched to a stored row. */
export interface SpeakerMention {
  name: string;
  kind: SpeakerKind;
  /** As written; recorded as an alias when it is another full form of the name. */
  mention?: string | null;
  role?: string | null;
}

const BY_NAME: KeysetOrder<Speaker> = {
  columns: ['s.name', 's.id'],
  types: ['text', 'uuid'],
  direction: 'ASC',
  keyOf: (s) => [s.name, s.id],
};

@Injectable()
export class SpeakersService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async list(query: SpeakerQueryDto): Promise<Page<SpeakerResponse>> {
    const qb = this.db.getRepository(Speaker).createQueryBuilder('s');
    if (query.q) {
      const pattern = `%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      qb.andWhere('(s.name ILIKE :pattern OR array_to_string(s.aliases, :sep) ILIKE :pattern)', {
        pattern,
        sep: '\u001f',
      });
    }
    if (query.kind) qb.andWhere('s.kind = :kind', { kind: query.kind });
    const rows = await applyKeyset(qb, BY_NAME, query).getMany();
    return toPage(rows, BY_NAME, query, toSpeakerResponse);
  }

  async get(id: string, em: EntityManager = this.db.manager): Promise<Speaker> {
    const speaker = await em.findOneBy(Speaker, { id });
    if (!speaker) throw new EntityNotFound('speaker', id);
    return speaker;
  }

  /** The speaker a fact-checker names by hand: the stored one it resolves to, or a new one (`created`). */
  async findOrCreate(
    em: EntityManager,
    documentId: string,
    mention: { name: string; kind: SpeakerKind },
  ): Promise<{ id: string; created: boolean }> {
    const [id] = await this.resolve(em, documentId, [{ name: mention.name.trim(), kind: mention.kind }]);
    // A row inserted by this transaction carries its start time (now()) as created_at.
    const rows: Array<{ created: boolean }> = await em.query(
      `SELECT created_at = now()::timestamptz(3) AS created FROM speakers WHERE id = $1`,
      [id],
    );
    return { id, created: rows[0].created };
  }

  /**
   * Maps mentions to speaker rows, creating the missing ones in one statement: named speakers are
   * shared across documents (by name or known alias), unnamed groups belong to `documentId`.
   * Returns the speaker id for each mention, in order.
   */
  async resolve(em: EntityManager, documentId: string, mentions: SpeakerMention[]): Promise<string[]> {
    const keyed = mentions.map((m) => ({
      ...m,
      key: speakerNameKey(m.name),
      scoped: m.kind === 'unnamed-group',
    }));
    const identity = (kind: string, key: string, scoped: boolean) =>
      `${scoped ? documentId : ''}|${kind}|${key}`;
    const keys = [...new Set(keyed.map((m) => m.key))];
    if (keys.length === 0) return [];

    const known = await em
      .createQueryBuilder(Speaker, 's')
      .where('(s.name_key = ANY(:keys) OR s.alias_keys && :keys::text[])', { keys })
      .andWhere('(s.scope_document_id IS NULL OR s.scope_document_id = :documentId)', { documentId })
      .getMany();
    const ids = new Map<string, string>();
    for (const s of known) {
      for (const key of [s.nameKey, ...s.aliasKeys])
        ids.set(identity(s.kind, key, s.scopeDocumentId !== null), s.id);
    }

    const missing = new Map<string, (typeof keyed)[number]>();
    for (const m of keyed) {
      const id = identity(m.kind, m.key, m.scoped);
      if (!ids.has(id) && !missing.has(id)) missing.set(id, m);
    }
    if (missing.size > 0) await this.insertMissing(em, documentId, [...missing.values()], ids, identity);

    await this.recordAliases(em, keyed, (m) => ids.get(identity(m.kind, m.key, m.scoped))!);
    return keyed.map((m) => ids.get(identity(m.kind, m.key, m.scoped))!);
  }

  private async insertMissing(
    em: EntityManager,
    documentId: string,
    rows: Array<SpeakerMention & { key: string; scoped: boolean }>,
    ids: Map<string, string>,
    identity: (kind: string, key: string, scoped: boolean) => string,
  ) {
    for (const scoped of [false, true]) {
      const chosen = rows.filter((m) => m.scoped === scoped);
      if (chosen.length === 0) continue;
      const target = scoped
        ? '(scope_document_id, kind, name_key) WHERE scope_document_id IS NOT NULL'
        : '(kind, name_key) WHERE scope_document_id IS NULL';
      // A concurrent ingest may create the same speaker first: the no-op update makes RETURNING give its id.
      const inserted: Array<{ id: string; kind: string; name_key: string }> = await em.query(
        `INSERT INTO speakers (name, name_key, kind, role, scope_document_id)
         SELECT x.name, x.key, x.kind, x.role, x.scope FROM jsonb_to_recordset($1::jsonb)
             AS x(name text, key text, kind text, role text, scope uuid)
         ON CONFLICT ${target} DO UPDATE SET name_key = EXCLUDED.name_key
         RETURNING id, kind, name_key`,
        [
          JSON.stringify(
            chosen.map((m) => ({
              name: m.name,
              key: m.key,
              kind: m.kind,
              role: m.role ?? null,
              scope: scoped ? documentId : null,
            })),
          ),
        ],
      );
      for (const row of inserted) ids.set(identity(row.kind, row.name_key, scoped), row.id);
    }
  }

  private async recordAliases(
    em: EntityManager,
    mentions: Array<SpeakerMention & { key: string; scoped: boolean }>,
    idOf: (m: SpeakerMention & { key: string; scoped: boolean }) => string,
  ) {
    const aliases = new Map<string, Set<string>>();
    for (const m of mentions) {
      if (!isAliasWorthy(m)) continue;
      const set = aliases.get(idOf(m)) ?? new Set<string>();
      set.add(m.mention!.trim());
      aliases.set(idOf(m), set);
    }
    if (aliases.size === 0) return;
    const entries = [...aliases].flatMap(([id, names]) => [...names].map((alias) => ({ id, alias })));
    await em.query(
      `UPDATE speakers s
          SET aliases = s.aliases || a.new_aliases, alias_keys = s.alias_keys || a.new_keys
         FROM (SELECT y.id, array_agg(y.alias) AS new_aliases, array_agg(y.key) AS new_keys
                 FROM (SELECT DISTINCT ON (x.id, x.key) x.id, x.alias, x.key
                         FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, alias text, key text)
                         JOIN speakers t ON t.id = x.id
                        WHERE NOT (x.key = ANY(t.alias_keys)) AND x.key <> t.name_key) y
                GROUP BY y.id) a
        WHERE s.id = a.id`,
      [JSON.stringify(entries.map((e) => ({ ...e, key: speakerNameKey(e.alias) })))],
    );
  }
}

// Another full form of a name ("Dr. Jane Roe" for "Jane Roe") helps later matching; pronouns,
// surnames alone and descriptions ("the ministry") would merge unrelated speakers.
function isAliasWorthy(m: SpeakerMention & { key: string }): boolean {
  const mention = m.mention?.trim();
  if (!mention || m.kind === 'unnamed-group' || m.kind === 'outlet') return false;
  if (!/^\p{Lu}/u.test(mention) || /^the\s/i.test(mention)) return false;
  const key = speakerNameKey(mention);
  return key !== m.key && key.split(' ').length >= 2;
}
