import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditEntry, AuditService, changedFields } from '../audit/audit.service';
import { Actor } from '../auth/roles';
import { checkAnchor } from '../claims/anchor';
import { ClaimEditsService } from '../claims/claim-edits.service';
import { ClaimsService } from '../claims/claims.service';
import { RetractedQueryDto } from '../claims/dto/claim-query.dto';
import { DomainError, EntityNotFound, InvalidEvidence, StaleVersion } from '../common/domain-errors';
import { applyKeyset, KeysetOrder, Page, toPage } from '../common/pagination';
import { Document } from '../documents/document.entity';
import { DocumentsService } from '../documents/documents.service';
import { CreateEvidenceDto } from './dto/create-evidence.dto';
import { EvidenceResponse, toEvidenceResponse } from './dto/evidence.response';
import { UpdateEvidenceDto } from './dto/update-evidence.dto';
import { EvidenceLink } from './evidence-link.entity';
import {
  correctEvidence,
  EvidenceCorrection,
  evidenceLink,
  evidenceOfClaim,
  insertEvidence,
  retractEvidence,
} from './evidence.queries';

const OLDEST_FIRST: KeysetOrder<EvidenceLink> = {
  name: 'evidence-oldest',
  columns: ['e.createdAt', 'e.id'],
  types: ['timestamp', 'uuid'],
  direction: 'ASC',
  keyOf: (e) => [e.createdAt.toISOString(), e.id],
};

/** The fields of a link its correction events show. */
const AUDITED = [
  'stance',
  'sourceDocumentId',
  'sourceStart',
  'sourceEnd',
  'sourceExact',
  'url',
  'title',
  'publisher',
  'publishedAt',
  'note',
] as const satisfies ReadonlyArray<keyof EvidenceCorrection>;

const snapshot = (link: EvidenceCorrection): EvidenceCorrection =>
  Object.fromEntries(AUDITED.map((field) => [field, link[field]])) as unknown as EvidenceCorrection;

