// The SQL of indexing the trail's statements: the batch read under the trail's lock, candidates, indexed claims
// and their terms. Each is a named function over the caller's EntityManager (syndication's are in
// syndication.queries.ts, the reads of a statement's appearances in appearances.queries.ts).
import { EntityManager } from 'typeorm';
import { DocumentToIndex } from './syndication.queries';

export interface ClaimToIndex {
  id: string;
  documentId: string;
  kind: 'attributed' | 'editorial';
  text: string;
  cue: string | null;
  speakerName: string | null;
  speakerKind: string | null;
}

export interface IndexedClaim {
  claimId: string;
  documentId: string;
  statementId: string;
  speakerKey: string;
  kind: 'attributed' | 'editorial';
  stems: string[];
  numbers: string[];
  negated: boolean;
  denial: boolean;
  correction: boolean;
  figureWords: string[];
}

// Serialises trail indexing: two related documents ingested at once must see each other's rows.
export const TRAIL_LOCK = 0x74726c31; // "trl1"
export const INDEXED_COLUMNS = `t.claim_id AS "claimId", t.document_id AS "documentId", t.statement_id AS "statementId",
  t.speaker_key AS "speakerKey", t.kind, t.stems, t.numbers, t.negated, t.denial, t.correction,
  t.figure_words AS "figureWords"`;

/**
 * Takes the trail's lock until the transaction ends. A statement of its own: a statement that waited for the
 * lock would still read from the snapshot it started with, blind to what the holder committed meanwhile
 * (two workers indexing the same unindexed document both saw it unindexed).
 */
export async function takeTrailLock(em: EntityManager): Promise<void> {
  await em.query(`SELECT pg_advisory_xact_lock($1)`, [TRAIL_LOCK]);
}

/** A claim to index as the batch read gives it: no text or cue where its document's features are known. */
export type ClaimToRead = Omit<ClaimToIndex, 'text'> & { text: string | null };

/**
 * Takes the trail's lock (until the transaction ends: two related documents ingested at once must see each
 * other's rows) and reads the given documents, whether syndication has fingerprinted them, and their live
 * claims the trail has not indexed yet (all of them at ingest; those a re-extraction added later). The texts
 * of the documents in `knownDocuments`, and of their claims, stay in the database: the caller has their
 * features (a batch's texts were a megabyte to encode and parse, under the lock). A document not
 * fingerprinted has no indexed claim (indexDocuments does both in one transaction), so only the claims of
 * fingerprinted ones are each looked up in the trail.
 * Each document's claims are read through the claims' document index, in its order: as one join, grouped
 * after, the planner read the whole claims table for a batch (a tenth of a second for every 100,000 claims
 * stored, a sort spilled to disk on top).
 */
export async function lockDocumentsToIndex(
  em: EntityManager,
  ids: string[],
  knownDocuments: string[],
): Promise<Array<DocumentToIndex & { fingerprinted: boolean; claims: ClaimToRead[] }>> {
  await takeTrailLock(em);
  const rows: Array<
    DocumentToIndex & {
      known: boolean;
      fingerprinted: boolean;
      claims: Array<
        [string, ClaimToIndex['kind'], string | null, string | null, string | null, string | null]
      >;
    }
  > = await em.query(
    `SELECT d.id, CASE WHEN k.known THEN '' ELSE d.text END AS text,
            d.published_at AS "publishedAt", d.created_at AS "createdAt", d.copy_of_id AS "copyOfId",
            f.document_id IS NOT NULL AS fingerprinted,
            coalesce((SELECT json_agg(json_build_array(
                               c.id, c.kind, CASE WHEN NOT k.known THEN c.text END, CASE WHEN NOT k.known THEN c.cue END,
                               coalesce(m.name, s.name), coalesce(m.kind, s.kind))
                             ORDER BY c.start_offset, c.id)
                        FROM claims c
                        LEFT JOIN speakers s ON s.id = c.speaker_id
                        LEFT JOIN speakers m ON m.id = s.merged_into_id
                       WHERE c.document_id = d.id AND c.superseded_at IS NULL
                         AND (f.document_id IS NULL OR NOT EXISTS (SELECT 1 FROM trail_claims t WHERE t.claim_id = c.id))),
                     '[]') AS claims
       FROM documents d
       CROSS JOIN LATERAL (SELECT d.id = ANY($2::uuid[]) AS known) k
       LEFT JOIN document_fingerprints f ON f.document_id = d.id
      WHERE d.id = ANY($1)
      ORDER BY d.created_at, d.id`,
    [ids, knownDocuments],
  );
  return rows.map(({ known: _, ...row }) => ({
    ...row,
    claims: row.claims.map(([id, kind, text, cue, speakerName, speakerKind]) => ({
      id,
      documentId: row.id,
      kind,
      text,
      cue,
      speakerName,
      speakerKind,
    })),
  }));
}

