// Which of a claim's candidates to suggest, and with what stance: the judging half of the suggestions route,
// plain TypeScript (the service reads the candidates; `suggestion-ranking.spec.ts` and the evaluation's
// offline replays call this directly).
import { DATELINE_MARK, datelineOf, isGenericName, storyPlace } from './entities';
import { oneBody } from './speaker-key';
import { judgeStance, outranked, sameStory, StanceJudgement } from './stance';
import { statementFeatures, StatementFeatures } from './statement';
import { stem } from './statement-lexicon';
import { ClaimWording } from './suggestions.queries';
import { IndexedClaim } from './trail.queries';

/** A candidate as the term search reads it: its trail row, words and its document's names. */
export type SuggestionCandidate = IndexedClaim & ClaimWording & { sharedNames: number; names: string[] };

/** The asked claim: its trail row with features read again from its words. */
export type AskedClaim = IndexedClaim & StatementFeatures;

export interface RankedSuggestion {
  statementId: string;
  candidate: SuggestionCandidate;
  judgement: StanceJudgement;
}

// Suggestions judge features read from the words now (each figure with its unit), not those the trail stored
// when it indexed the claim: a rule changed since applies to every claim at once, and the words cost nothing
// more to read than the stored row.
export const readAgain = (claim: ClaimWording) => statementFeatures(claim.text, claim.cue);

/**
 * Judges each candidate against the asked claim and keeps the best judgement per statement of another speaker
 * in the same story, less statements decided already and those another statement of their speaker outranks.
 */
export function rankCandidates(
  claim: AskedClaim,
  names: string[],
  candidates: readonly SuggestionCandidate[],
  decidedStatements: ReadonlySet<string> = new Set(),
): RankedSuggestion[] {
  const storyNames = new Set(names.map(stem));
  // A document without a dateline takes the place of the dated one among these it shares most names with.
  const documents = [names, ...candidates.map((c) => c.names)];
  const places = new Map<string, string | undefined>();
  const placeOf = (documentId: string, own: string[]) => {
    if (!places.has(documentId)) places.set(documentId, datelineOf(own) ?? storyPlace(own, documents));
    return places.get(documentId);
  };
  const dateline = placeOf(claim.documentId, names);
  const ownNames = new Set(names.filter((n) => !n.startsWith(DATELINE_MARK)));
  const best = new Map<string, RankedSuggestion>();
  for (const candidate of candidates) {
    if (candidate.kind !== 'attributed' || !candidate.speakerKey) continue;
    if (candidate.speakerKey === claim.speakerKey || candidate.statementId === claim.statementId) continue;
    if (decidedStatements.has(candidate.statementId)) continue;
    const other = { ...candidate, ...readAgain(candidate) };
    // The same body named in short ("Wyncote Homes", "Landlord Wyncote Homes") revising its own figure is
    // no dispute; correcting it is one a fact-checker wants to see.
    if (oneBody(candidate.speakerKey, claim.speakerKey) && !other.correction && !claim.correction) continue;
    // A similar claim from a similar story elsewhere (another town, other people) says nothing about this one.
    const link = {
      ...candidate,
      names: storyNames,
      otherNames: new Set(candidate.names.map(stem)),
      specificSharedNames: candidate.names.filter((n) => ownNames.has(n) && !isGenericName(n)).length,
      dateline,
      otherDateline: placeOf(candidate.documentId, candidate.names),
    };
    if (!sameStory(claim, other, link)) continue;
    const judgement = judgeStance(claim, other, storyNames);
    if (!judgement) continue;
    const seen = best.get(candidate.statementId);
    if (!seen || judgement.score > seen.judgement.score)
      best.set(candidate.statementId, { statementId: candidate.statementId, candidate, judgement });
  }
  for (const statementId of outranked(
    [...best.values()].map(({ statementId, candidate, judgement }) => ({
      id: statementId,
      speakerKey: candidate.speakerKey,
      ...judgement,
    })),
  ))
    best.delete(statementId);
  return [...best.values()];
}
