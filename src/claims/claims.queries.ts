import { EntityManager, SelectQueryBuilder } from 'typeorm';
import { Document } from '../documents/document.entity';
import { ClaimKind, ClaimOrigin, QuoteType, ReviewStatus, Verdict } from './claim-enums';
import { Claim } from './claim.entity';

// The claims module's SQL: each query a named function taking the caller's EntityManager, so services
// speak in domain types and never see driver result shapes.

/** A claim with its speaker joined, for reads by id or list. */
export function claimsWithSpeaker(em: EntityManager): SelectQueryBuilder<Claim> {
  return em.createQueryBuilder(Claim, 'c').leftJoinAndSelect('c.speaker', 's');
}

/** One claim with its speaker, superseded and retracted ones too; null when there is none. */
export function claimById(em: EntityManager, id: string): Promise<Claim | null> {
  return claimsWithSpeaker(em).where('c.id = :id', { id }).getOne();
}

/** Where a claim stands, read under a row lock. */
export interface ClaimState {
  version: number;
  verdict: Verdict | null;
  reviewStatus: ReviewStatus;
  retractedAt: Date | null;
  supersededAt: Date | null;
  supersededById: string | null;
}

/**
 * Locks a claim row until the caller's transaction ends: `update` for changes that conflict with everything,
 * `no key update` for ones that may run beside a foreign-key check. Null when there is no such claim.
 */
export async function lockClaim(
  em: EntityManager,
  id: string,
  mode: 'update' | 'no key update',
): Promise<ClaimState | null> {
  const rows: Array<{
    version: number;
    verdict: Verdict | null;
    review_status: ReviewStatus;
    retracted_at: Date | null;
    superseded_at: Date | null;
    superseded_by_id: string | null;
  }> = await em.query(
    `SELECT version, verdict, review_status, retracted_at, superseded_at, superseded_by_id
       FROM claims WHERE id = $1 FOR ${mode === 'update' ? 'UPDATE' : 'NO KEY UPDATE'}`,
    [id],
  );
  if (rows.length === 0) return null;
  const [row] = rows;
  return {
    version: row.version,
    verdict: row.verdict,
    reviewStatus: row.review_status,
    retractedAt: row.retracted_at,
    supersededAt: row.superseded_at,
    supersededById: row.superseded_by_id,
  };
}

/** The claim's version now, or null when there is no such claim. */
export async function claimVersion(em: EntityManager, id: string): Promise<number | null> {
  const rows: Array<{ version: number }> = await em.query(`SELECT version FROM claims WHERE id = $1`, [id]);
  return rows[0]?.version ?? null;
}

/**
 * A document for a claim's anchor; `no key update` holds it until commit while a claim is added or its
 * span checked for duplicates. A retraction or re-extraction (which lock it for update) then cannot slip
 * in between, and two writers of claims on one document take turns.
 */
export function documentForClaim(
  em: EntityManager,
  documentId: string,
  lock?: 'no key update',
): Promise<Document | null> {
  return em.findOne(Document, { where: { id: documentId }, lock: lock && { mode: 'for_no_key_update' } });
}

/** The live (not retracted, not superseded) claim of this kind over exactly this span, if any. */
export async function liveClaimAt(
  em: EntityManager,
  span: { documentId: string; kind: ClaimKind; start: number; end: number },
  exceptId: string | null = null,
): Promise<string | null> {
  const rows: Array<{ id: string }> = await em.query(
    `SELECT id FROM claims
      WHERE document_id = $1 AND kind = $2 AND start_offset = $3 AND end_offset = $4
        AND retracted_at IS NULL AND superseded_at IS NULL AND id IS DISTINCT FROM $5::uuid
      ORDER BY created_at, id LIMIT 1`,
    [span.documentId, span.kind, span.start, span.end, exceptId],
  );
  return rows[0]?.id ?? null;
}

/** A claim row to insert, its text and selector already cut from the document. */
export interface ClaimRow {
  id?: string;
  documentId: string;
  kind: ClaimKind;
  text: string;
  start: number;
  end: number;
  prefix: string;
  suffix: string;
  speakerId: string | null;
  speakerMention?: string | null;
  speakerRole?: string | null;
  cue: string | null;
  quote: QuoteType;
  origin: ClaimOrigin;
  extractorVersion?: string | null;
  confidence?: number | null;
}

