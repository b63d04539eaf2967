import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { Actor } from '../auth/roles';
import { ClaimsService } from '../claims/claims.service';
import { extractClaims } from '../extraction';
import { SpeakersService } from '../speakers/speakers.service';
import { DocumentsService } from './documents.service';
import { planExtractedClaims } from './extracted-claims';

export interface ReextractionResult {
  documentId: string;
  engineVersion: string;
  /** Automatic claims nobody had touched, replaced by the new engine's. */
  replaced: number;
  /** Claims kept as they were: manual, edited, reviewed, or with evidence attached. */
  kept: number;
  /** New claims stored (those overlapping a kept claim are left out). */
  added: number;
}

@Injectable()
export class ReextractionService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly documents: DocumentsService,
    private readonly claims: ClaimsService,
    private readonly speakers: SpeakersService,
    private readonly audit: AuditService,
  ) {}

  /**
   * Runs the current engine on a stored document again. Only automatic claims that are exactly as the
   * engine left them (version 1, unreviewed, no evidence) are replaced; fact-checkers' work is never lost.
   */
  async reextract(documentId: string, actor: Actor): Promise<ReextractionResult> {
    const document = await this.documents.get(documentId);
    const extraction = extractClaims(document.text, { publisher: document.publisher });
    const plan = planExtractedClaims(extraction);

    return this.db.transaction(async (em) => {
      // Serialises re-extractions of one document, so two runs cannot both insert.
      await em.query(`SELECT 1 FROM documents WHERE id = $1 FOR UPDATE`, [documentId]);
      // TypeORM answers a DELETE with [rows, affected count].
      const [, replaced]: [unknown[], number] = await em.query(
        `DELETE FROM claims c
          WHERE c.document_id = $1 AND c.origin = 'extraction' AND c.version = 1 AND c.review_status = 'unreviewed'
            AND NOT EXISTS (SELECT 1 FROM evidence_links e WHERE e.claim_id = c.id)`,
        [documentId],
      );
      const kept: Array<{ start_offset: number; end_offset: number }> = await em.query(
        `SELECT start_offset, end_offset FROM claims WHERE document_id = $1`,
        [documentId],
      );
      const speakerIds = await this.speakers.resolve(em, documentId, plan.mentions);
      const fresh = plan
        .claimsFor(speakerIds)
        .filter((claim) => !kept.some((k) => claim.start < k.end_offset && claim.end > k.start_offset));
      await this.claims.insertMany(em, document, fresh);
      const result = {
        documentId,
        engineVersion: extraction.engineVersion,
        replaced,
        kept: kept.length,
        added: fresh.length,
      };
      // One event for the document: the replaced claims were the engine's own, untouched output.
      await this.audit.record(em, {
        actor,
        action: 'reextract',
        entityType: 'document',
        entityId: documentId,
        changes: { before: null, after: { ...result } },
      });
      return result;
    });
  }
}
