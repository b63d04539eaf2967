// The SQL of refreshing stored trail rows after the trail's rules changed (TrailRefreshService): the rules'
// version and how far a refresh got, the stored rows of a batch of documents, and their rewrite.
import { EntityManager } from 'typeorm';
import { IndexedClaim, takeTrailLock } from './trail.queries';

export interface RulesState {
  version: string;
  /** The last document a refresh that has not finished got through, in document id order. */
  refreshedThrough: string | null;
}

export interface StoredDocumentNames {
  id: string;
  text: string;
  entities: string[];
}

export type StoredFeatures = Pick<
  IndexedClaim,
  | 'claimId'
  | 'kind'
  | 'speakerKey'
  | 'stems'
  | 'numbers'
  | 'negated'
  | 'denial'
  | 'correction'
  | 'figureWords'
> & { text: string; cue: string | null };

/** Takes the trail's lock (a refresh's rewrite must not interleave with indexing) and reads the rules' state. */
export async function lockRulesState(em: EntityManager): Promise<RulesState> {
  await takeTrailLock(em);
  const rows: RulesState[] = await em.query(
    `SELECT version, refreshed_through AS "refreshedThrough" FROM trail_rules`,
  );
  return rows[0];
}

export async function saveRulesState(em: EntityManager, state: RulesState): Promise<void> {
  await em.query(`UPDATE trail_rules SET version = $1, refreshed_through = $2`, [
    state.version,
    state.refreshedThrough,
  ]);
}

/** The next `limit` documents the trail has indexed after `after`, in id order, with their text and names. */
export async function indexedDocumentsAfter(
  em: EntityManager,
  after: string | null,
  limit: number,
): Promise<StoredDocumentNames[]> {
  return em.query(
    `SELECT f.document_id AS id, d.text, f.entities
       FROM document_fingerprints f JOIN documents d ON d.id = f.document_id
      WHERE $1::uuid IS NULL OR f.document_id > $1::uuid
      ORDER BY f.document_id LIMIT $2`,
    [after, limit],
  );
}

/** The stored features of the indexed claims of the given documents, with each claim's text and cue. */
export async function storedFeaturesOfDocuments(
  em: EntityManager,
  documentIds: string[],
): Promise<StoredFeatures[]> {
  return em.query(
    `SELECT t.claim_id AS "claimId", t.kind, t.speaker_key AS "speakerKey", t.stems, t.numbers, t.negated,
            t.denial, t.correction, t.figure_words AS "figureWords", c.text, c.cue
       FROM claims c JOIN trail_claims t ON t.claim_id = c.id
      WHERE c.document_id = ANY($1)`,
    [documentIds],
  );
}

export async function updateDocumentNames(
  em: EntityManager,
  documents: Array<{ id: string; entities: string[] }>,
): Promise<void> {
  if (documents.length === 0) return;
  await em.query(
    `UPDATE document_fingerprints f SET entities = r.entities
       FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, entities text[]) WHERE f.document_id = r.id`,
    [JSON.stringify(documents)],
  );
}

/** Rewrites the features of indexed claims; their statements and speaker keys stay. */
export async function updateFeatures(
  em: EntityManager,
  claims: Array<
    Pick<
      StoredFeatures,
      'claimId' | 'stems' | 'numbers' | 'negated' | 'denial' | 'correction' | 'figureWords'
    >
  >,
): Promise<void> {
  if (claims.length === 0) return;
  await em.query(
    `UPDATE trail_claims t
        SET stems = r.stems, numbers = r.numbers, negated = r.negated, denial = r.denial,
            correction = r.correction, figure_words = r.figure_words
       FROM jsonb_to_recordset($1::jsonb)
            AS r(claim_id uuid, stems text[], numbers text[], negated boolean, denial boolean, correction boolean,
                 figure_words text[])
      WHERE t.claim_id = r.claim_id`,
    [
      JSON.stringify(
        claims.map((c) => ({
          claim_id: c.claimId,
          stems: c.stems,
          numbers: c.numbers,
          negated: c.negated,
          denial: c.denial,
          correction: c.correction,
          figure_words: c.figureWords,
        })),
      ),
    ],
  );
}

const pairs = (postings: Array<{ claimId: string; terms: string[] }>) =>
  JSON.stringify(postings.flatMap((p) => p.terms.map((term) => ({ term, claim_id: p.claimId }))));

/** Removes the given postings (each a term and its claim), looked up by the terms' key; absent ones are no matter. */
export async function deleteTerms(em: EntityManager, postings: Array<{ claimId: string; terms: string[] }>) {
  if (postings.every((p) => p.terms.length === 0)) return;
  await em.query(
    `DELETE FROM trail_terms t USING jsonb_to_recordset($1::jsonb) AS r(term text, claim_id uuid)
      WHERE t.term = r.term AND t.claim_id = r.claim_id`,
    [pairs(postings)],
  );
}

/**
 * Adds postings. One may be there already: the terms stored of a claim are those of its key when it was indexed,
 * and a rename since may have given or taken its key away.
 */
export async function addTerms(em: EntityManager, postings: Array<{ claimId: string; terms: string[] }>) {
  if (postings.every((p) => p.terms.length === 0)) return;
  await em.query(
    `INSERT INTO trail_terms (term, claim_id)
     SELECT term, claim_id FROM jsonb_to_recordset($1::jsonb) AS r(term text, claim_id uuid)
     ON CONFLICT DO NOTHING`,
    [pairs(postings)],
  );
}
