// Whether a claim by another speaker corroborates or disputes a claim, with a score and the reasons a
// fact-checker reads. Plain TypeScript.
import { isGenericName, SAME_STORY_NAMES } from './entities';
import { oneBody } from './speaker-key';
import { stem } from './statement-lexicon';
import { isUnitWord, StatementFeatures } from './statement';
import { affirms, compareStatements, Comparison } from './statement-compare';

export const SUGGESTION_STANCES = ['corroborates', 'disputes'] as const;
export type SuggestionStance = (typeof SUGGESTION_STANCES)[number];

export interface StanceJudgement {
  stance: SuggestionStance;
  score: number;
  reasons: string[];
}

const round = (x: number) => Math.round(Math.min(1, Math.max(0, x)) * 100) / 100;
const list = (words: string[]) => words.slice(0, 5).join(', ');
const figure = (n: number) =>
  n >= 1e9 && n % 1e8 === 0
    ? `${n / 1e9} billion`
    : n >= 1e6 && n % 1e5 === 0
      ? `${n / 1e6} million`
      : n.toLocaleString('en-US');
// Numbers as figures; spans of time come labelled ("2 days", "hours"), rates as one token ("every 30 minutes").
const figures = (numbers: readonly string[]) =>
  numbers.map((n) => (/^\d+(\.\d+)?$/.test(n) ? figure(Number(n)) : n.replace(/-/g, ' '))).join(', ');

/** How two claims' documents are tied: the names they share, each one's names (stemmed) and datelines. */
export interface StoryLink {
  sharedNames: number;
  names: ReadonlySet<string>;
  otherNames: ReadonlySet<string>;
  /** Shared names that are not words every town's bodies share ("transit", "authority"). */
  specificSharedNames: number;
  dateline?: string;
  otherDateline?: string;
}

/**
 * Whether another document's claim can be about the same story as this one. Documents naming the same people
 * and places are. A follow-up that names only one of them (the minister, not the wire's other sources) still
 * is when the two claims say nearly the same thing and neither names what the other does not, or when the two
 * give a figure of the same measure and neither names what the other's document never does. Documents with
 * no name in common are only when the claims state the same words and figures: alike is not enough, since
 * the same words about another town ("40 residents fell ill after drinking tap water") are another story.
 * Documents filed from different places (their datelines) are other stories unless they share two names
 * of their own: "Calder Transit Authority" and "Brisley Transit Authority" share only the kind of body.
 */
export function sameStory(claim: StatementFeatures, other: StatementFeatures, link: StoryLink): boolean {
  const elsewhere = !!link.dateline && !!link.otherDateline && link.dateline !== link.otherDateline;
  // Filed from two places and neither names the other's: two towns' stories, however many names they share
  // (both sending mothers to "Quenby General Hospital", both quoting "the Midwives' Association").
  if (
    elsewhere &&
    !namesPlace(link.names, link.otherDateline!) &&
    !namesPlace(link.otherNames, link.dateline!)
  )
    return false;
  if (link.sharedNames >= SAME_STORY_NAMES) return !elsewhere || link.specificSharedNames >= SAME_STORY_NAMES;
  if (elsewhere) return false;
  if (link.sharedNames === 0) return sameWordsAndFigures(claim, other);
  const ownNames = claim.stems.filter((s) => link.names.has(s));
  const otherNames = other.stems.filter((s) => link.otherNames.has(s));
  // A name one claim states that the other's document never names is another place or body; a word every
  // town's bodies share ("City" of "Brantwick City Council") is neither.
  const foreign =
    ownNames.some((n) => !link.otherNames.has(n) && !other.stems.includes(n) && !isGenericName(n)) ||
    otherNames.some((n) => !link.names.has(n) && !claim.stems.includes(n) && !isGenericName(n));
  if (foreign) return false;
  if (link.specificSharedNames > 0 && sameMeasure(claim, other)) return true;
  if (ownNames.some((n) => !other.stems.includes(n)) || otherNames.some((n) => !claim.stems.includes(n)))
    return false;
  const c = compareStatements(claim, other);
  return c.shared.length >= 3 && c.overlap >= 0.85;
}

/**
 * Whether a document's names (stemmed) name a place: one of its words that is not a word every town's bodies
 * share ("sorrel" of "sorrel cross"; "port" alone would not do).
 */
function namesPlace(names: ReadonlySet<string>, place: string): boolean {
  return place.split(/\s+/).some((word) => word.length >= 3 && !isGenericName(word) && names.has(stem(word)));
}

/**
 * Both count the same kind of thing (a unit, or the noun their figures lead) and share a word besides: a
 * follow-up naming only the story's town ("passenger numbers on Calder's buses were 12 percent lower") still
 * states a figure of the story ("ridership fell 12 percent").
 */
