import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { Actor } from '../auth/roles';
import { ClaimsService } from '../claims/claims.service';
import { DomainError } from '../common/domain-errors';
import { retryConcurrencyFailures } from '../database/concurrency';
import { SpeakersService } from '../speakers/speakers.service';
import { DocumentsService } from './documents.service';
import { planExtractedClaims } from './extracted-claims';
import { ExtractionPool } from './extraction-pool';
import { planReextraction } from './reextraction-plan';
import { TrailService } from '../trail/trail.service';

export interface ReextractionResult {
  documentId: string;
  engineVersion: string;
  /** Automatic claims nobody had touched that the new run did not find again: superseded, not deleted. */
  replaced: number;
  /** Claims still current: those fact-checkers made or touched, and those the new run found again. */
  kept: number;
  /** Of the kept, automatic claims the new run found again (same span, kind and speaker), ids unchanged. */
  refound: number;
  /** New claims stored (those overlapping a fact-checker's claim are left out). */
  added: number;
  /** The ids of the new claims. */
  addedIds: string[];
  /** The ids of the superseded claims: still readable, each with `supersededBy`. */
  supersededIds: string[];
}

@Injectable()
export class ReextractionService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly documents: DocumentsService,
    private readonly claims: ClaimsService,
    private readonly speakers: SpeakersService,
    private readonly audit: AuditService,
    private readonly extraction: ExtractionPool,
    private readonly trail: TrailService,
  ) {}

  /**
   * Runs the current engine on a stored document again. Claim ids are forever: an automatic claim the
   * new run finds again keeps its id, one it does not is superseded (never deleted), and fact-checkers'
   * work is never replaced. One audit event names every claim and speaker added and every claim superseded.
   */
  async reextract(documentId: string, actor: Actor): Promise<ReextractionResult> {
    const document = await this.documents.get(documentId);
    if (document.retractedAt) throw new DomainError('conflict', `document ${documentId} is retracted`);
    const extraction = await this.extraction.extract(document.text, document.publisher);
    const extracted = planExtractedClaims(extraction);

    return retryConcurrencyFailures(() =>
      this.db.transaction(async (em) => {
        // Serialises re-extractions of one document, and waits for writes to it in flight.
        const locked = await this.documents.get(documentId, em, { lock: 'update' });
        if (locked.retractedAt) throw new DomainError('conflict', `document ${documentId} is retracted`);
        const stored = await this.claims.lockForReextraction(em, documentId);
        const speakers = await this.speakers.resolveMentions(em, documentId, extracted.mentions);
        const plan = planReextraction(stored, extracted.claimsFor(speakers.ids));
        const addedIds = await this.claims.insertMany(em, document, plan.add);
        await this.claims.supersede(
          em,
          plan.superseded.map((s) => ({ id: s.id, by: s.successor === null ? null : addedIds[s.successor] })),
        );
        // The claims it added join the trail in the same transaction.
        await this.trail.indexDocuments(em, [documentId], actor);
        const result: ReextractionResult = {
          documentId,
          engineVersion: extraction.engineVersion,
          replaced: plan.superseded.length,
          kept: plan.kept.length + plan.refound.length,
          refound: plan.refound.length,
          added: addedIds.length,
          addedIds,
          supersededIds: plan.superseded.map((s) => s.id),
        };
        const { documentId: _id, addedIds: claimIds, supersededIds: supersededClaimIds, ...counts } = result;
        await this.audit.record(em, {
          actor,
          action: 'reextract',
          entityType: 'document',
          entityId: documentId,
          changes: {
            before: null,
            after: { ...counts, claimIds, supersededClaimIds, speakerIds: speakers.created },
          },
        });
        return result;
      }),
    );
  }
}
