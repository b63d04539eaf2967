import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import { EntityNotFound } from '../common/domain-errors';
import { applyKeyset, KeysetOrder, Page, toPage } from '../common/pagination';
import { manyOnReplica } from '../database/read-replica';
import { quoteSelector } from './anchor';
import { ClaimKind, ClaimOrigin, QuoteType } from './claim-enums';
import { Claim } from './claim.entity';
import { ClaimFilterDto } from './dto/claim-query.dto';
import { ClaimResponse, NO_EVIDENCE, ProvenanceSummaryResponse, toClaimResponse } from './dto/claim.response';

/** A claim to store, before its text and selector are cut from the document. */
export interface NewClaim {
  kind: ClaimKind;
  start: number;
  end: number;
  speakerId: string | null;
  speakerMention: string | null;
  speakerRole: string | null;
  cue: string | null;
  quote: QuoteType;
  origin: ClaimOrigin;
  extractorVersion: string | null;
  confidence: number | null;
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

export interface ClaimCounts {
  attributed: number;
  editorial: number;
}

const IN_TEXT_ORDER: KeysetOrder<Claim> = {
  columns: ['c.start', 'c.id'],
  types: ['integer', 'uuid'],
  direction: 'ASC',
  keyOf: (c) => [c.start, c.id],
};
const NEWEST_FIRST: KeysetOrder<Claim> = {
  columns: ['c.createdAt', 'c.id'],
  types: ['timestamp', 'uuid'],
  direction: 'DESC',
  keyOf: (c) => [c.createdAt.toISOString(), c.id],
};
// One INSERT per chunk keeps bind parameters under PostgreSQL's 65,535 limit.
const INSERT_CHUNK = 2000;

@Injectable()
export class ClaimsService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Claims matching the filters: in text order within one document, newest first otherwise. */
  async list(filter: ClaimFilterDto): Promise<Page<ClaimResponse>> {
    const order = filter.documentId ? IN_TEXT_ORDER : NEWEST_FIRST;
    const qb = this.query();
    if (filter.documentId) qb.andWhere('c.documentId = :documentId', { documentId: filter.documentId });
    if (filter.speakerId) qb.andWhere('c.speakerId = :speakerId', { speakerId: filter.speakerId });
    if (filter.kind) qb.andWhere('c.kind = :kind', { kind: filter.kind });
    if (filter.quote) qb.andWhere('c.quote = :quote', { quote: filter.quote });
    if (filter.status) qb.andWhere('c.reviewStatus = :status', { status: filter.status });
    if (filter.verdict) qb.andWhere('c.verdict = :verdict', { verdict: filter.verdict });
    if (filter.q) qb.andWhere(`c.search @@ websearch_to_tsquery('english', :q)`, { q: filter.q });
    if (!filter.includeSuperseded) qb.andWhere('c.supersededAt IS NULL');
    if (!filter.includeRetracted) {
      qb.andWhere('c.retractedAt IS NULL');
      // Few documents are ever retracted: the anti-join probes a small partial index.
      qb.andWhere(
        'NOT EXISTS (SELECT 1 FROM documents rd WHERE rd.id = c.document_id AND rd.retracted_at IS NOT NULL)',
      );
    }
    const rows = await manyOnReplica(this.db, applyKeyset(qb, order, filter));
    const provenance = await this.provenanceOf(rows.map((r) => r.id));
    return toPage(rows, order, filter, (c) => toClaimResponse(c, provenance.get(c.id)));
  }

  async get(id: string, em: EntityManager = this.db.manager): Promise<Claim> {
    const claim = await this.query(em).where('c.id = :id', { id }).getOne();
    if (!claim) throw new EntityNotFound('claim', id);
    return claim;
  }

  async getResponse(id: string): Promise<ClaimResponse> {
    const claim = await this.get(id);
    return toClaimResponse(claim, (await this.provenanceOf([id])).get(id));
  }

