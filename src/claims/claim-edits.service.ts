import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditEntry, AuditService, changedFields } from '../audit/audit.service';
import { Actor } from '../auth/roles';
import { DomainError, EntityNotFound, StaleVersion } from '../common/domain-errors';
import { Document } from '../documents/document.entity';
import { SpeakersService } from '../speakers/speakers.service';
import { checkAnchor, quoteSelector } from './anchor';
import { ReviewStatus, Verdict } from './claim-enums';
import { Claim } from './claim.entity';
import { ClaimsService } from './claims.service';
import { CreateClaimDto } from './dto/create-claim.dto';
import { ClaimResponse } from './dto/claim.response';
import { SpeakerInputDto } from './dto/speaker-input.dto';
import { UpdateClaimDto } from './dto/update-claim.dto';

/** The fields of a claim its audit events show. */
const AUDITED = [
  'documentId',
  'kind',
  'text',
  'start',
  'end',
  'speakerId',
  'cue',
  'quote',
  'reviewStatus',
  'verdict',
] as const;
type ClaimSnapshot = Pick<Claim, (typeof AUDITED)[number]>;

const snapshot = (claim: ClaimSnapshot): ClaimSnapshot =>
  Object.fromEntries(AUDITED.map((field) => [field, claim[field]])) as ClaimSnapshot;

/**
 * Fact-checkers' changes to claims: manual claims, edits under optimistic locking, retraction, and
 * the review status that evidence and verdicts move. Every change bumps the version, so an ETag
 * always names one state of the claim and re-extraction never replaces a touched claim.
 */