function sameMeasure(claim: StatementFeatures, other: StatementFeatures): boolean {
  const c = compareStatements(claim, other);
  return c.sameQuantity && c.shared.length > 0;
}

const sameSet = (a: string[], b: string[]) => a.length === b.length && a.every((x) => b.includes(x));
/** Two claims of the same words and figures: one fact told again, by whichever speaker. */
export const sameWordsAndFigures = (a: StatementFeatures, b: StatementFeatures) =>
  a.stems.length >= 3 && sameSet(a.stems, b.stems) && sameSet(a.numbers, b.numbers);

/**
 * Which of two claims says there was none of something ("no illnesses had been reported", "nobody was hurt")
 * where the other, affirming, counts some ("it had treated 11 people for stomach illness"); null when neither.
 */
function noneAgainstCount(claim: StatementFeatures, other: StatementFeatures): 'ours' | 'theirs' | null {
  const none = (a: StatementFeatures, b: StatementFeatures) =>
    !affirms(a) &&
    a.numbers.length === 0 &&
    affirms(b) &&
    b.numbers.some((n) => Number(n) > 0) &&
    (a.noneOf ?? []).some((thing) => b.stems.includes(thing) || b.figureWords.includes(thing));
  return none(claim, other) ? 'ours' : none(other, claim) ? 'theirs' : null;
}

// Verbs that say only that a thing was there or not: "no injuries were reported", "found no cracks".
const EXISTENCE = new Set(['report', 'record', 'find', 'found', 'detect', 'confirm', 'log'].map(stem));

/**
 * Whether what a claim says there was none of meets the other's count in what it says of it: "no dust had reached
 * the school" and "dust had reached the school on four days" both speak of reaching the school, and "no injuries
 * were reported" of their being there; "no student will see their course closed" says nothing of "600 students
 * study at Halbury". A claim read without those words (a stored row) is not held to it.
 */
function saysOfIt(none: StatementFeatures, count: StatementFeatures): boolean {
  if (none.noneSaid === undefined || none.noneSaid.length === 0) return true;
  return none.noneSaid.some((word) => EXISTENCE.has(word) || count.stems.includes(word));
}

/**
 * Whether the negation that sets two claims apart bears on what the other states: "residents' bank details had
 * not been stolen" says nothing of "personal details may have been copied", nor "nobody wants to close a
 * library" of twelve libraries closing. A claim whose negation is a denial in its cue, or that denies a
 * negation (two flips), is not held to it; nor is a claim read without its negated words (a stored row). A
 * negation bearing on no word of content ("the money is simply not there") negates nothing the other states.
 */
function negationMeets(claim: StatementFeatures, other: StatementFeatures): boolean {
  const bears = (a: StatementFeatures, b: StatementFeatures) =>
    !a.negated || a.denial || a.negatedWords === undefined || a.negatedWords.some((w) => b.stems.includes(w));
  return affirms(claim) === affirms(other) || (bears(claim, other) && bears(other, claim));
}

/**
 * Both claims' figures are all changes whose unit neither names ("had fallen by 12,000 since January", "had grown
 * by 3,000"): two versions of one change when the claims' words meet, as their figures cannot be paired by unit.
 */
function unmeasuredChanges(claim: StatementFeatures, other: StatementFeatures): boolean {
  const changes = (f: StatementFeatures) =>
    (f.figures ?? []).length > 0 && f.figures!.every((x) => x.unit === null && x.role === 'change');
  return changes(claim) && changes(other);
}

// The share of the shorter claim's words a count of one noun must make up to be that claim's whole point.
const COUNT_IS_THE_CLAIM = 0.5;

/**
 * Dice over the two claims' words, a figure only one of them states counted as a word the other lacks (as
 * grouping counts it): "a social worker would visit each resident" says less than "the home had 31 residents at
 * the time of its last visit", though their few words meet.
 */
function loneFigureDice(claim: StatementFeatures, other: StatementFeatures, c: Comparison): number {
  if ((claim.numbers.length === 0) === (other.numbers.length === 0) || c.dice === 0) return c.dice;
  const words = (2 * c.shared.length) / c.dice;
  return (2 * c.shared.length) / (words + claim.numbers.length + other.numbers.length);
}

/**
 * Judges `other` (another speaker's claim in the same story) against `claim`, or answers null when it says
 * nothing about it. `storyNames` are left out of the shared wording: two claims naming the same town or
 * company are not thereby about the same fact. Disputes need less shared wording than corroborations: a
 * denial rarely repeats the whole statement, and a different figure for the same thing is enough.
 */