/** The words of claims, by id: for a claim the caller was told it knew and did not. */
export async function claimWordings(
  em: EntityManager,
  ids: string[],
): Promise<Map<string, { text: string; cue: string | null }>> {
  if (ids.length === 0) return new Map();
  const rows: Array<{ id: string; text: string; cue: string | null }> = await em.query(
    `SELECT id, text, cue FROM claims WHERE id = ANY($1)`,
    [ids],
  );
  return new Map(rows.map(({ id, text, cue }) => [id, { text, cue }]));
}

/** What one speaker's new claims say, to find that speaker's earlier claims sharing a word or a figure. */
export interface SpeakerProbe {
  key: string;
  stems: string[];
  numbers: string[];
}

/**
 * What grouping compares of a stored claim (mergeStatements): its statement, speaker, document and features.
 */
export type CandidateClaim = Omit<IndexedClaim, 'claimId'>;

// A candidate's fields in the order findCandidates' json_build_array gives them.
const CANDIDATE_FIELDS = [
  'statementId',
  'speakerKey',
  'kind',
  'stems',
  'numbers',
  'negated',
  'denial',
  'correction',
  'figureWords',
  'documentId',
] as const satisfies ReadonlyArray<keyof CandidateClaim>;

/**
 * Each probed speaker's most recent indexed claims sharing a stem or a figure (the speaker index, then a
 * filter), at most `perSpeaker` each: per probe in the order given, newest first. A batch reads thousands:
 * they come as one JSON array of arrays (what grouping needs, nothing more), which the driver parses natively,
 * where a row each, with three text arrays, cost the event loop more than the database took to find them.
 */
export async function findCandidates(
  em: EntityManager,
  probes: SpeakerProbe[],
  perSpeaker: number,
): Promise<CandidateClaim[]> {
  if (probes.length === 0) return [];
  // Each probe reads its speaker's claims newest first through the speaker index and stops at `perSpeaker`.
  // The planner cannot see that most of them pass the filter (a probe holds every word of the batch's claims
  // by that speaker), so it read all of a speaker's claims and sorted them: 2.6 s for a batch's 29 probes with
  // 20,000 claims a speaker, 66 ms in index order. Sorting is allowed again as soon as the rows are in; a
  // statement of the trail's other half that runs in between plans without sorts too, which costs it nothing
  // it needs (its aggregates hash).
  await em.query('SET LOCAL enable_sort = off');
  const [{ pool }]: Array<{
    pool: unknown[][] | null;
  }> = await em.query(
    `SELECT json_agg(json_build_array(c.statement_id, k.key, c.kind, c.stems, c.numbers, c.negated, c.denial,
                                      c.correction, c.figure_words, c.document_id) ORDER BY k.n, c.ingest_seq DESC) AS pool
       FROM ROWS FROM (jsonb_to_recordset($1::jsonb) AS (key text, stems text[], numbers text[]))
            WITH ORDINALITY AS k(key, stems, numbers, n)
      CROSS JOIN LATERAL (
        SELECT t.statement_id, t.kind, t.stems, t.numbers, t.negated, t.denial, t.correction, t.figure_words,
               t.document_id, t.ingest_seq
          FROM trail_claims t
         WHERE t.speaker_key = k.key AND (t.stems && k.stems OR t.numbers && k.numbers)
         ORDER BY t.ingest_seq DESC LIMIT $2) c`,
    [JSON.stringify(probes), perSpeaker],
  );
  await em.query('SET LOCAL enable_sort TO DEFAULT');
  return (pool ?? []).map((values) => {
    const candidate: Record<string, unknown> = {};
    CANDIDATE_FIELDS.forEach((field, i) => (candidate[field] = values[i]));
    return candidate as CandidateClaim;
  });
}

