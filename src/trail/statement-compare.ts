// Whether two claims state the same thing, and how they differ: shared words and figures, polarity, figures
// that conflict. Plain TypeScript.
//
// Grouping compares each new claim of a batch with hundreds of its speaker's others (over a million pairs a
// batch of the import bench), so what depends on one claim only (its polarity, its words as Sets, its figures
// grouped by unit) is worked out once per claim, as its `Comparable`, and a pair costs a few lookups.
import { compareIndexed, FigureComparison, figureIndex, FigureIndex, sameFigure } from './figures';
import { sameFigures } from './quantities';
import { stem } from './statement-lexicon';
import type { StatementFeatures } from './statement';

export interface Comparison {
  shared: string[];
  /** 2|A∩B| / (|A|+|B|) over content stems. */
  dice: number;
  /** |A∩B| / min(|A|,|B|) over content stems. */
  overlap: number;
  sharedNumbers: string[];
  /** Both state figures and none of them agree. */
  numberConflict: boolean;
  /** One affirms what the other negates or denies, or one says a thing rose where the other says it fell. */
  polarityDiffers: boolean;
  /** Both state a figure for something they both name ("cost", "resident"). */
  sameQuantity: boolean;
  /** Both state figures, each counting only things the other's do not ("18 percent", "six years"). */
  differentQuantities: boolean;
  /** Some figure of one agrees with one of the other's of the same unit ("two days", "48 hours"). */
  figuresAgree: boolean;
  /** The figures that disagree, this claim's then the other's, when both count the same thing. */
  conflicting: [readonly string[], readonly string[]] | null;
}

/** Whether a claim, negation and denial taken together, asserts (true) or negates (false) its content. */
export const affirms = (f: Pick<StatementFeatures, 'negated' | 'denial'>) => f.negated === f.denial;

const RISE = stem('rise');
const FALL = stem('cut');
/** +1 when a claim says something rose, -1 fell, 0 neither or both. */
export function direction(stems: readonly string[]): number {
  const rise = stems.includes(RISE);
  const fall = stems.includes(FALL);
  return rise === fall ? 0 : rise ? 1 : -1;
}

// "would stay for ten years" is the opposite of "would leave", as keeping is of closing.
const KEEP = new Set(['protect', 'keep', 'kept', 'save', 'retain', 'preserve', 'spare', 'stay'].map(stem));
const LOSE = new Set(['close', 'shut', 'scrap', 'axe', 'leave'].map(stem));
/** +1 when a claim says something is kept, -1 closed, 0 neither or both. */
function keeping(stems: readonly string[]): number {
  const keep = stems.some((s) => KEEP.has(s));
  const lose = stems.some((s) => LOSE.has(s));
  return keep === lose ? 0 : keep ? 1 : -1;
}

// A figure this large is specific enough that one speaker stating it twice, of the same thing, states one thing.
const SPECIFIC_SUM = 1000;

/** What comparisons read of one claim, worked out once for it. */
export interface Comparable {
  features: StatementFeatures;
  affirms: boolean;
  direction: number;
  keeping: number;
  stems: ReadonlySet<string>;
  numbers: ReadonlySet<string>;
  figureWords: ReadonlySet<string>;
  /** Its figures of SPECIFIC_SUM or more. */
  specific: string[];
  /** Its figures by unit, when it has figures read with their units. */
  figures: FigureIndex | null;
}

// Features are never changed once read, so each object's Comparable is kept with it.
const comparables = new WeakMap<StatementFeatures, Comparable>();

/** A claim's Comparable (memoised per features object). */
export function comparable(features: StatementFeatures): Comparable {
  let found = comparables.get(features);
  if (found) return found;
  found = {
    features,
    affirms: affirms(features),
    direction: direction(features.stems),
    keeping: keeping(features.stems),
    stems: new Set(features.stems),
    numbers: new Set(features.numbers),
    figureWords: new Set(features.figureWords ?? []),
    specific: features.numbers.filter((n) => Number(n) >= SPECIFIC_SUM),
    // Without a figure on one side there is nothing to pair (null reads as no shared unit and no conflict).
    figures: features.figures?.length ? figureIndex(features.figures) : null,
  };
  comparables.set(features, found);
  return found;
}

/** How many of `words` (one claim's) the other claim's `holds`. */
function countShared(words: readonly string[], holds: ReadonlySet<string>): number {
  let shared = 0;
  for (const word of words) if (holds.has(word)) shared++;
  return shared;
}

// Figures read with their units pair by unit: the same trial size beside a different effect still conflicts.
const figuresByUnit = (a: Comparable, b: Comparable) =>
  a.figures && b.figures ? compareIndexed(a.figures, b.figures) : null;

/** Both state figures and none of them agree (by unit where both have units). */
function numbersConflict(
  a: Comparable,
  b: Comparable,
  sharedNumbers: number,
  byUnit: FigureComparison | null,
): boolean {
  return (
    byUnit?.conflicting != null ||
    (!byUnit?.sharedUnit &&
      a.features.numbers.length > 0 &&
      b.features.numbers.length > 0 &&
      sharedNumbers === 0)
  );
}

/** Both state a figure for something they both name, `ignore` left out. */
function quantityShared(
  a: Comparable,
  b: Comparable,
  byUnit: FigureComparison | null,
  ignore?: ReadonlySet<string>,
): boolean {
  if (byUnit?.sameCount) return true;
  for (const word of a.figureWords) if (b.figureWords.has(word) && !ignore?.has(word)) return true;
  return false;
}

// "will not rise" against "will fall" is not read as a contradiction: the two flips cancel; nor is "no
// library would close" against "we have protected every library".
function polarityDiffers(a: Comparable, b: Comparable): boolean {
  const flipped = a.affirms !== b.affirms;
  if (a.direction !== 0) return flipped !== a.direction * b.direction < 0;
  return a.keeping === 0 ? flipped : flipped !== a.keeping * b.keeping < 0;
}