export function judgeStance(
  claim: StatementFeatures,
  other: StatementFeatures,
  storyNames: ReadonlySet<string> = new Set(),
): StanceJudgement | null {
  const c = compareStatements(claim, other, storyNames);
  const sharedTerms = c.shared.length + c.sharedNumbers.length;
  if (sharedTerms === 0) return null;
  const wording = `shares wording: ${list([...c.sharedNumbers.map((n) => figures([n])), ...c.shared])}`;
  const related = Math.max(c.dice, 0.8 * c.overlap);

  const [ours, theirs] = c.conflicting ?? [claim.numbers, other.numbers];
  const differentFigure = `different figure: ${figures(theirs)} instead of ${figures(ours)}`;
  // A different figure disputes only a figure of one quantity: the same unit or counted noun in the same role
  // (a change or a level); figures that merely both exist ("raised 4,000", "backed by 900") are two facts.
  const oneQuantity = c.conflicting !== null || (c.numberConflict && unmeasuredChanges(claim, other));
  // Two counts of one noun are two versions of a fact only when the claims share a word besides it: "all 48
  // traders had certificates" and "chicken sold by one trader" count traders for two different things. A unit
  // is no such noun: "within eight months" and "at least ten months" are two estimates of one wait.
  const besidesCount = c.shared.some(
    (word) => !claim.figureWords.includes(word) || !other.figureWords.includes(word) || isUnitWord(word),
  );
  // Unless the count is most of what the shorter claim says: "34 residents lived at the home" and "the home
  // had 31 residents" are two counts of one thing.
  if (oneQuantity && c.sameQuantity && (besidesCount || c.overlap >= COUNT_IS_THE_CLAIM)) {
    const reasons = [differentFigure];
    if (other.correction) reasons.push('a later correction');
    reasons.push(wording);
    return { stance: 'disputes', score: round(0.5 + related * 0.5), reasons };
  }
  const none = noneAgainstCount(claim, other);
  if (
    none &&
    c.shared.length > 0 &&
    saysOfIt(none === 'ours' ? claim : other, none === 'ours' ? other : claim)
  ) {
    const says =
      none === 'ours'
        ? `counts ${figures(other.numbers)} where this claim says none`
        : `says none where this claim counts ${figures(claim.numbers)}`;
    return { stance: 'disputes', score: round(0.45 + related * 0.5), reasons: [says, wording] };
  }
  if (sharedTerms < 2) return null;
  if (c.polarityDiffers && related >= 0.3 && !c.numberConflict && negationMeets(claim, other)) {
    const how = other.denial
      ? 'denies it'
      : claim.denial
        ? 'states what this claim denies'
        : 'states the opposite';
    return { stance: 'disputes', score: round(0.35 + related * 0.65), reasons: [how, wording] };
  }
  if (oneQuantity && related >= 0.35 && !c.differentQuantities) {
    const reasons = [differentFigure];
    if (other.correction) reasons.push('a later correction');
    reasons.push(wording);
    return { stance: 'disputes', score: round(0.4 + related * 0.5), reasons };
  }
  if (other.correction && !claim.correction && related >= 0.4) {
    return {
      stance: 'disputes',
      score: round(0.3 + related * 0.6),
      reasons: ['a later correction', wording],
    };
  }
  // Two claims that both state figures and share none corroborate nothing by wording: "drivers had been offered
  // a 3 percent rise" and "drivers' pay had risen by 11 percent" are two facts.
  const bothCount = claim.numbers.length > 0 && other.numbers.length > 0;
  if (
    !c.polarityDiffers &&
    !c.numberConflict &&
    (c.sharedNumbers.length > 0 || c.figuresAgree || !bothCount)
  ) {
    const figure = c.sharedNumbers.length > 0;
    if (
      loneFigureDice(claim, other, c) >= 0.45 ||
      (figure && (related >= 0.35 || c.sameQuantity)) ||
      (c.overlap >= 0.6 && c.shared.length >= 3)
    ) {
      const reasons = figure ? [`same figure: ${figures(c.sharedNumbers)}`, wording] : [wording];
      return {
        stance: 'corroborates',
        score: round(0.25 + related * 0.6 + (figure ? 0.15 : 0)),
        reasons,
      };
    }
  }
  return null;
}

/**
 * Of suggested statements (by id), those another statement of the same speaker taking the same stance
 * outscores: one statement told in other words can be two trail statements ("no illnesses had been reported",
 * "nobody had fallen ill"), or two of one body named in full and in short ("the Bexworth fire and rescue
 * service", "the fire service"), and a fact-checker needs it once.
 */
export function outranked(
  suggested: ReadonlyArray<{ id: string; speakerKey: string; stance: SuggestionStance; score: number }>,
): string[] {
  const kept: Array<{ id: string; speakerKey: string; stance: SuggestionStance; score: number }> = [];
  const dropped: string[] = [];
  for (const item of suggested) {
    const at = kept.findIndex((k) => k.stance === item.stance && oneBody(k.speakerKey, item.speakerKey));
    if (at < 0) kept.push(item);
    else if (item.score > kept[at].score) {
      dropped.push(kept[at].id);
      kept[at] = item;
    } else dropped.push(item.id);
  }
  return dropped;
}
