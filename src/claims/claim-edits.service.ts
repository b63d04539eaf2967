import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditEntry, AuditService, changedFields } from '../audit/audit.service';
import { Actor } from '../auth/roles';
import { DomainError, EntityNotFound, StaleVersion } from '../common/domain-errors';
import { Document } from '../documents/document.entity';
import { SpeakersService } from '../speakers/speakers.service';
import { checkAnchor, quoteSelector } from './anchor';
import { ClaimKind, Verdict } from './claim-enums';
import { checkAttribution } from './claim-rules';
import { defaultSpeaker, namedSpeaker, ResolvedSpeaker } from './claim-speakers';
import { Claim } from './claim.entity';
import {
  ClaimState,
  claimVersion,
  documentForClaim,
  insertClaim,
  liveClaimAt,
  lockClaim,
  markClaimInReview,
  restoreClaim,
  retractClaim,
  setClaimVerdict,
  updateClaimAtVersion,
} from './claims.queries';
import { ClaimsService } from './claims.service';
import { CreateClaimDto } from './dto/create-claim.dto';
import { ClaimResponse } from './dto/claim.response';
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

  /**
   * Adds a claim extraction missed. An attributed claim needs a speaker other than the document's own
   * outlet; an editorial one without a speaker is credited to the outlet, as extracted ones are; a live
   * claim of the same kind over the same span answers 409 with its id.
   */
  async create(input: CreateClaimDto, actor: Actor): Promise<ClaimResponse> {
    const id = await this.db.transaction(async (em) => {
      const document = await this.documentOf(em, input.documentId, 'no key update');
      if (document.retractedAt) throw new DomainError('conflict', `document ${document.id} is retracted`);
      checkAnchor(document.text, input.start, input.end, input.exact);
      await this.refuseDuplicate(em, { ...input, documentId: document.id });
      const speaker =
        input.speakerId !== undefined || input.speaker
          ? await namedSpeaker(this.speakers, em, document.id, input, actor)
          : await defaultSpeaker(this.speakers, em, document, input.kind, actor);
      checkAttribution(input.kind, speaker.speaker, document.publisher);
      const selector = quoteSelector(document.text, input.start, input.end);
      const claimId = await insertClaim(em, {
        documentId: document.id,
        kind: input.kind,
        text: selector.exact,
        start: input.start,
        end: input.end,
        prefix: selector.prefix,
        suffix: selector.suffix,
        speakerId: speaker.speakerId,
        cue: input.cue ?? null,
        quote: input.quote ?? (input.kind === 'attributed' ? 'indirect' : 'none'),
        origin: 'manual',
      });
      const claim = await this.claims.get(claimId, em);
      await this.audit.recordMany(em, [
        ...speaker.events,
        {
          actor,
          action: 'create',
          entityType: 'claim',
          entityId: claim.id,
          parent: { type: 'document', id: document.id },
          changes: { before: null, after: { ...snapshot(claim), origin: 'manual' } },
        },
      ]);
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

      const kind = input.kind ?? before.kind;
      const start = input.start ?? before.start;
      const end = input.end ?? before.end;
      const spanChanged = start !== before.start || end !== before.end || input.exact !== undefined;
      const kindChanged = kind !== before.kind;
      const speakerGiven = input.speakerId !== undefined || input.speaker !== undefined;
      // Two edits that could make the same duplicate take turns on the document's lock.
      const document =
        spanChanged || kindChanged || speakerGiven
          ? await this.documentOf(
              em,
              before.documentId,
              spanChanged || kindChanged ? 'no key update' : undefined,
            )
          : null;
      if (document && spanChanged) checkAnchor(document.text, start, end, input.exact);
      if (document && (spanChanged || kindChanged))
        await this.refuseDuplicate(em, { documentId: before.documentId, kind, start, end }, id);
      const selector = document && spanChanged ? quoteSelector(document.text, start, end) : null;

      let speaker: ResolvedSpeaker = {
        speakerId: before.speakerId,
        speaker: before.speaker ?? null,
        events: [],
      };
      if (speakerGiven) speaker = await namedSpeaker(this.speakers, em, before.documentId, input, actor);
      // Made editorial without naming a speaker: the outlet's own voice, as extraction credits it.
      else if (kindChanged && kind === 'editorial')
        speaker = await defaultSpeaker(this.speakers, em, document!, kind, actor);
      if (document && (kindChanged || speakerGiven))
        checkAttribution(kind, speaker.speaker, document.publisher);

      const after: ClaimSnapshot = {
        ...snapshot(before),
        kind,
        text: selector?.exact ?? before.text,
        start,
        end,
        speakerId: speaker.speakerId,
        cue: input.cue !== undefined ? input.cue : before.cue,
        quote: input.quote ?? before.quote,
        reviewStatus: before.reviewStatus === 'unreviewed' ? 'in-review' : before.reviewStatus,
      };
      const changes = changedFields(snapshot(before), after, [...AUDITED]);
      if (Object.keys(changes.after ?? {}).length === 0) return;

      const written = await updateClaimAtVersion(em, id, expected, {
        ...after,
        prefix: selector?.prefix ?? before.prefix,
        suffix: selector?.suffix ?? before.suffix,
      });
      if (!written) throw new StaleVersion('claim', id, expected, await this.currentVersion(em, id));
      await this.audit.recordMany(em, [
        ...speaker.events,
        { actor, action: 'update', entityType: 'claim', entityId: id, changes },
      ]);
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
      const retractedAt = await retractClaim(em, id, reason);
      await this.audit.record(em, {
        actor,
        action: 'retract',
        entityType: 'claim',
        entityId: id,
        changes: {
          before: { retractedAt: null, retractionReason: null },
          after: { retractedAt: retractedAt.toISOString(), retractionReason: reason },
        },
      });
    });
    return this.claims.getResponse(id);
  }

  /**
   * Undoes a retraction: the claim is back in default lists, with its evidence and verdicts. A claim that
   * is not retracted, whose document is retracted, or whose span another live claim of its kind now
   * covers answers 409.
   */
  async restore(id: string, actor: Actor, expected?: number): Promise<ClaimResponse> {
    await this.db.transaction(async (em) => {
      const claim = await this.claims.get(id, em);
      const document = await this.documentOf(em, claim.documentId, 'no key update');
      const state = await lockClaim(em, id, 'update');
      if (!state) throw new EntityNotFound('claim', id);
      if (!state.retractedAt) throw new DomainError('conflict', `claim ${id} is not retracted`);
      if (expected !== undefined && state.version !== expected)
        throw new StaleVersion('claim', id, expected, state.version);
      if (document.retractedAt)
        throw new DomainError('conflict', `document ${document.id} is retracted; restore no claims of it`);
      await this.refuseDuplicate(em, claim, id);
      await restoreClaim(em, id);
      await this.audit.record(em, {
        actor,
        action: 'restore',
        entityType: 'claim',
        entityId: id,
        changes: {
          before: { retractedAt: state.retractedAt.toISOString(), retractionReason: claim.retractionReason },
          after: { retractedAt: null, retractionReason: null },
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
  async lockForEvidence(em: EntityManager, claimId: string, doing = 'given new evidence'): Promise<void> {
    await this.lockOpen(em, claimId, 'no key update', doing);
  }

  /**
   * Work has started on the claim (evidence was attached): unreviewed becomes in-review. Returns the
   * audit entry for the caller to record with its own, or null when the status did not change.
   */
  async markInReview(em: EntityManager, claimId: string, actor: Actor): Promise<AuditEntry | null> {
    if (!(await markClaimInReview(em, claimId))) return null;
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
    await setClaimVerdict(em, claimId, verdict);
    return {
      actor,
      action: 'verdict',
      entityType: 'claim',
      entityId: claimId,
      changes: {
        before: { verdict: claim.verdict, reviewStatus: claim.reviewStatus },
        after: { verdict, reviewStatus: 'reviewed' },
      },
    };
  }

  // The documents module depends on this one, so the document is read here rather than through its service.
  private async documentOf(em: EntityManager, documentId: string, lock?: 'no key update'): Promise<Document> {
    const document = await documentForClaim(em, documentId, lock);
    if (!document) throw new EntityNotFound('document', documentId);
    return document;
  }

  /** A live claim of the same kind over the same span makes this one a duplicate (409, naming it). */
  private async refuseDuplicate(
    em: EntityManager,
    span: { documentId: string; kind: ClaimKind; start: number; end: number },
    self: string | null = null,
  ): Promise<void> {
    const existing = await liveClaimAt(em, span, self);
    if (existing) {
      throw new DomainError(
        'conflict',
        `claim ${existing} is already a live ${span.kind} claim over ${span.start}-${span.end}: edit that one`,
        { claimId: existing },
      );
    }
  }

  /** Locks a claim row; a claim that is retracted or superseded is closed to `doing` (409). */
  private async lockOpen(
    em: EntityManager,
    id: string,
    mode: 'update' | 'no key update',
    doing: string,
  ): Promise<ClaimState> {
    const state = await lockClaim(em, id, mode);
    if (!state) throw new EntityNotFound('claim', id);
    refuseClosed(id, state, doing);
    return state;
  }

  private async currentVersion(em: EntityManager, id: string): Promise<number> {
    const version = await claimVersion(em, id);
    if (version === null) throw new EntityNotFound('claim', id);
    return version;
  }
}

/** A retracted or superseded claim is closed to `doing` (409). */
function refuseClosed(id: string, claim: ClaimState, doing: string): void {
  if (claim.retractedAt) throw new DomainError('conflict', `claim ${id} is retracted; it cannot be ${doing}`);
  if (claim.supersededAt) {
    throw new DomainError(
      'conflict',
      `claim ${id} was superseded by a re-extraction; it cannot be ${doing}`,
      {
        supersededBy: claim.supersededById,
      },
    );
  }
}
