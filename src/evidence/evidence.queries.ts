import { EntityManager, SelectQueryBuilder } from 'typeorm';
import { EvidenceLink } from './evidence-link.entity';
import { EvidenceStance } from './evidence-stance';

// The evidence module's SQL: each query a named function taking the caller's EntityManager.

/** A claim's evidence links with their source documents; retracted ones only on request. */
export function evidenceOfClaim(
  em: EntityManager,
  claimId: string,
  includeRetracted = false,
): SelectQueryBuilder<EvidenceLink> {
  const qb = em
    .createQueryBuilder(EvidenceLink, 'e')
    .leftJoinAndSelect('e.sourceDocument', 'd')
    .where('e.claimId = :claimId', { claimId });
  if (!includeRetracted) qb.andWhere('e.retractedAt IS NULL');
  return qb;
}

/** One link of the claim with its source document, or null; `lock` holds its row until commit. */
export function evidenceLink(
  em: EntityManager,
  claimId: string,
  id: string,
  lock = false,
): Promise<EvidenceLink | null> {
  const qb = evidenceOfClaim(em, claimId, true).andWhere('e.id = :id', { id });
  // Only the link's row: the source document is read, not locked.
  if (lock) qb.setLock('pessimistic_write', undefined, ['e']);
  return qb.getOne();
}

/** The fields of a link a correction may change. */
export interface EvidenceCorrection {
  stance: EvidenceStance;
  sourceDocumentId: string | null;
  sourceStart: number | null;
  sourceEnd: number | null;
  sourceExact: string | null;
  url: string | null;
  title: string | null;
  publisher: string | null;
  publishedAt: Date | null;
  note: string | null;
}

/** Writes a correction to a link (the caller holds its row lock, having checked its version). */
export async function correctEvidence(
  em: EntityManager,
  id: string,
  correction: EvidenceCorrection,
): Promise<void> {
  await em
    .createQueryBuilder()
    .update(EvidenceLink)
    .set({ ...correction, version: () => 'version + 1' })
    .where('id = :id', { id })
    .execute();
}

/** Marks the link retracted with the reason; returns when. */
export async function retractEvidence(em: EntityManager, id: string, reason: string): Promise<Date> {
  const [rows]: [Array<{ retracted_at: Date }>, number] = await em.query(
    `UPDATE evidence_links SET retracted_at = now(), retraction_reason = $2, version = version + 1, updated_at = now()
      WHERE id = $1 RETURNING retracted_at`,
    [id, reason],
  );
  return rows[0].retracted_at;
}

/** Stores a new link; returns it with its id, version and timestamps. */
export function insertEvidence(
  em: EntityManager,
  link: EvidenceCorrection & { claimId: string; addedBy: string },
): Promise<EvidenceLink> {
  return em.save(em.create(EvidenceLink, { ...link, retractedAt: null, retractionReason: null }));
}
