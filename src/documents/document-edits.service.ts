import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { Actor } from '../auth/roles';
import { DomainError, EntityNotFound } from '../common/domain-errors';
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
      const rows: Array<{ retracted_at: Date | null }> = await em.query(
        `SELECT retracted_at FROM documents WHERE id = $1 FOR UPDATE`,
        [id],
      );
      if (rows.length === 0) throw new EntityNotFound('document', id);
      if (rows[0].retracted_at) throw new DomainError('conflict', `document ${id} is already retracted`);
      const [[row]]: [[{ retracted_at: Date }], number] = await em.query(
        `UPDATE documents SET retracted_at = now(), retraction_reason = $2, updated_at = now() WHERE id = $1 RETURNING retracted_at`,
        [id, reason],
      );
      await this.audit.record(em, {
        actor,
        action: 'retract',
        entityType: 'document',
        entityId: id,
        changes: {
          before: { retractedAt: null, retractionReason: null },
          after: { retractedAt: row.retracted_at.toISOString(), retractionReason: reason },
        },
      });
    });
    return this.documents.getResponse(id);
  }
}