/** Compares two claims; `ignore` leaves out words both share by being about one story (its names). */
export function compareStatements(
  a: StatementFeatures,
  b: StatementFeatures,
  ignore: ReadonlySet<string> = new Set(),
): Comparison {
  const [ca, cb] = [comparable(a), comparable(b)];
  const aStems = ignore.size === 0 ? a.stems : a.stems.filter((s) => !ignore.has(s));
  let bStems = b.stems.length;
  if (ignore.size > 0) for (const s of b.stems) if (ignore.has(s)) bStems--;
  const shared = aStems.filter((s) => cb.stems.has(s));
  const total = aStems.length + bStems;
  const smaller = Math.min(aStems.length, bStems);
  const numbersInBoth = a.numbers.filter((n) => cb.numbers.has(n));
  // "3 percent" and "over three years" state no figure in common.
  const sharedNumbers = numbersInBoth.filter((n) => sameFigure(a.figures, b.figures, n));
  const byUnit = figuresByUnit(ca, cb);
  const sameQuantity = quantityShared(ca, cb, byUnit, ignore);
  return {
    shared,
    dice: total === 0 ? 0 : (2 * shared.length) / total,
    overlap: smaller === 0 ? 0 : shared.length / smaller,
    sharedNumbers,
    numberConflict: numbersConflict(ca, cb, numbersInBoth.length, byUnit),
    conflicting: byUnit?.conflicting ?? null,
    figuresAgree: byUnit?.agreeing ?? false,
    polarityDiffers: polarityDiffers(ca, cb),
    sameQuantity,
    differentQuantities:
      !sameQuantity &&
      a.numbers.length > 0 &&
      b.numbers.length > 0 &&
      a.figureWords.length > 0 &&
      b.figureWords.length > 0,
  };
}

/**
 * Both give the same figure of SPECIFIC_SUM or more for the same thing (a sum of money, hectares): "the repairs
 * would cost 4.5 million euros" and "the bill for the work would come to 4.5 million euros" share no other
 * word, nor do "the blaze had burned about 1,200 hectares" and "the fire had spread across 1,200 hectares".
 */
function sameSum(a: Comparable, b: Comparable): boolean {
  if (!a.specific.some((n) => b.numbers.has(n))) return false;
  for (const word of a.figureWords) if (b.figureWords.has(word)) return true;
  return false;
}

/**
 * Same speaker, same statement: verbatim or paraphrased, the same polarity and no contradicting figure; or the
 * same specific figure of the same thing.
 */
export function sameStatement(a: StatementFeatures, b: StatementFeatures): boolean {
  return alike(comparable(a), comparable(b));
}

/**
 * sameStatement of two Comparables. It counts rather than builds compareStatements' lists, and takes the
 * cheapest tests first: the figures are paired only for a pair whose words would make it one statement.
 */
export function alike(a: Comparable, b: Comparable): boolean {
  if (polarityDiffers(a, b)) return false;
  const sharedNumbers = countShared(a.features.numbers, b.numbers);
  const sharedStems = countShared(a.features.stems, b.stems);
  const shared = sharedStems + sharedNumbers;
  // A figure only one of them states is a word the other lacks: "dead fish were found along a 5-kilometre
  // stretch" says more than "fish were killed along the river", "the ballot opens on 1 June" than "it will
  // ballot members".
  const aStems = a.features.stems.length;
  const aNumbers = a.features.numbers.length;
  const bStems = b.features.stems.length;
  const bNumbers = b.features.numbers.length;
  const lone = (aNumbers === 0) !== (bNumbers === 0);
  const aTerms = lone ? aStems + aNumbers : aStems;
  const bTerms = lone ? bStems + bNumbers : bStems;
  const total = aTerms + bTerms;
  const smaller = Math.min(aTerms, bTerms);
  const dice = total === 0 ? 0 : (2 * sharedStems) / total;
  const overlap = smaller === 0 ? 0 : sharedStems / smaller;
  const worded =
    shared >= 2 && (dice >= 0.5 || (overlap >= 0.6 && shared >= 3) || (sharedNumbers > 0 && dice >= 0.4));
  // Alike by wording only if both state a figure for something they both name.
  const ifSameQuantity = !worded && shared >= 2 && sharedNumbers > 0 && overlap >= 0.5;
  // A specific figure both give (sameSum) needs no other word in common.
  const maySum = sharedNumbers > 0 && a.specific.length > 0;
  // One speaker keeping every figure of the claim stating fewer, in any words (sameFigures).
  const figured = !worded && sameFigures(a.features, b.features);
  if (!worded && !ifSameQuantity && !maySum && !figured) return false;
  const byUnit = figuresByUnit(a, b);
  if (numbersConflict(a, b, sharedNumbers, byUnit)) return false;
  return worded || figured || sameSum(a, b) || (ifSameQuantity && quantityShared(a, b, byUnit));
}

/** Near-verbatim: Dice over content stems of at least `minDice` and no contradicting figure (as compareStatements). */
export function sameWording(a: StatementFeatures, b: StatementFeatures, minDice: number): boolean {
  return alikeInWording(comparable(a), comparable(b), minDice);
}

/** sameWording of two Comparables. */
export function alikeInWording(a: Comparable, b: Comparable, minDice: number): boolean {
  const total = a.features.stems.length + b.features.stems.length;
  const dice = total === 0 ? 0 : (2 * countShared(a.features.stems, b.stems)) / total;
  if (dice < minDice) return false;
  return !numbersConflict(a, b, countShared(a.features.numbers, b.numbers), figuresByUnit(a, b));
}
