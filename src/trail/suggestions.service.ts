import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { Actor } from '../auth/roles';
import { DomainError, EntityNotFound } from '../common/domain-errors';
import { EvidenceResponse } from '../evidence/dto/evidence.response';
import { EvidenceService } from '../evidence/evidence.service';
import { SuggestionListResponse, SuggestionResponse } from './dto/suggestion.response';
import { datelineOf } from './entities';
import { speakerKey } from './speaker-key';
import { indexTerms, statementFeatures } from './statement';
import { rankCandidates, readAgain } from './suggestion-ranking';
import {
  claimAnchor,
  claimToJudge,
  firstAppearances,
  indexedClaimForSuggestions,
  linkDecisionEvidence,
  recordDecision,
  termCandidates,
} from './suggestions.queries';
import { documentNames } from './syndication.queries';
import { IndexedClaim } from './trail.queries';

// Bounds of the candidate search: postings read per term, and candidates judged.
const POSTINGS_PER_TERM = 250;
const CANDIDATES = 120;
const MAX_SUGGESTIONS = 20;

/** A stable id for "this other claim, suggested for that claim": a name-based UUID of the pair. */
export function suggestionId(claimId: string, otherClaimId: string): string {
  const hex = createHash('sha256').update(`trail-suggestion:${claimId}:${otherClaimId}`).digest('hex');
  const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

@Injectable()
export class SuggestionsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly evidence: EvidenceService,
    private readonly audit: AuditService,
  ) {}

  async list(claimId: string): Promise<SuggestionListResponse> {
    return { items: await this.suggest(this.db.manager, claimId) };
  }

  /** Links the suggested claim's passage as evidence with the suggestion's stance; audited, once. */
  async accept(claimId: string, id: string, actor: Actor): Promise<EvidenceResponse> {
    return this.db.transaction(async (em) => {
      const suggestion = await this.find(em, claimId, id);
      const anchor = (await claimAnchor(em, suggestion.claimId))!;
      await this.decide(em, claimId, suggestion, 'accepted', actor);
      const link = await this.evidence.add(
        claimId,
        {
          stance: suggestion.stance,
          documentId: anchor.documentId,
          start: anchor.start,
          end: anchor.end,
          note: `Suggested by the claim trail: ${suggestion.reasons.join('; ')}`,
        },
        actor,
        em,
      );
      await linkDecisionEvidence(em, id, link.id);
      await this.audit.record(em, this.event(claimId, suggestion, 'accept', actor, link.id));
      return link;
    });
  }

  /** Records that the suggestion is wrong, audited: it is never suggested again. */
  async reject(claimId: string, id: string, actor: Actor): Promise<void> {
    await this.db.transaction(async (em) => {
      const suggestion = await this.find(em, claimId, id);
      await this.decide(em, claimId, suggestion, 'rejected', actor);
      await this.audit.record(em, this.event(claimId, suggestion, 'reject', actor, null));
    });
  }

  private async find(em: EntityManager, claimId: string, id: string): Promise<SuggestionResponse> {
    const suggestion = (await this.suggest(em, claimId)).find((s) => s.id === id);
    if (!suggestion) throw new EntityNotFound('suggestion', id);
    return suggestion;
  }

  private async decide(
    em: EntityManager,
    claimId: string,
    suggestion: SuggestionResponse,
    decision: 'accepted' | 'rejected',
    actor: Actor,
  ) {
    const recorded = await recordDecision(em, {
      suggestionId: suggestion.id,
      claimId,
      otherClaimId: suggestion.claimId,
      decision,
      stance: suggestion.stance,
      evidenceId: null,
      decidedBy: actor.name,
    });
    // Another request decided it first (it no longer shows once decided).
    if (!recorded) throw new DomainError('conflict', `suggestion ${suggestion.id} was already decided`);
  }

  private event(
    claimId: string,
    suggestion: SuggestionResponse,
    action: 'accept' | 'reject',
    actor: Actor,
    evidenceId: string | null,
  ) {
    const { id, ...rest } = suggestion;
    return {
      actor,
      action,
      entityType: 'suggestion' as const,
      entityId: id,
      parent: { type: 'claim' as const, id: claimId },
      changes: {
        before: null,
        after: { ...rest, decision: action === 'accept' ? 'accepted' : 'rejected', evidenceId },
      },
    };
  }

  /**
   * Claims by other speakers that state or contradict the same fact: candidates from the term index, each
   * judged, one per statement (its first appearance), decided ones left out.
   */
  private async suggest(em: EntityManager, claimId: string): Promise<SuggestionResponse[]> {
    const { claim, names, decided } = await this.features(em, claimId);
    const candidates = await termCandidates(em, claimId, indexTerms(claim), POSTINGS_PER_TERM, CANDIDATES);
    const best = new Map(
      rankCandidates(claim, names, candidates, decided.statements).map((r) => [r.statementId, r]),
    );
    if (best.size === 0) return [];
    const firsts = new Map((await firstAppearances(em, [...best.keys()])).map((r) => [r.statementId, r]));
    const items: SuggestionResponse[] = [];
    for (const [statementId, { candidate, judgement }] of best) {
      const first = firsts.get(statementId);
      const other = first ? { claimId: first.claimId, documentId: first.documentId } : candidate;
      const id = suggestionId(claimId, other.claimId);
      if (decided.ids.has(id)) continue;
      items.push({ id, claimId: other.claimId, documentId: other.documentId, ...judgement });
    }
    items.sort((a, b) => b.score - a.score || a.claimId.localeCompare(b.claimId));
    return items.slice(0, MAX_SUGGESTIONS);
  }

  private async features(em: EntityManager, claimId: string) {
    const found = await indexedClaimForSuggestions(em, claimId);
    if (found.claim) return { ...found, claim: { ...found.claim, ...readAgain(found.claim) } };
    // Not indexed (added by hand): judged from its text, alone in its statement.
    const claim = await claimToJudge(em, claimId);
    if (!claim) throw new EntityNotFound('claim', claimId);
    const names = await documentNames(em, claim.documentId);
    const features: IndexedClaim = {
      claimId,
      documentId: claim.documentId,
      statementId: claimId,
      speakerKey: speakerKey(claim.kind, claim.speakerName, claim.speakerKind, datelineOf(names)),
      kind: claim.kind,
      ...statementFeatures(claim.text, claim.cue),
    };
    return { claim: features, names, decided: found.decided };
  }
}