  /** Attributed and editorial counts for each of the given documents, in one query. */
  async countsByDocument(
    documentIds: string[],
    em: EntityManager = this.db.manager,
  ): Promise<Map<string, ClaimCounts>> {
    const counts = new Map(documentIds.map((id) => [id, { attributed: 0, editorial: 0 }]));
    if (documentIds.length === 0) return counts;
    const rows: Array<{ document_id: string; kind: ClaimKind; n: number }> = await em.query(
      `SELECT document_id, kind, count(*)::int AS n FROM claims
        WHERE document_id = ANY($1) AND retracted_at IS NULL AND superseded_at IS NULL GROUP BY 1, 2`,
      [documentIds],
    );
    for (const row of rows) counts.get(row.document_id)![row.kind] = row.n;
    return counts;
  }

  /**
   * Stores many claims of one document with batched INSERTs; text and selectors come from the document.
   * Returns the new claims' ids, in the order given.
   */
  async insertMany(
    em: EntityManager,
    document: { id: string; text: string },
    claims: NewClaim[],
  ): Promise<string[]> {
    return (await this.insertForDocuments(em, [{ document, claims }]))[0];
  }

  /** insertMany for many documents at once (a batch of an import): the ids of each document's new claims. */
  async insertForDocuments(
    em: EntityManager,
    documents: Array<{ document: { id: string; text: string }; claims: NewClaim[] }>,
  ): Promise<string[][]> {
    const rows = documents.map(({ document, claims }) =>
      claims.map((claim) => {
        const selector = quoteSelector(document.text, claim.start, claim.end);
        return {
          ...claim,
          // Chosen here rather than by the database, so the caller knows which id each claim got.
          id: randomUUID(),
          documentId: document.id,
          text: selector.exact,
          prefix: selector.prefix,
          suffix: selector.suffix,
        };
      }),
    );
    const all = rows.flat();
    for (let i = 0; i < all.length; i += INSERT_CHUNK) {
      await em
        .createQueryBuilder()
        .insert()
        .into(Claim)
        .values(all.slice(i, i + INSERT_CHUNK))
        .updateEntity(false)
        .execute();
    }
    return rows.map((ofDocument) => ofDocument.map((row) => row.id));
  }

  /**
   * The document's claims a re-extraction weighs (all but superseded ones), locked until the caller's
   * transaction ends so no evidence, verdict or edit lands on a claim while it is being replaced.
   */
  async lockForReextraction(em: EntityManager, documentId: string): Promise<StoredClaim[]> {
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

  /** Marks claims superseded (left out of default lists, readable by id), each pointing at its successor. */
  async supersede(em: EntityManager, claims: Array<{ id: string; by: string | null }>): Promise<void> {
    if (claims.length === 0) return;
    await em.query(
      `UPDATE claims c SET superseded_at = now(), superseded_by_id = x.by, version = c.version + 1, updated_at = now()
         FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, by uuid) WHERE c.id = x.id`,
      [JSON.stringify(claims)],
    );
  }

  private query(em: EntityManager = this.db.manager): SelectQueryBuilder<Claim> {
    return em.createQueryBuilder(Claim, 'c').leftJoinAndSelect('c.speaker', 's');
  }

  // Evidence counts for a page of claims in one grouped query (the evidence table is the claims' read model here).
  private async provenanceOf(claimIds: string[]): Promise<Map<string, ProvenanceSummaryResponse>> {
    const summaries = new Map<string, ProvenanceSummaryResponse>();
    if (claimIds.length === 0) return summaries;
    const rows: Array<{ claim_id: string; stance: string; n: number }> = await this.db.query(
      `SELECT claim_id, stance, count(*)::int AS n FROM evidence_links WHERE claim_id = ANY($1) GROUP BY 1, 2`,
      [claimIds],
    );
    const field = { corroborates: 'corroborating', disputes: 'disputing', context: 'context' } as const;
    for (const row of rows) {
      const summary = summaries.get(row.claim_id) ?? { ...NO_EVIDENCE };
      summary[field[row.stance as keyof typeof field]] = row.n;
      summaries.set(row.claim_id, summary);
    }
    return summaries;
  }
}
