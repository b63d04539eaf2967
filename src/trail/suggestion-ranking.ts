// Which of a claim's candidates to suggest, and with what stance: the judging half of the suggestions route,
// plain TypeScript (the service reads the candidates; `suggestion-ranking.spec.ts` and the evaluation's
// offline replays call this directly).
import { DATELINE_MARK, datelineOf, isGenericName, storyPlace } from './entities';
import { oneBody } from './speaker-key';
import { judgeStance, outranked, sameStory, sameWordsAndFigures, StanceJudgement } from './stance';
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
  documentNames: string[],
  candidates: readonly SuggestionCandidate[],
  decidedStatements: ReadonlySet<string> = new Set(),
): RankedSuggestion[] {
  const features = new Map<string, StatementFeatures>();
  const featuresOf = (c: SuggestionCandidate) => {
    if (!features.has(c.claimId)) features.set(c.claimId, readAgain(c));
    return features.get(c.claimId)!;
  };
  // A document without a dateline takes the place of the dated one among these it shares most names with.
  const documents = [documentNames, ...candidates.map((c) => c.names)];
  const places = new Map<string, string | undefined>();
  const placeOf = (documentId: string, own: string[]) => {
    if (!places.has(documentId)) places.set(documentId, datelineOf(own) ?? storyPlace(own, documents));
    return places.get(documentId);
  };
  // One that names too little to be placed, and repeats word for word a claim of documents filed from one
  // place, is in their story: a follow-up naming nobody of the wire's ("the trust's chief said waiting lists
  // had fallen by 12,000") takes the names and the place of the documents whose claim it repeats.
  const stories = new Map<string, string[]>();
  let byWording: Map<string, SuggestionCandidate[]> | undefined;
  const placeByRepeat = (documentId: string, own: string[], claim: () => StatementFeatures) => {
    if (placeOf(documentId, own) !== undefined) return;
    const features = claim();
    if (features.stems.length < 3) return;
    byWording ??= groupBy(candidates, (c) => wordingKey(featuresOf(c)));
    const twins = (byWording.get(wordingKey(features)) ?? []).filter(
      (c) => c.documentId !== documentId && sameWordsAndFigures(features, featuresOf(c)),
    );
    const twinPlaces = new Set(twins.map((c) => datelineOf(c.names)));
    if (twinPlaces.size !== 1 || twinPlaces.has(undefined)) return;
    places.set(documentId, [...twinPlaces][0]);
    stories.set(documentId, [...new Set([...own, ...twins.flatMap((c) => c.names)])]);
  };
  placeByRepeat(claim.documentId, documentNames, () => claim);
  for (const c of candidates) placeByRepeat(c.documentId, c.names, () => featuresOf(c));
  const names = stories.get(claim.documentId) ?? documentNames;
  const storyNames = new Set(names.map(stem));
  const dateline = placeOf(claim.documentId, names);
  const ownNames = new Set(names.filter((n) => !n.startsWith(DATELINE_MARK)));
  const best = new Map<string, RankedSuggestion>();
  for (const candidate of candidates) {
    if (candidate.kind !== 'attributed' || !candidate.speakerKey) continue;
    if (candidate.speakerKey === claim.speakerKey || candidate.statementId === claim.statementId) continue;
    if (decidedStatements.has(candidate.statementId)) continue;
    const other = { ...candidate, ...featuresOf(candidate) };
    // The same body named in short ("Wyncote Homes", "Landlord Wyncote Homes") revising its own figure is
    // no dispute; correcting it is one a fact-checker wants to see.
    if (oneBody(candidate.speakerKey, claim.speakerKey) && !other.correction && !claim.correction) continue;
    // A similar claim from a similar story elsewhere (another town, other people) says nothing about this one.
    const otherStory = stories.get(candidate.documentId) ?? candidate.names;
    const link = {
      sharedNames:
        candidate.documentId === claim.documentId || stories.size === 0
          ? candidate.sharedNames
          : otherStory.filter((n) => ownNames.has(n)).length,
      names: storyNames,
      otherNames: new Set(otherStory.map(stem)),
      specificSharedNames: otherStory.filter((n) => ownNames.has(n) && !isGenericName(n)).length,
      dateline,
      otherDateline: placeOf(candidate.documentId, otherStory),
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

// Claims of the same words and figures share this key (`sameWordsAndFigures` confirms).
const wordingKey = (claim: StatementFeatures) =>
  `${[...claim.stems].sort().join(' ')}|${[...claim.numbers].sort().join(' ')}`;

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}
