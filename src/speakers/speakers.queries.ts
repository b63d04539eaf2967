import { EntityManager, In, SelectQueryBuilder } from 'typeorm';
import { SpeakerQueryDto } from './dto/speaker-query.dto';
import { Speaker } from './speaker.entity';

// The speakers module's SQL: each query a named function taking the caller's EntityManager.

/** A speaker row to create for a mention no stored speaker matched; `scope` is the document of an unnamed group. */
export interface NewSpeakerRow {
  name: string;
  key: string;
  kind: string;
  role: string | null;
  scope: string | null;
}

export interface SpeakerIdentity {
  id: string;
  kind: string;
  nameKey: string;
  scope: string | null;
}

type IdentityRow = { id: string; kind: string; name_key: string; scope_document_id: string | null };
const toIdentity = (r: IdentityRow): SpeakerIdentity => ({
  id: r.id,
  kind: r.kind,
  nameKey: r.name_key,
  scope: r.scope_document_id,
});

/**
 * Current (never merged) speakers any of the documents may refer to whose name or one of whose aliases has
 * one of the keys.
 */
export function speakersWithKeys(
  em: EntityManager,
  documentIds: string[],
  keys: string[],
): Promise<Speaker[]> {
  return em
    .createQueryBuilder(Speaker, 's')
    .where('(s.name_key = ANY(:keys) OR s.alias_keys && :keys::text[])', { keys })
    .andWhere('(s.scope_document_id IS NULL OR s.scope_document_id = ANY(:documentIds::uuid[]))', {
      documentIds,
    })
    .andWhere('s.merged_into_id IS NULL')
    .getMany();
}

/**
 * Inserts the speakers (all shared, or all scoped to a document), in (scope, kind, key) order so that
 * concurrent ingests wait on each other's new rows in one order and never deadlock. A row a concurrent
 * transaction inserted first is skipped (after waiting for it to commit); returns the rows this call created.
 */
export async function insertSpeakers(
  em: EntityManager,
  rows: NewSpeakerRow[],
  scoped: boolean,
): Promise<SpeakerIdentity[]> {
  const target = scoped
    ? '(scope_document_id, kind, name_key) WHERE scope_document_id IS NOT NULL AND merged_into_id IS NULL'
    : '(kind, name_key) WHERE scope_document_id IS NULL AND merged_into_id IS NULL';
  const created: IdentityRow[] = await em.query(
    `INSERT INTO speakers (name, name_key, kind, role, scope_document_id)
     SELECT x.name, x.key, x.kind, x.role, x.scope FROM jsonb_to_recordset($1::jsonb)
         AS x(name text, key text, kind text, role text, scope uuid)
      ORDER BY x.scope, x.kind, x.key
     ON CONFLICT ${target} DO NOTHING
     RETURNING id, kind, name_key, scope_document_id`,
    [JSON.stringify(rows)],
  );
  return created.map(toIdentity);
}

/** The current speakers with these (scope, kind, key) identities (scope null: shared across documents). */
export async function speakersByIdentity(
  em: EntityManager,
  rows: Array<{ kind: string; key: string; scope: string | null }>,
): Promise<SpeakerIdentity[]> {
  const found: IdentityRow[] = await em.query(
    `SELECT s.id, s.kind, s.name_key, s.scope_document_id
       FROM speakers s JOIN jsonb_to_recordset($1::jsonb) AS x(kind text, key text, scope uuid)
         ON s.kind = x.kind AND s.name_key = x.key AND s.scope_document_id IS NOT DISTINCT FROM x.scope
      WHERE s.merged_into_id IS NULL`,
    [JSON.stringify(rows)],
  );
  return found.map(toIdentity);
}

/**
 * Appends aliases to speakers, skipping ones they already have. The rows are locked in id order first,
 * so concurrent ingests that touch the same speakers take turns instead of deadlocking.
 */
