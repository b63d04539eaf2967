import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { EntityNotFound } from '../common/domain-errors';
import { cursorAfter, KeysetOrder, Page, toPage } from '../common/pagination';
import { onReplica } from '../database/read-replica';
import { quoteSelector } from './anchor';
import { ClaimKind, ClaimOrigin, QuoteType } from './claim-enums';
import { Claim } from './claim.entity';
import { ListedClaim, listedClaims, ListStrategy } from './claim-list.queries';
import {
  claimCountsByDocument,
  claimById,
  StoredClaim,
  evidenceCountsByClaim,
  insertClaims,
  lockClaimsForReextraction,
  supersedeClaims,
} from './claims.queries';
import { ClaimFilterDto } from './dto/claim-query.dto';
import { ClaimResponse, NO_EVIDENCE, ProvenanceSummaryResponse, toClaimResponse } from './dto/claim.response';
import { timeOrderedUuid } from '../common/time-ordered-uuid';

const ROWS_PER_STEP = 2000;
// How many of the newest candidates a text search tests before it reads its matches through the search index.
const SEARCH_PROBE_ROWS = 2000;

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

export type { StoredClaim } from './claims.queries';

export interface ClaimCounts {
  attributed: number;
  editorial: number;
}

const IN_TEXT_ORDER: KeysetOrder<ListedClaim> = {
  name: 'claims-in-text',
  columns: ['c.start_offset', 'c.id'],
  types: ['integer', 'uuid'],
  direction: 'ASC',
  keyOf: (c) => [c.start, c.id],
};
const NEWEST_FIRST: KeysetOrder<ListedClaim> = {
  name: 'claims-newest',
  columns: ['c.created_at', 'c.id'],
  types: ['timestamp', 'uuid'],
  direction: 'DESC',
  keyOf: (c) => [c.createdAt.toISOString(), c.id],
};

@Injectable()
export class ClaimsService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Claims matching the filters: in text order within one document, newest first otherwise. */
  async list(filter: ClaimFilterDto): Promise<Page<ClaimResponse>> {
    const order = filter.documentId ? IN_TEXT_ORDER : NEWEST_FIRST;
    const after = cursorAfter(filter, order);
    const rows = await onReplica(this.db, async (em) => {
      const page = (strategy: ListStrategy) =>
        listedClaims(em, filter, order, after, filter.limit + 1, strategy);
      // One document's claims are few; elsewhere a text search whose words are each frequent but rare together
      // would walk the whole newest-first index for a page: the newest candidates are tried first, and when they
      // hold too few matches for a page, the matches are few enough to read through the search index and sort.
      if (!filter.q || filter.documentId) return page({ kind: 'walk' });
      const probed = await page({ kind: 'probe', rows: SEARCH_PROBE_ROWS });
      return probed.length > filter.limit ? probed : page({ kind: 'search' });
    });
    return toPage(rows, order, filter, (c) => toClaimResponse(c, c.provenance));
  }

  async get(id: string, em: EntityManager = this.db.manager): Promise<Claim> {
    const claim = await claimById(em, id);
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
    for (const row of await claimCountsByDocument(em, documentIds))
      counts.get(row.documentId)![row.kind] = row.count;
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
    const ids = documents.map((): string[] => []);
    const pending = documents.flatMap(({ document, claims }, d) =>
      claims.map((claim) => ({ d, document, claim })),
    );
    // Chunk by chunk, so a large document's claims never keep the event loop busy in one long stretch.
    for (let i = 0; i < pending.length; i += ROWS_PER_STEP) {
      const chunk = pending.slice(i, i + ROWS_PER_STEP);
      const rows = chunk.map(({ document, claim }) => {
        const selector = quoteSelector(document.text, claim.start, claim.end);
        return {
          ...claim,
          // Chosen here rather than by the database, so the caller knows which id each claim got; time-ordered,
          // so the indexes on claim ids (the claims', the trail's) take new claims at their end.
          id: timeOrderedUuid(),
          documentId: document.id,
          text: selector.exact,
          prefix: selector.prefix,
          suffix: selector.suffix,
        };
      });
      await insertClaims(em, rows);
      chunk.forEach(({ d }, j) => ids[d].push(rows[j].id));
    }
    return ids;
  }

  /**
   * The document's claims a re-extraction weighs (all but superseded ones), locked until the caller's
   * transaction ends so no evidence, verdict or edit lands on a claim while it is being replaced.
   */
  async lockForReextraction(em: EntityManager, documentId: string): Promise<StoredClaim[]> {
    return lockClaimsForReextraction(em, documentId);
  }

  /** Marks claims superseded (left out of default lists, readable by id), each pointing at its successor. */
  async supersede(em: EntityManager, claims: Array<{ id: string; by: string | null }>): Promise<void> {
    if (claims.length === 0) return;
    await supersedeClaims(em, claims);
  }

  // Live evidence counts for a page of claims, in one grouped query.
  private async provenanceOf(claimIds: string[]): Promise<Map<string, ProvenanceSummaryResponse>> {
    const summaries = new Map<string, ProvenanceSummaryResponse>();
    if (claimIds.length === 0) return summaries;
    const field = { corroborates: 'corroborating', disputes: 'disputing', context: 'context' } as const;
    for (const row of await evidenceCountsByClaim(this.db.manager, claimIds)) {
      const summary = summaries.get(row.claimId) ?? { ...NO_EVIDENCE };
      summary[field[row.stance as keyof typeof field]] = row.count;
      summaries.set(row.claimId, summary);
    }
    return summaries;
  }
}