/** The names of stored documents (their fingerprints' entities), by document id. */
export async function namesOfDocuments(em: EntityManager, ids: string[]): Promise<Map<string, string[]>> {
  if (ids.length === 0) return new Map();
  const rows: Array<{ id: string; entities: string[] }> = await em.query(
    `SELECT document_id AS id, entities FROM document_fingerprints WHERE document_id = ANY($1)`,
    [ids],
  );
  return new Map(rows.map((r) => [r.id, r.entities]));
}

/**
 * Takes the trail's lock and reads the indexed rows of the given claims with what their speaker key is made
 * of now (the speaker they point to, or the one it was merged into).
 */
export async function lockIndexedClaims(
  em: EntityManager,
  claimIds: string[],
): Promise<Array<IndexedClaim & { speakerName: string | null; speakerKind: string | null }>> {
  await takeTrailLock(em);
  return em.query(
    `SELECT ${INDEXED_COLUMNS}, coalesce(m.name, s.name) AS "speakerName", coalesce(m.kind, s.kind) AS "speakerKind"
       FROM trail_claims t
       JOIN claims c ON c.id = t.claim_id
       LEFT JOIN speakers s ON s.id = c.speaker_id
       LEFT JOIN speakers m ON m.id = s.merged_into_id
      WHERE t.claim_id = ANY($1)
      ORDER BY t.ingest_seq`,
    [claimIds],
  );
}

/**
 * The speaker names of each document's live claims, in claim order (as lockDocumentsToIndex reads them): what
 * tells an acronym's full name (claimSpeakerKeys).
 */
export async function speakerNamesOfDocuments(
  em: EntityManager,
  documentIds: string[],
): Promise<Map<string, string[]>> {
  if (documentIds.length === 0) return new Map();
  const rows: Array<{ documentId: string; names: string[] }> = await em.query(
    `SELECT c.document_id AS "documentId",
            array_agg(coalesce(m.name, s.name) ORDER BY c.start_offset, c.id) AS names
       FROM claims c
       JOIN speakers s ON s.id = c.speaker_id
       LEFT JOIN speakers m ON m.id = s.merged_into_id
      WHERE c.document_id = ANY($1) AND c.superseded_at IS NULL
      GROUP BY c.document_id`,
    [documentIds],
  );
  return new Map(rows.map((r) => [r.documentId, r.names]));
}

/** The indexed claims of a speaker (and of the speakers merged into it). */
export async function indexedClaimsOfSpeaker(em: EntityManager, speakerId: string): Promise<string[]> {
  const rows: Array<{ id: string }> = await em.query(
    `SELECT t.claim_id AS id FROM claims c JOIN trail_claims t ON t.claim_id = c.id WHERE c.speaker_id = $1`,
    [speakerId],
  );
  return rows.map((r) => r.id);
}

/** Gives indexed claims a new speaker key, each in a statement of its own. */
export async function rekeyClaims(
  em: EntityManager,
  claims: Array<{ claimId: string; speakerKey: string; statementId: string }>,
): Promise<void> {
  await em.query(
    `UPDATE trail_claims t SET speaker_key = r.speaker_key, statement_id = r.statement_id
       FROM jsonb_to_recordset($1::jsonb) AS r(claim_id uuid, speaker_key text, statement_id uuid)
      WHERE t.claim_id = r.claim_id`,
    [
      JSON.stringify(
        claims.map((c) => ({ claim_id: c.claimId, speaker_key: c.speakerKey, statement_id: c.statementId })),
      ),
    ],
  );
}