/** Inserts one claim; returns its id. */
export async function insertClaim(em: EntityManager, row: ClaimRow): Promise<string> {
  const inserted = await em
    .createQueryBuilder()
    .insert()
    .into(Claim)
    .values(row)
    .returning(['id'])
    .updateEntity(false)
    .execute();
  return (inserted.raw as Array<{ id: string }>)[0].id;
}

// One INSERT per chunk keeps bind parameters under PostgreSQL's 65,535 limit.
const INSERT_CHUNK = 2000;

/**
 * Inserts many claims (ids chosen by the caller), a chunk per statement. Each column goes as one array
 * parameter and unnest() zips them into rows: building the statement costs next to nothing in JavaScript,
 * where a query builder's per-value parameters took the event loop for long stretches on a large document.
 */
export async function insertClaims(em: EntityManager, rows: Array<ClaimRow & { id: string }>): Promise<void> {
  for (let i = 0; i < rows.length; i += INSERT_CHUNK) {
    const chunk = rows.slice(i, i + INSERT_CHUNK);
    const column = <T>(value: (row: ClaimRow & { id: string }) => T) => chunk.map(value);
    await em.query(
      `INSERT INTO claims (id, document_id, kind, text, start_offset, end_offset, prefix, suffix, speaker_id,
                           speaker_mention, speaker_role, cue, quote_type, origin, extractor_version, confidence)
       SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::varchar[], $4::text[], $5::int[], $6::int[], $7::text[],
                            $8::text[], $9::uuid[], $10::text[], $11::text[], $12::text[], $13::varchar[],
                            $14::varchar[], $15::text[], $16::real[])`,
      [
        column((r) => r.id),
        column((r) => r.documentId),
        column((r) => r.kind),
        column((r) => r.text),
        column((r) => r.start),
        column((r) => r.end),
        column((r) => r.prefix),
        column((r) => r.suffix),
        column((r) => r.speakerId),
        column((r) => r.speakerMention ?? null),
        column((r) => r.speakerRole ?? null),
        column((r) => r.cue),
        column((r) => r.quote),
        column((r) => r.origin),
        column((r) => r.extractorVersion ?? null),
        column((r) => r.confidence ?? null),
      ],
    );
  }
}

/** The editable fields of a claim, as an edit leaves them. */
export interface ClaimEdit {
  kind: ClaimKind;
  start: number;
  end: number;
  text: string;
  prefix: string;
  suffix: string;
  speakerId: string | null;
  cue: string | null;
  quote: QuoteType;
  reviewStatus: ReviewStatus;
}

/**
 * Writes an edit if the claim is still live and at `expected`: the version in the WHERE clause is the
 * lock, so a concurrent edit that committed first leaves no row to match. Returns whether it was written.
 */
export async function updateClaimAtVersion(
  em: EntityManager,
  id: string,
  expected: number,
  edit: ClaimEdit,
): Promise<boolean> {
  const rows: unknown[] = await em
    .query(
      `UPDATE claims SET kind = $3, start_offset = $4, end_offset = $5, text = $6, prefix = $7, suffix = $8,
            speaker_id = $9, cue = $10, quote_type = $11, review_status = $12,
            version = version + 1, updated_at = now()
      WHERE id = $1 AND version = $2 AND retracted_at IS NULL AND superseded_at IS NULL
      RETURNING version`,
      [
        id,
        expected,
        edit.kind,
        edit.start,
        edit.end,
        edit.text,
        edit.prefix,
        edit.suffix,
        edit.speakerId,
        edit.cue,
        edit.quote,
        edit.reviewStatus,
      ],
    )
    .then(([updated]: [unknown[], number]) => updated);
  return rows.length > 0;
}

/** Marks the claim retracted with the reason; returns when. */
export async function retractClaim(em: EntityManager, id: string, reason: string): Promise<Date> {
  const [rows]: [Array<{ retracted_at: Date }>, number] = await em.query(
    `UPDATE claims SET retracted_at = now(), retraction_reason = $2, version = version + 1, updated_at = now()
      WHERE id = $1 RETURNING retracted_at`,
    [id, reason],
  );
  return rows[0].retracted_at;
}

/** Clears the claim's retraction. */
export async function restoreClaim(em: EntityManager, id: string): Promise<void> {
  await em.query(
    `UPDATE claims SET retracted_at = NULL, retraction_reason = NULL, version = version + 1, updated_at = now()
      WHERE id = $1`,
    [id],
  );
}

