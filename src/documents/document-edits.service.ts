import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { Actor } from '../auth/roles';
import { DomainError, EntityNotFound } from '../common/domain-errors';
import { lockDocumentRetraction, retractDocument } from './documents.queries';
import { DocumentsService } from './documents.service';
import { DocumentResponse } from './dto/document.response';

/** Fact-checkers' changes to stored documents. Documents are never deleted, only retracted. */
@Injectable()
export class DocumentEditsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly documents: DocumentsService,
    private readonly audit: AuditService,
  ) {}

  /** Hides the document and its claims from default lists; all stay readable by id and in their history. */
  async retract(id: string, reason: string, actor: Actor): Promise<DocumentResponse> {
    await this.db.transaction(async (em) => {
      const state = await lockDocumentRetraction(em, id);
      if (!state) throw new EntityNotFound('document', id);
      if (state.retractedAt) throw new DomainError('conflict', `document ${id} is already retracted`);
      const retractedAt = await retractDocument(em, id, reason);
      await this.audit.record(em, {
        actor,
        action: 'retract',
        entityType: 'document',
        entityId: id,
        changes: {
          before: { retractedAt: null, retractionReason: null },
          after: { retractedAt: retractedAt.toISOString(), retractionReason: reason },
        },
      });
    });
    return this.documents.getResponse(id);
  }
}
