import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { Actor } from '../auth/roles';
import { checkAnchor } from '../claims/anchor';
import { ClaimEditsService } from '../claims/claim-edits.service';
import { ClaimsService } from '../claims/claims.service';
import { applyKeyset, KeysetOrder, Page, PageQueryDto, toPage } from '../common/pagination';
import { DocumentsService } from '../documents/documents.service';
import { CreateEvidenceDto } from './dto/create-evidence.dto';
import { EvidenceResponse, toEvidenceResponse } from './dto/evidence.response';
import { EvidenceLink } from './evidence-link.entity';

const OLDEST_FIRST: KeysetOrder<EvidenceLink> = {
  columns: ['e.createdAt', 'e.id'],
  types: ['timestamp', 'uuid'],
  direction: 'ASC',
  keyOf: (e) => [e.createdAt.toISOString(), e.id],
};

@Injectable()
export class EvidenceService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly claims: ClaimsService,
    private readonly documents: DocumentsService,
    private readonly claimEdits: ClaimEditsService,
    private readonly audit: AuditService,
  ) {}

  async list(claimId: string, page: PageQueryDto): Promise<Page<EvidenceResponse>> {
    await this.claims.get(claimId);
    const qb = this.db
      .getRepository(EvidenceLink)
      .createQueryBuilder('e')
      .leftJoinAndSelect('e.sourceDocument', 'd')
      .where('e.claimId = :claimId', { claimId });
    const rows = await applyKeyset(qb, OLDEST_FIRST, page).getMany();
    return toPage(rows, OLDEST_FIRST, page, toEvidenceResponse);
  }

  /** Links a source to a claim, audited; inside the caller's transaction when `em` is given. */
  async add(
    claimId: string,
    input: CreateEvidenceDto,
    actor: Actor,
    em?: EntityManager,
  ): Promise<EvidenceResponse> {
    if (!em) return this.db.transaction((tx) => this.add(claimId, input, actor, tx));
    await this.claimEdits.lockForEvidence(em, claimId);
    const source = input.documentId ? await this.documents.get(input.documentId, em) : null;
    if (source && input.start !== undefined && input.end !== undefined) {
      checkAnchor(source.text, input.start, input.end, input.exact);
    }
    const link = em.create(EvidenceLink, {
      claimId,
      stance: input.stance,
      sourceDocumentId: source?.id ?? null,
      sourceStart: source ? (input.start ?? null) : null,
      sourceEnd: source ? (input.end ?? null) : null,
      sourceExact: source && input.start !== undefined ? source.text.slice(input.start, input.end) : null,
      url: source ? null : input.url!,
      title: input.title ?? null,
      publisher: input.publisher ?? null,
      publishedAt: input.publishedAt ? new Date(input.publishedAt) : null,
      note: input.note ?? null,
      addedBy: actor.name,
    });
    const saved = await em.save(link);
    saved.sourceDocument = source;
    const response = toEvidenceResponse(saved);
    const statusEvent = await this.claimEdits.markInReview(em, claimId, actor);
    const { id: _id, claimId: _claimId, createdAt: _createdAt, ...recorded } = response;
    await this.audit.recordMany(em, [
      {
        actor,
        action: 'create',
        entityType: 'evidence',
        entityId: saved.id,
        parent: { type: 'claim', id: claimId },
        changes: { before: null, after: recorded },
      },
      ...(statusEvent ? [statusEvent] : []),
    ]);
    return response;
  }
}