/** Unreviewed becomes in-review; returns whether the status changed. */
export async function markClaimInReview(em: EntityManager, id: string): Promise<boolean> {
  const [rows]: [unknown[], number] = await em.query(
    `UPDATE claims SET review_status = 'in-review', version = version + 1, updated_at = now()
      WHERE id = $1 AND review_status = 'unreviewed' RETURNING id`,
    [id],
  );
  return rows.length > 0;
}

/** Sets the claim's current verdict, marking it reviewed. */
export async function setClaimVerdict(em: EntityManager, id: string, verdict: Verdict): Promise<void> {
  await em.query(
    `UPDATE claims SET verdict = $2, review_status = 'reviewed', version = version + 1, updated_at = now() WHERE id = $1`,
    [id, verdict],
  );
}

/** Live attributed and editorial counts per document. */
export async function claimCountsByDocument(
  em: EntityManager,
  documentIds: string[],
): Promise<Array<{ documentId: string; kind: ClaimKind; count: number }>> {
  const rows: Array<{ document_id: string; kind: ClaimKind; n: number }> = await em.query(
    `SELECT document_id, kind, count(*)::int AS n FROM claims
      WHERE document_id = ANY($1) AND retracted_at IS NULL AND superseded_at IS NULL GROUP BY 1, 2`,
    [documentIds],
  );
  return rows.map((r) => ({ documentId: r.document_id, kind: r.kind, count: r.n }));
}

/** A stored claim of the document, as re-extraction weighs it. */
export interface StoredClaim {
  id: string;
  kind: ClaimKind;
  start: number;
  end: number;
  speakerId: string | null;
  origin: ClaimOrigin;
  /** Exactly as the engine left it (version 1, unreviewed, no evidence): the new run may replace it. */
  replaceable: boolean;
}

/**
 * The document's claims that are not superseded, locked for update; `replaceable` when exactly as the
 * engine left them (version 1, unreviewed, never retracted, no evidence).
 */
export async function lockClaimsForReextraction(
  em: EntityManager,
  documentId: string,
): Promise<StoredClaim[]> {
  const rows: Array<{
    id: string;
    kind: ClaimKind;
    start_offset: number;
    end_offset: number;
    speaker_id: string | null;
    origin: ClaimOrigin;
    replaceable: boolean;
  }> = await em.query(
    `SELECT c.id, c.kind, c.start_offset, c.end_offset, c.speaker_id, c.origin,
            (c.origin = 'extraction' AND c.version = 1 AND c.review_status = 'unreviewed' AND c.retracted_at IS NULL
             AND NOT EXISTS (SELECT 1 FROM evidence_links e WHERE e.claim_id = c.id)) AS replaceable
       FROM claims c WHERE c.document_id = $1 AND c.superseded_at IS NULL ORDER BY c.id FOR UPDATE OF c`,
    [documentId],
  );
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    start: r.start_offset,
    end: r.end_offset,
    speakerId: r.speaker_id,
    origin: r.origin,
    replaceable: r.replaceable,
  }));
}

/** Marks claims superseded, each pointing at its successor (or none). */
export async function supersedeClaims(
  em: EntityManager,
  claims: Array<{ id: string; by: string | null }>,
): Promise<void> {
  await em.query(
    `UPDATE claims c SET superseded_at = now(), superseded_by_id = x.by, version = c.version + 1, updated_at = now()
       FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, by uuid) WHERE c.id = x.id`,
    [JSON.stringify(claims)],
  );
}

/**
 * Live (not retracted) evidence links per claim and stance, in one grouped query: the evidence table is
 * the claims' read model here.
 */
export async function evidenceCountsByClaim(
  em: EntityManager,
  claimIds: string[],
): Promise<Array<{ claimId: string; stance: string; count: number }>> {
  const rows: Array<{ claim_id: string; stance: string; n: number }> = await em.query(
    `SELECT claim_id, stance, count(*)::int AS n FROM evidence_links
      WHERE claim_id = ANY($1) AND retracted_at IS NULL GROUP BY 1, 2`,
    [claimIds],
  );
  return rows.map((r) => ({ claimId: r.claim_id, stance: r.stance, count: r.n }));
}