// Arrays of words go as one space-joined string per claim (a word holds no space): unnest() zips flat arrays
// only, and a JSON document of the same rows cost PostgreSQL more to take apart than the rows cost to store.
const joined = (words: string[]) => words.join(' ');

// Each column goes as one array literal built here rather than as an array for the driver, which escapes each
// element with two regular expressions: 150 ms of the event loop, under the lock, for a batch's 11,000 claims
// and 27,000 terms. Ids, kinds and booleans need no quoting; a column of texts goes as one line each (a word
// or a speaker key holds no line break), each line led by its break, so that no rows and one empty one differ.
const literal = (values: Array<string | boolean>) => `{${values.join(',')}}`;
const lines = (values: string[]) => values.map((value) => `\n${value}`).join('');
const splitLines = (parameter: string) => `(string_to_array(${parameter}, E'\\n'))[2:]`;

/**
 * Posts new claims' terms. They do not depend on the claims' statements, so they go while the claims are
 * grouped, the terms a batch's largest write (27,000 rows for its 11,000 claims).
 */
export async function insertTerms(em: EntityManager, claims: Array<{ claimId: string; terms: string[] }>) {
  const postings = claims.flatMap((c) => c.terms.map((term) => [term, c.claimId]));
  if (postings.length === 0) return;
  await em.query(
    `INSERT INTO trail_terms (term, claim_id) SELECT * FROM unnest(${splitLines('$1')}, $2::uuid[])`,
    [lines(postings.map(([term]) => term)), literal(postings.map(([, claimId]) => claimId))],
  );
}

/**
 * Stores new indexed claims, in their statements, in one statement: each column as one array parameter,
 * zipped into rows by unnest() in the given order (ingest order).
 */
export async function insertIndexedClaims(em: EntityManager, claims: IndexedClaim[]): Promise<void> {
  if (claims.length === 0) return;
  const column = <T>(value: (claim: IndexedClaim) => T) => claims.map(value);
  await em.query(
    `INSERT INTO trail_claims (claim_id, document_id, statement_id, speaker_key, kind, stems, numbers, negated,
                               denial, correction, figure_words)
     SELECT claim_id, document_id, statement_id, speaker_key, kind, string_to_array(stems, ' '),
            string_to_array(numbers, ' '), negated, denial, correction, string_to_array(figure_words, ' ')
       FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], ${splitLines('$4')}, $5::text[], ${splitLines('$6')},
                   ${splitLines('$7')}, $8::bool[], $9::bool[], $10::bool[], ${splitLines('$11')})
            WITH ORDINALITY AS r(claim_id, document_id, statement_id, speaker_key, kind, stems, numbers, negated,
                                 denial, correction, figure_words, n)
      ORDER BY n`,
    [
      literal(column((c) => c.claimId)),
      literal(column((c) => c.documentId)),
      literal(column((c) => c.statementId)),
      lines(column((c) => c.speakerKey)),
      literal(column((c) => c.kind)),
      lines(column((c) => joined(c.stems))),
      lines(column((c) => joined(c.numbers))),
      literal(column((c) => c.negated)),
      literal(column((c) => c.denial)),
      literal(column((c) => c.correction)),
      lines(column((c) => joined(c.figureWords))),
    ],
  );
}

/** Moves every claim of each `from` statement into its `into` statement, in one statement. */
export async function relabelStatements(em: EntityManager, moves: Array<{ from: string; into: string }>) {
  if (moves.length === 0) return;
  await em.query(
    `UPDATE trail_claims t SET statement_id = m.new_id
       FROM jsonb_to_recordset($1::jsonb) AS m(old_id uuid, new_id uuid) WHERE t.statement_id = m.old_id`,
    [JSON.stringify(moves.map((m) => ({ old_id: m.from, new_id: m.into })))],
  );
}