@Injectable()
export class EvidenceService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly claims: ClaimsService,
    private readonly documents: DocumentsService,
    private readonly claimEdits: ClaimEditsService,
    private readonly audit: AuditService,
  ) {}

  /** The claim's evidence, oldest first; retracted links only with includeRetracted. */
  async list(claimId: string, query: RetractedQueryDto): Promise<Page<EvidenceResponse>> {
    await this.claims.get(claimId);
    const qb = evidenceOfClaim(this.db.manager, claimId, query.includeRetracted);
    const rows = await applyKeyset(qb, OLDEST_FIRST, query).getMany();
    return toPage(rows, OLDEST_FIRST, query, toEvidenceResponse);
  }

  /** One link of the claim, retracted ones too. */
  async get(claimId: string, id: string, em: EntityManager = this.db.manager): Promise<EvidenceResponse> {
    const link = await evidenceLink(em, claimId, id);
    if (!link) throw new EntityNotFound('evidence', id);
    return toEvidenceResponse(link);
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
    const passage = source ? this.passage(source, input.start ?? null, input.end ?? null, input.exact) : null;
    const saved = await insertEvidence(em, {
      claimId,
      stance: input.stance,
      sourceDocumentId: source?.id ?? null,
      sourceStart: passage?.start ?? null,
      sourceEnd: passage?.end ?? null,
      sourceExact: passage?.exact ?? null,
      url: source ? null : input.url!,
      title: input.title ?? null,
      publisher: input.publisher ?? null,
      publishedAt: input.publishedAt ? new Date(input.publishedAt) : null,
      note: input.note ?? null,
      addedBy: actor.name,
    });
    saved.sourceDocument = source;
    const response = toEvidenceResponse(saved);
    const statusEvent = await this.claimEdits.markInReview(em, claimId, actor);
    const { stance, source: recordedSource, note, addedBy } = response;
    await this.audit.recordMany(em, [
      {
        actor,
        action: 'create',
        entityType: 'evidence',
        entityId: saved.id,
        parent: { type: 'claim', id: claimId },
        changes: { before: null, after: { stance, source: recordedSource, note, addedBy } },
      },
      ...(statusEvent ? [statusEvent] : []),
    ]);
    return response;
  }

  /**
   * Corrects a link based on `expected`: its stance, its source (a new document or URL replaces the
   * other), the passage, or the bibliographic fields. A link changed since answers 409.
   */
  async correct(
    claimId: string,
    id: string,
    input: UpdateEvidenceDto,
    expected: number,
    actor: Actor,
  ): Promise<EvidenceResponse> {
    await this.db.transaction(async (em) => {
      // The claim first, then the link: the order adding evidence and retracting the claim lock in.
      await this.claimEdits.lockForEvidence(em, claimId, 'given corrected evidence');
      const before = await this.lockLink(em, claimId, id, 'corrected');
      if (before.version !== expected) throw new StaleVersion('evidence', id, expected, before.version);

      const sourceDocumentId = input.documentId ?? (input.url !== undefined ? null : before.sourceDocumentId);
      const sourceChanged = sourceDocumentId !== before.sourceDocumentId;
      const source = !sourceDocumentId
        ? null
        : sourceChanged
          ? await this.documents.get(sourceDocumentId, em)
          : before.sourceDocument!;
      const passageGiven = input.start !== undefined || input.end !== undefined;
      const passage = !source
        ? this.passage(null, passageGiven ? (input.start ?? null) : null, input.end ?? null, input.exact)
        : passageGiven
          ? this.passage(source, input.start ?? null, input.end ?? null, input.exact)
          : sourceChanged
            ? null
            : this.passage(source, before.sourceStart, before.sourceEnd, input.exact);
      const optional = <K extends 'title' | 'publisher' | 'note'>(field: K) =>
        input[field] !== undefined ? input[field] : before[field];

      const after: EvidenceCorrection = {
        stance: input.stance ?? before.stance,
        sourceDocumentId,
        sourceStart: passage?.start ?? null,
        sourceEnd: passage?.end ?? null,
        sourceExact: passage?.exact ?? null,
        url: source ? null : (input.url ?? before.url),
        title: optional('title'),
        publisher: optional('publisher'),
        publishedAt:
          input.publishedAt !== undefined
            ? input.publishedAt
              ? new Date(input.publishedAt)
              : null
            : before.publishedAt,
        note: optional('note'),
      };
      const changes = changedFields(snapshot(before), after, [...AUDITED]);
      if (Object.keys(changes.after ?? {}).length === 0) return;

      await correctEvidence(em, id, after);
      const statusEvent = await this.claimEdits.markInReview(em, claimId, actor);
      const events: AuditEntry[] = [
        {
          actor,
          action: 'update',
          entityType: 'evidence',
          entityId: id,
          parent: { type: 'claim', id: claimId },
          changes,
        },
      ];
      await this.audit.recordMany(em, statusEvent ? [...events, statusEvent] : events);
    });
    return this.get(claimId, id);
  }

  /** Withdraws a link: it leaves default lists and the claim's provenance counts, and keeps its history. */
  async retract(
    claimId: string,
    id: string,
    reason: string,
    actor: Actor,
    expected?: number,
  ): Promise<EvidenceResponse> {
    await this.db.transaction(async (em) => {
      await this.claimEdits.lockForEvidence(em, claimId, 'given corrected evidence');
      const link = await this.lockLink(em, claimId, id, 'retracted');
      if (expected !== undefined && link.version !== expected)
        throw new StaleVersion('evidence', id, expected, link.version);
      const retractedAt = await retractEvidence(em, id, reason);
      await this.audit.record(em, {
        actor,
        action: 'retract',
        entityType: 'evidence',
        entityId: id,
        parent: { type: 'claim', id: claimId },
        changes: {
          before: { retractedAt: null, retractionReason: null },
          after: { retractedAt: retractedAt.toISOString(), retractionReason: reason },
        },
      });
    });
    return this.get(claimId, id);
  }

  /** Locks a link of the claim for a change; a retracted one is closed to `doing` (409). */
  private async lockLink(
    em: EntityManager,
    claimId: string,
    id: string,
    doing: string,
  ): Promise<EvidenceLink> {
    const link = await evidenceLink(em, claimId, id, true);
    if (!link) throw new EntityNotFound('evidence', id);
    if (link.retractedAt)
      throw new DomainError('conflict', `evidence ${id} is retracted; it cannot be ${doing}`);
    return link;
  }

  /** The passage start-end of the source document, checked; null when no passage is given. */
  private passage(
    source: Document | null,
    start: number | null,
    end: number | null,
    exact: string | undefined,
  ): { start: number; end: number; exact: string } | null {
    if (start === null && end === null) {
      if (exact !== undefined) throw new InvalidEvidence('exact needs start and end');
      return null;
    }
    if (start === null || end === null)
      throw new InvalidEvidence('give start and end of the passage together');
    if (!source) throw new InvalidEvidence('a passage (start, end) needs a stored source document');
    checkAnchor(source.text, start, end, exact);
    return { start, end, exact: source.text.slice(start, end) };
  }
}
