// The SQL of trail suggestions: the asked claim, its candidates from the term index, and decisions.
import { EntityManager } from 'typeorm';
import { SuggestionStance } from './stance';
import { TrailRow } from './appearances.queries';
import { ClaimToIndex, INDEXED_COLUMNS, IndexedClaim } from './trail.queries';

/** One claim with its speaker, to judge it when the trail has not indexed it. */
export async function claimToJudge(em: EntityManager, claimId: string): Promise<ClaimToIndex | null> {
  const rows: ClaimToIndex[] = await em.query(
    `SELECT c.id, c.document_id AS "documentId", c.kind, c.text, c.cue,
            coalesce(m.name, s.name) AS "speakerName", coalesce(m.kind, s.kind) AS "speakerKind"
       FROM claims c
       LEFT JOIN speakers s ON s.id = c.speaker_id
       LEFT JOIN speakers m ON m.id = s.merged_into_id
      WHERE c.id = $1`,
    [claimId],
  );
  return rows[0] ?? null;
}

/** A claim's words as the trail judges them: features are read again from these, not taken as stored. */
export interface ClaimWording {
  text: string;
  cue: string | null;
}

/** A claim's trail row, with the names of its document and the suggestions already decided for it. */
export async function indexedClaimForSuggestions(
  em: EntityManager,
  claimId: string,
): Promise<{ claim: (IndexedClaim & ClaimWording) | null; names: string[]; decided: Decided }> {
  const rows: Array<
    IndexedClaim &
      ClaimWording & { names: string[] | null; decided: Array<{ id: string; statementId: string | null }> }
  > = await em.query(
    `SELECT ${INDEXED_COLUMNS}, c.text, c.cue, f.entities AS names,
              coalesce((SELECT json_agg(json_build_object('id', d.suggestion_id, 'statementId', o.statement_id))
                          FROM trail_suggestion_decisions d LEFT JOIN trail_claims o ON o.claim_id = d.other_claim_id
                         WHERE d.claim_id = $1), '[]') AS decided
         FROM trail_claims t JOIN claims c ON c.id = t.claim_id
         LEFT JOIN document_fingerprints f ON f.document_id = t.document_id
        WHERE t.claim_id = $1`,
    [claimId],
  );
  if (rows.length === 0) return { claim: null, names: [], decided: await decidedSuggestions(em, claimId) };
  const { names, decided, ...claim } = rows[0];
  return { claim, names: names ?? [], decided: toDecided(decided) };
}

/** The first appearances of several statements: one row per statement. */
export async function firstAppearances(
  em: EntityManager,
  statementIds: string[],
): Promise<Array<TrailRow & { statementId: string }>> {
  return em.query(
    `SELECT DISTINCT ON (t.statement_id) t.claim_id AS "claimId", t.document_id AS "documentId", d.publisher,
            d.published_at AS "publishedAt", d.copy_of_id AS "copyOfId", t.statement_id AS "statementId"
       FROM trail_claims t
       JOIN claims c ON c.id = t.claim_id
       JOIN documents d ON d.id = t.document_id
      WHERE t.statement_id = ANY($1::uuid[])
        AND c.retracted_at IS NULL AND c.superseded_at IS NULL AND d.retracted_at IS NULL
      ORDER BY t.statement_id, d.published_at NULLS LAST, d.created_at, t.ingest_seq`,
    [statementIds],
  );
}

/**
 * Claims sharing terms with the given ones, most shared first. A common term reads only its `perTerm` most
 * recent postings (claim ids are time-ordered), so the search stays bounded however many claims are stored.
 */
export async function termCandidates(
  em: EntityManager,
  claimId: string,
  terms: string[],
  perTerm: number,
  limit: number,
): Promise<Array<IndexedClaim & ClaimWording & { sharedNames: number; names: string[] }>> {
  return em.query(
    `WITH hits AS (
       SELECT p.claim_id, count(*) AS shared
         FROM unnest($2::text[]) AS q(term)
         CROSS JOIN LATERAL (SELECT claim_id FROM trail_terms WHERE term = q.term ORDER BY claim_id DESC LIMIT $3) p
        WHERE p.claim_id <> $1
        GROUP BY p.claim_id
        ORDER BY shared DESC LIMIT $4)
     SELECT ${INDEXED_COLUMNS},
            CASE WHEN t.document_id = me.document_id THEN 1000
                 ELSE cardinality(ARRAY(SELECT n FROM unnest(f.entities) n WHERE n NOT LIKE '@%'
                                       INTERSECT SELECT unnest(mf.entities))) END
              AS "sharedNames", coalesce(f.entities, '{}') AS names, c.text, c.cue
       FROM hits JOIN trail_claims t ON t.claim_id = hits.claim_id
       JOIN claims c ON c.id = t.claim_id
       JOIN claims me ON me.id = $1
       LEFT JOIN document_fingerprints f ON f.document_id = t.document_id
       LEFT JOIN document_fingerprints mf ON mf.document_id = me.document_id
      WHERE c.retracted_at IS NULL AND c.superseded_at IS NULL`,
    [claimId, terms, perTerm, limit],
  );
}

export interface ClaimAnchor {
  documentId: string;
  start: number;
  end: number;
}

export async function claimAnchor(em: EntityManager, claimId: string): Promise<ClaimAnchor | null> {
  const rows: ClaimAnchor[] = await em.query(
    `SELECT document_id AS "documentId", start_offset AS start, end_offset AS "end" FROM claims WHERE id = $1`,
    [claimId],
  );
  return rows[0] ?? null;
}

export interface Decided {
  ids: Set<string>;
  /** The statements of the other claims: another appearance of a rejected claim is not suggested either. */
  statements: Set<string>;
}

function toDecided(rows: Array<{ id: string; statementId: string | null }>): Decided {
  return {
    ids: new Set(rows.map((r) => r.id)),
    statements: new Set(rows.map((r) => r.statementId).filter((s): s is string => s !== null)),
  };
}

/** Suggestions already decided for a claim, and the statements their other claims belong to. */
export async function decidedSuggestions(em: EntityManager, claimId: string): Promise<Decided> {
  const rows: Array<{ id: string; statementId: string | null }> = await em.query(
    `SELECT d.suggestion_id AS id, t.statement_id AS "statementId"
       FROM trail_suggestion_decisions d LEFT JOIN trail_claims t ON t.claim_id = d.other_claim_id
      WHERE d.claim_id = $1`,
    [claimId],
  );
  return toDecided(rows);
}

export async function linkDecisionEvidence(em: EntityManager, suggestionId: string, evidenceId: string) {
  await em.query(`UPDATE trail_suggestion_decisions SET evidence_id = $2 WHERE suggestion_id = $1`, [
    suggestionId,
    evidenceId,
  ]);
}

export async function recordDecision(
  em: EntityManager,
  decision: {
    suggestionId: string;
    claimId: string;
    otherClaimId: string;
    decision: 'accepted' | 'rejected';
    stance: SuggestionStance;
    evidenceId: string | null;
    decidedBy: string;
  },
): Promise<boolean> {
  const rows: unknown[] = await em.query(
    `INSERT INTO trail_suggestion_decisions (suggestion_id, claim_id, other_claim_id, decision, stance, evidence_id, decided_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (suggestion_id) DO NOTHING RETURNING suggestion_id`,
    [
      decision.suggestionId,
      decision.claimId,
      decision.otherClaimId,
      decision.decision,
      decision.stance,
      decision.evidenceId,
      decision.decidedBy,
    ],
  );
  return rows.length > 0;
}