@Injectable()
export class ClaimEditsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly claims: ClaimsService,
    private readonly speakers: SpeakersService,
    private readonly audit: AuditService,
  ) {}

  async create(input: CreateClaimDto, actor: Actor): Promise<ClaimResponse> {
    const id = await this.db.transaction(async (em) => {
      const document = await this.documentOf(em, input.documentId, true);
      if (document.retractedAt) throw new DomainError('conflict', `document ${document.id} is retracted`);
      checkAnchor(document.text, input.start, input.end, input.exact);
      const { speakerId, events } = await this.speakerFor(em, document.id, input, actor);
      const selector = quoteSelector(document.text, input.start, input.end);
      const inserted = await em
        .createQueryBuilder()
        .insert()
        .into(Claim)
        .values({
          documentId: document.id,
          kind: input.kind,
          text: selector.exact,
          start: input.start,
          end: input.end,
          prefix: selector.prefix,
          suffix: selector.suffix,
          speakerId,
          cue: input.cue ?? null,
          quote: input.quote ?? (input.kind === 'attributed' ? 'indirect' : 'none'),
          origin: 'manual',
        })
        .returning(['id'])
        .updateEntity(false)
        .execute();
      const claim = await this.claims.get(inserted.raw[0].id as string, em);
      events.push({
        actor,
        action: 'create',
        entityType: 'claim',
        entityId: claim.id,
        parent: { type: 'document', id: document.id },
        changes: { before: null, after: { ...snapshot(claim), origin: 'manual' } },
      });
      await this.audit.recordMany(em, events);
      return claim.id;
    });
    return this.claims.getResponse(id);
  }

  /** Applies an edit based on `expected`; a claim changed since answers 409 and nothing is written. */
  async update(id: string, input: UpdateClaimDto, expected: number, actor: Actor): Promise<ClaimResponse> {
    await this.db.transaction(async (em) => {
      const before = await this.claims.get(id, em);
      if (before.version !== expected) throw new StaleVersion('claim', id, expected, before.version);
      if (before.retractedAt)
        throw new DomainError('conflict', `claim ${id} is retracted; it can no longer be edited`);
      if (before.supersededAt) {
        throw new DomainError(
          'conflict',
          `claim ${id} was superseded by a re-extraction; edit its successor`,
          {
            supersededBy: before.supersededById,
          },
        );
      }

      const start = input.start ?? before.start;
      const end = input.end ?? before.end;
      const spanChanged = start !== before.start || end !== before.end || input.exact !== undefined;
      const document = spanChanged ? await this.documentOf(em, before.documentId) : null;
      if (document) checkAnchor(document.text, start, end, input.exact);
      const selector = document ? quoteSelector(document.text, start, end) : null;
      const { speakerId, events } =
        input.speakerId !== undefined || input.speaker
          ? await this.speakerFor(em, before.documentId, input, actor)
          : { speakerId: before.speakerId, events: [] as AuditEntry[] };

      const after: ClaimSnapshot = {
        ...snapshot(before),
        kind: input.kind ?? before.kind,
        text: selector?.exact ?? before.text,
        start,
        end,
        speakerId,
        cue: input.cue !== undefined ? input.cue : before.cue,
        quote: input.quote ?? before.quote,
        reviewStatus: before.reviewStatus === 'unreviewed' ? 'in-review' : before.reviewStatus,
      };
      const changes = changedFields(snapshot(before), after, [...AUDITED]);
      if (Object.keys(changes.after ?? {}).length === 0) return;

      // The version in the WHERE clause is the lock: a concurrent edit that committed first leaves no row to match.
      const updated: [unknown[], number] = await em.query(
        `UPDATE claims SET kind = $3, start_offset = $4, end_offset = $5, text = $6, prefix = $7, suffix = $8,
                speaker_id = $9, cue = $10, quote_type = $11, review_status = $12,
                version = version + 1, updated_at = now()
          WHERE id = $1 AND version = $2 AND retracted_at IS NULL AND superseded_at IS NULL
          RETURNING version`,
        [
          id,
          expected,
          after.kind,
          start,
          end,
          after.text,
          selector?.prefix ?? before.prefix,
          selector?.suffix ?? before.suffix,
          after.speakerId,
          after.cue,
          after.quote,
          after.reviewStatus,
        ],
      );
      if (updated[1] === 0) throw new StaleVersion('claim', id, expected, await this.currentVersion(em, id));
      events.push({ actor, action: 'update', entityType: 'claim', entityId: id, changes });
      await this.audit.recordMany(em, events);
    });
    return this.claims.getResponse(id);
  }

  /** Hides a claim from default lists; it stays readable by id, in exports on request, and in its history. */
  async retract(id: string, reason: string, actor: Actor, expected?: number): Promise<ClaimResponse> {
    await this.db.transaction(async (em) => {
      // Locked for update: evidence and verdicts lock it too, so none can commit after the retraction.
      const claim = await this.lockOpen(em, id, 'update', 'retracted');
      if (expected !== undefined && claim.version !== expected)
        throw new StaleVersion('claim', id, expected, claim.version);
      const [[row]]: [[{ retracted_at: Date }], number] = await em.query(
        `UPDATE claims SET retracted_at = now(), retraction_reason = $2, version = version + 1, updated_at = now()
          WHERE id = $1 RETURNING retracted_at`,
        [id, reason],
      );
      await this.audit.record(em, {
        actor,
        action: 'retract',
        entityType: 'claim',
        entityId: id,
        changes: {
          before: { retractedAt: null, retractionReason: null },
          after: { retractedAt: row.retracted_at.toISOString(), retractionReason: reason },
        },
      });
    });
    return this.claims.getResponse(id);
  }

  /**
   * Locks a claim that evidence is being added to until the caller's transaction ends, refusing a retracted
   * or superseded one. A retraction locks the row too, so no evidence commits after it. (Not a share lock:
   * adding evidence then updates the row, and two share lockers upgrading would deadlock.)
   */
  async lockForEvidence(em: EntityManager, claimId: string): Promise<void> {
    await this.lockOpen(em, claimId, 'no key update', 'given new evidence');
  }

  /**
   * Work has started on the claim (evidence was attached): unreviewed becomes in-review. Returns the
   * audit entry for the caller to record with its own, or null when the status did not change.
   */
  async markInReview(em: EntityManager, claimId: string, actor: Actor): Promise<AuditEntry | null> {
    const [rows]: [unknown[], number] = await em.query(
      `UPDATE claims SET review_status = 'in-review', version = version + 1, updated_at = now()
        WHERE id = $1 AND review_status = 'unreviewed' RETURNING id`,
      [claimId],
    );
    if (rows.length === 0) return null;
    return {
      actor,
      action: 'status',
      entityType: 'claim',
      entityId: claimId,
      changes: { before: { reviewStatus: 'unreviewed' }, after: { reviewStatus: 'in-review' } },
    };
  }

  /**
   * Locks a live claim for a verdict and sets it, marking the claim reviewed; returns its audit entry.
   * The row lock makes concurrent reviews of one claim take turns.
   */
  async applyVerdict(
    em: EntityManager,
    claimId: string,
    verdict: Verdict,
    actor: Actor,
  ): Promise<AuditEntry> {
    const claim = await this.lockOpen(em, claimId, 'update', 'given new verdicts');
    await em.query(
      `UPDATE claims SET verdict = $2, review_status = 'reviewed', version = version + 1, updated_at = now() WHERE id = $1`,
      [claimId, verdict],
    );
    return {
      actor,
      action: 'verdict',
      entityType: 'claim',
      entityId: claimId,
      changes: {
        before: { verdict: claim.verdict, reviewStatus: claim.review_status },
        after: { verdict, reviewStatus: 'reviewed' },
      },
    };
  }

  // The documents module depends on this one, so the document is read here rather than through its service.
  // `share` locks it until commit: a retraction (which locks it for update) then cannot slip in between.
  private async documentOf(em: EntityManager, documentId: string, share = false): Promise<Document> {
    const document = await em.findOne(Document, {
      where: { id: documentId },
      lock: share ? { mode: 'pessimistic_read' } : undefined,
    });
    if (!document) throw new EntityNotFound('document', documentId);
    return document;
  }

  /** Locks a claim row; a claim that is retracted or superseded is closed to `doing` (409). */
  private async lockOpen(
    em: EntityManager,
    id: string,
    mode: 'update' | 'no key update',
    doing: string,
  ): Promise<{ version: number; verdict: Verdict | null; review_status: ReviewStatus }> {
    const rows: Array<{
      version: number;
      verdict: Verdict | null;
      review_status: ReviewStatus;
      retracted_at: Date | null;
      superseded_by_id: string | null;
      superseded_at: Date | null;
    }> = await em.query(
      `SELECT version, verdict, review_status, retracted_at, superseded_at, superseded_by_id
         FROM claims WHERE id = $1 FOR ${mode === 'update' ? 'UPDATE' : 'NO KEY UPDATE'}`,
      [id],
    );
    if (rows.length === 0) throw new EntityNotFound('claim', id);
    const [row] = rows;
    if (row.retracted_at)
      throw new DomainError('conflict', `claim ${id} is retracted; it cannot be ${doing}`);
    if (row.superseded_at) {
      throw new DomainError(
        'conflict',
        `claim ${id} was superseded by a re-extraction; it cannot be ${doing}`,
        {
          supersededBy: row.superseded_by_id,
        },
      );
    }
    return row;
  }

  private async currentVersion(em: EntityManager, id: string): Promise<number> {
    const rows: Array<{ version: number }> = await em.query(`SELECT version FROM claims WHERE id = $1`, [id]);
    if (rows.length === 0) throw new EntityNotFound('claim', id);
    return rows[0].version;
  }

  /** The speaker id a request names (existing id, null, or a name to match or create) and any creation event. */
  private async speakerFor(
    em: EntityManager,
    documentId: string,
    input: { speakerId?: string | null; speaker?: SpeakerInputDto },
    actor: Actor,
  ): Promise<{ speakerId: string | null; events: AuditEntry[] }> {
    if (input.speaker) {
      const { id, created } = await this.speakers.findOrCreate(em, documentId, input.speaker);
      const events: AuditEntry[] = created
        ? [
            {
              actor,
              action: 'create',
              entityType: 'speaker',
              entityId: id,
              changes: { before: null, after: { name: input.speaker.name, kind: input.speaker.kind } },
            },
          ]
        : [];
      return { speakerId: id, events };
    }
    // A merged speaker's id stands for the speaker it was merged into.
    if (input.speakerId)
      return { speakerId: (await this.speakers.survivor(input.speakerId, em)).id, events: [] };
    return { speakerId: null, events: [] };
  }
}