export async function addAliases(
  em: EntityManager,
  entries: Array<{ id: string; alias: string; key: string }>,
): Promise<void> {
  const ids = [...new Set(entries.map((e) => e.id))].sort();
  await em.query(`SELECT 1 FROM speakers WHERE id = ANY($1) ORDER BY id FOR NO KEY UPDATE`, [ids]);
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
    [JSON.stringify(entries)],
  );
}

/** Current speakers whose name or an alias contains `q`, of the given kind. */
export function speakersMatching(em: EntityManager, query: SpeakerQueryDto): SelectQueryBuilder<Speaker> {
  const qb = em.createQueryBuilder(Speaker, 's').where('s.mergedIntoId IS NULL');
  if (query.q) {
    const pattern = `%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    qb.andWhere('(s.name ILIKE :pattern OR array_to_string(s.aliases, :sep) ILIKE :pattern)', {
      pattern,
      sep: '\u001f',
    });
  }
  if (query.kind) qb.andWhere('s.kind = :kind', { kind: query.kind });
  return qb;
}

/** A speaker row by id, merged or not. */
export function speakerById(em: EntityManager, id: string): Promise<Speaker | null> {
  return em.findOneBy(Speaker, { id });
}

/** The speakers' rows, locked for update in id order (so two merges of one pair cannot deadlock). */
export function lockSpeakers(em: EntityManager, ids: string[]): Promise<Speaker[]> {
  return em.find(Speaker, {
    where: { id: In(ids) },
    order: { id: 'ASC' },
    lock: { mode: 'pessimistic_write' },
  });
}

/** Another current speaker with this kind and name key in the same scope, if any. */
export function speakerNamed(
  em: EntityManager,
  name: { kind: string; nameKey: string; scopeDocumentId: string | null },
  exceptId: string,
): Promise<Speaker | null> {
  return em
    .createQueryBuilder(Speaker, 's')
    .where('s.kind = :kind AND s.nameKey = :nameKey AND s.id <> :id', {
      kind: name.kind,
      nameKey: name.nameKey,
      id: exceptId,
    })
    .andWhere('s.mergedIntoId IS NULL')
    .andWhere(name.scopeDocumentId ? 's.scopeDocumentId = :scope' : 's.scopeDocumentId IS NULL', {
      scope: name.scopeDocumentId,
    })
    .getOne();
}

/** Writes the given fields of a speaker and bumps its version. */
export async function updateSpeaker(
  em: EntityManager,
  id: string,
  fields: Partial<
    Pick<
      Speaker,
      'name' | 'nameKey' | 'kind' | 'role' | 'description' | 'aliases' | 'aliasKeys' | 'externalId'
    >
  >,
): Promise<void> {
  await em
    .createQueryBuilder()
    .update(Speaker)
    .set({ ...fields, version: () => 'version + 1' })
    .where('id = :id', { id })
    .execute();
}

/** Moves every claim of one speaker to another (bumping each claim's version); returns the claims moved. */
export async function reassignClaims(em: EntityManager, fromId: string, toId: string): Promise<string[]> {
  const [rows]: [Array<{ id: string }>, number] = await em.query(
    `UPDATE claims SET speaker_id = $2, version = version + 1, updated_at = now() WHERE speaker_id = $1 RETURNING id`,
    [fromId, toId],
  );
  return rows.map((row) => row.id);
}

/**
 * Marks the duplicate merged into `intoId`; speakers merged into the duplicate earlier now point at
 * `intoId` too, so a merged id is always one hop from the speaker that stands for it.
 */
export async function markMerged(em: EntityManager, duplicateId: string, intoId: string): Promise<void> {
  await em.query(
    `UPDATE speakers SET merged_into_id = $2, merged_at = now(), version = version + 1, updated_at = now()
      WHERE id = $1`,
    [duplicateId, intoId],
  );
  await em.query(`UPDATE speakers SET merged_into_id = $2 WHERE merged_into_id = $1`, [duplicateId, intoId]);
}
