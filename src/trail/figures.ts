// What a figure in a claim counts, and whether two claims' figures agree or conflict. Plain TypeScript.
import type { FigureRole } from './figure-role';
import { Hedge, hedgedAgree } from './hedges';
import { foldedStem, formatNumber, NEGATIONS, NUMBER_WORDS, STOPWORDS } from './statement-lexicon';

/** A figure a claim states, normalised as in `StatementFeatures.numbers`, with what it counts if known. */
export interface Figure {
  value: string;
  unit: string | null;
  /**
   * For a percentage, what it is a percentage of (`percentOf`): "prices had risen by 6 percent in the year to
   * May" is of prices; empty when the claim does not name it ("the survey showed a 9 percent drop").
   */
  about?: string[];
  /** For a percentage, the way the change it states goes: 1 a rise, -1 a fall, 0 neither. */
  change?: number;
  /** How exact it is ("about 19 percent", "more than 900", "a fifth"); exact when absent. */
  hedge?: Hedge;
  /** A change ("fell by 300") or a level ("1,200 passengers"), when read (`figureRole`); a level when absent. */
  role?: FigureRole;
}

/** The unit of a percentage (and of a share written in words: "halved", "a quarter"). */
export const PERCENT = 'percent';

// A figure's unit read from the words that follow it; a noun is looked for among the next three words.
// Maps, as every table here keyed by a claim's words: an object literal would also answer for "constructor".
export const UNIT_WORDS = new Map<string, string>([
  ['%', PERCENT],
  ['percent', PERCENT],
  ['pct', PERCENT],
  ['points', PERCENT],
  ['year', 'year'],
  ['years', 'year'],
  ['month', 'month'],
  ['months', 'month'],
  ['week', 'week'],
  ['weeks', 'week'],
  ['day', 'day'],
  ['days', 'day'],
  ['hour', 'hour'],
  ['hours', 'hour'],
  ['minute', 'minute'],
  ['minutes', 'minute'],
  ['pound', 'money'],
  ['pounds', 'money'],
  ['dollar', 'money'],
  ['dollars', 'money'],
  ['euro', 'money'],
  ['euros', 'money'],
  ['km', 'km'],
  ['kilometre', 'km'],
  ['kilometres', 'km'],
  ['kilometer', 'km'],
  ['kilometers', 'km'],
  ['mile', 'mile'],
  ['miles', 'mile'],
]);
// Words that end the noun phrase a figure leads: "38 kilometres away", "two days apart", "40 pounds each".
const PHRASE_ENDS = new Set(['away', 'apart', 'each', 'apiece', 'later', 'earlier', 'alone']);
export const CURRENCY = new Set(['$', '£', '€']);
const NOUN_LOOKAHEAD = 3;
/**
 * The unit of the figure at `tokens[at]`: a unit word right after it ("percent", "years", "pounds"), money when
 * a currency sign precedes it, else the last word of the noun phrase it leads ("two new vessels": vessel),
 * stopped by the first function word. Null when a function word follows it ("fell by 12,000 since May").
 */
export function unitAfter(tokens: string[], at: number, currency: boolean): string | null {
  if (currency) return 'money';
  const next = tokens[at + 1];
  if (next === 'per' && tokens[at + 2] === 'cent') return PERCENT;
  const unit = UNIT_WORDS.get(next);
  if (unit) return unit;
  let noun: string | null = null;
  for (let j = at + 1; j <= at + NOUN_LOOKAHEAD && j < tokens.length; j++) {
    const word = tokens[j];
    if (
      STOPWORDS.has(word) ||
      NEGATIONS.has(word) ||
      PHRASE_ENDS.has(word) ||
      /^\d/.test(word) ||
      NUMBER_WORDS.has(word)
    )
      break;
    const named = UNIT_WORDS.get(word);
    if (named) return named;
    if (!/^\p{L}/u.test(word) || word.length < 2) break;
    // A past tense after the noun is the clause's verb: "2,500 fish died", "34 residents lived there".
    if (noun !== null && PAST_TENSE.test(word)) break;
    noun = foldedStem(word);
    // A plural ends the noun phrase it heads: "34 residents live at the home" counts residents.
    if (PLURAL.test(word) && !SINGULAR_IN_S.has(word)) break;
  }
  return noun;
}
const PAST_TENSE = /^\p{L}{2,}ed$/u;
const PLURAL = /[^siu]s$/;
// Words in -s that lead a longer noun ("three news outlets", "two series finales").
const SINGULAR_IN_S = new Set(['news', 'series', 'species', 'means', 'sales', 'arms', 'goods', 'works']);

const HALVING = new Set(['halve', 'halved', 'halves', 'halving']);
const SHARES = new Map<string, number>([
  ['half', 1 / 2],
  ['third', 1 / 3],
  ['quarter', 1 / 4],
  ['fifth', 1 / 5],
]);

/**
 * A share written in words at `tokens[at]`, as a percentage: "halved", "by half", "a third of", "one
 * quarter". Null for anything else ("a third party" is left to the caller's reading too: it is rare in claims).
 */
export function fractionAt(tokens: string[], at: number): string | null {
  const word = tokens[at];
  if (HALVING.has(word)) return '50';
  const share = SHARES.get(word);
  if (share === undefined) return null;
  const before = tokens[at - 1];
  if (before === 'a' || before === 'one' || (word === 'half' && before === 'by')) {
    return formatNumber(Math.round(share * 100));
  }
  return null;
}

// Spans of time, in minutes, so "two days" and "48 hours" are one figure. Years are left out: "in the year to
// October" names a period, not a span.
const MINUTES = new Map<string, number>([
  ['minute', 1],
  ['hour', 60],
  ['day', 1440],
  ['week', 10080],
  ['month', 43200],
]);
const VAGUE_SPANS = new Map<string, string>([
  ['hours', 'hour'],
  ['days', 'day'],
  ['weeks', 'week'],
  ['months', 'month'],
]);
const SPAN_OPENERS = new Set(['within', 'for', 'after', 'over', 'in', 'several', 'few']);
const SPAN_CLOSERS = new Set(['later', 'after', 'before', 'earlier']);

/**
 * Spans named without a number ("within hours of", "for weeks", "days later"): figures whose value is the
 * span's unit, which a number agrees with when it falls inside that unit ("within hours" and "three hours";
 * not "two days").
 */
export function vagueSpans(tokens: string[]): Figure[] {
  const spans: Figure[] = [];
  tokens.forEach((token, i) => {
    const unit = VAGUE_SPANS.get(token);
    if (!unit || /^\d/.test(tokens[i - 1] ?? '') || NUMBER_WORDS.has(tokens[i - 1])) return;
    if (SPAN_OPENERS.has(tokens[i - 1]) || SPAN_CLOSERS.has(tokens[i + 1]))
      spans.push({ value: token, unit });
  });
  return spans;
}

// A change is compared with changes only: "numbers fell by 300" and "1,200 passengers" are two quantities.
const CHANGE = ' change';
/** A group's unit of measure, whether its figures are changes or levels. */
const baseUnit = (unit: string) => (unit.endsWith(CHANGE) ? unit.slice(0, -CHANGE.length) : unit);

/**
 * What two figures are compared as: a span in minutes (or a vague span's unit), else the value by unit; a
 * change apart from levels of its unit.
 */
function measure(figure: Figure): { unit: string; value: string; label: string } | null {
  const found = measureOfUnit(figure);
  return found && figure.role === 'change' ? { ...found, unit: found.unit + CHANGE } : found;
}

function measureOfUnit({ value, unit }: Figure): { unit: string; value: string; label: string } | null {
  if (!unit) return null;
  const minutes = MINUTES.get(unit);
  if (minutes === undefined) return { unit, value, label: value };
  if (VAGUE_SPANS.has(value)) return { unit: 'span', value, label: value };
  return {
    unit: 'span',
    value: String(Number(value) * minutes),
    label: `${value} ${unit}${value === '1' ? '' : 's'}`,
  };
}

// The values a vague span's unit holds lie below the next larger unit (a year above a month).
const SPAN_CEILING = new Map(
  [...VAGUE_SPANS.values()].map((unit): [string, number] => {
    const low = MINUTES.get(unit)!;
    return [unit, Math.min(...[...MINUTES.values()].filter((m) => m > low), 525600)];
  }),
);

/** Whether two values of one unit agree: equal, or a number inside a vague span's unit. */
function agree(a: string, b: string): boolean {
  if (a === b) return true;
  const [vague, exact] = VAGUE_SPANS.has(a) ? [a, b] : VAGUE_SPANS.has(b) ? [b, a] : [null, null];
  if (vague === null || VAGUE_SPANS.has(exact)) return false;
  const unit = VAGUE_SPANS.get(vague)!;
  return Number(exact) >= MINUTES.get(unit)! && Number(exact) < SPAN_CEILING.get(unit)!;
}

/** A claim's figures of one unit (spans of time being one), as comparisons read them. */
interface UnitFigures {
  unit: string;
  /** Each value once, in the order read, and its label ("2 days" for 2880 minutes; the last read). */
  values: string[];
  labels: string[];
  /** Each value's hedge (`Figure.hedge`; the last read), beside it. */
  hedges: Array<Hedge | undefined>;
  /** The values as numbers, for sums of money held against each other by their order. */
  amounts: number[];
  /** What the figures of this unit are of (`Figure.about`), for percentages and sums. */
  things: Set<string>;
  /** The ways the changes they state go, rises and falls only (`Figure.change`). */
  changes: Set<number>;
}

/** A claim's figures grouped by unit, and each value's units: what comparing two claims' figures reads. */
export interface FigureIndex {
  /** In the order each unit is first read: a conflict is reported for the first unit in conflict. */
  units: UnitFigures[];
  byUnit: Map<string, UnitFigures>;
  unitsOfValue: Map<string, Array<string | null>>;
}

// Built once for each list of figures: grouping compares a batch's new claims with each other hundreds of
// thousands of times, and grouping the figures for every pair was a large part of its time (profiles of bench
// batches). A list of figures is never changed once read.
const indexes = new WeakMap<readonly Figure[], FigureIndex>();

/** The index of a claim's figures (memoised per list). */
export function figureIndex(figures: readonly Figure[]): FigureIndex {
  let index = indexes.get(figures);
  if (index) return index;
  index = { units: [], byUnit: new Map(), unitsOfValue: new Map() };
  const labels = new Map<UnitFigures, Map<string, { label: string; hedge?: Hedge }>>();
  for (const figure of figures) {
    const units = index.unitsOfValue.get(figure.value);
    if (units) units.push(figure.unit);
    else index.unitsOfValue.set(figure.value, [figure.unit]);
    const m = measure(figure);
    if (!m) continue;
    let group = index.byUnit.get(m.unit);
    if (!group) {
      group = {
        unit: m.unit,
        values: [],
        labels: [],
        hedges: [],
        amounts: [],
        things: new Set(),
        changes: new Set(),
      };
      index.byUnit.set(m.unit, group);
      index.units.push(group);
      labels.set(group, new Map());
    }
    labels.get(group)!.set(m.value, { label: m.label, hedge: figure.hedge });
    // sameThing reads what figures are of by their own unit; for percentages and sums it is the measure's.
    if (figure.unit === baseUnit(m.unit)) {
      for (const word of figure.about ?? []) group.things.add(word);
      if (figure.change) group.changes.add(figure.change);
    }
  }
  for (const [group, byValue] of labels) {
    group.values = [...byValue.keys()];
    group.labels = [...byValue.values()].map((v) => v.label);
    group.hedges = [...byValue.values()].map((v) => v.hedge);
    group.amounts = group.values.map(Number);
  }
  indexes.set(figures, index);
  return index;
}

export interface FigureComparison {
  /** Some unit, spans of time included, is counted by both. */
  sharedUnit: boolean;
  /**
   * Some unit other than a span is counted by both: two spans alone ("waits of 18 weeks", "waited 12 months")
   * need not measure the same thing.
   */
  sameCount: boolean;
  conflicting: [readonly string[], readonly string[]] | null;
  /** Some unit compared has values that agree ("two days" and "48 hours"). */
  agreeing: boolean;
}

/**
 * Pairs two claims' figures by unit, spans of time as one unit. A unit both count whose values share nothing is
 * a conflict ("cut by a quarter" against "halved", though both name a trial of 1,400; "within hours" against
 * "two days after"), given as the figures' labels; `sharedUnit` says whether any unit is counted by both. Sums
 * of money are held against each other only within an order of magnitude.
 */
export function compareFigures(a: readonly Figure[], b: readonly Figure[]): FigureComparison {
  return compareIndexed(figureIndex(a), figureIndex(b));
}

/** compareFigures on two claims' figure indexes. */
export function compareIndexed(a: FigureIndex, b: FigureIndex): FigureComparison {
  const comparison: FigureComparison = {
    sharedUnit: false,
    sameCount: false,
    conflicting: null,
    agreeing: false,
  };
  // Only units before the first in conflict count as agreeing.
  for (const ours of a.units) {
    const theirs = b.byUnit.get(ours.unit);
    if (theirs === undefined) continue;
    comparison.sharedUnit = true;
    if (!comparable(ours, theirs)) continue;
    if (baseUnit(ours.unit) !== 'span') comparison.sameCount = true;
    if (comparison.conflicting !== null) continue;
    if (someAgree(ours, theirs)) comparison.agreeing = true;
    else comparison.conflicting = [ours.labels, theirs.labels];
  }
  return comparison;
}

/**
 * Whether two claims' figures of one unit can be held against each other: sums of money of different orders (a
 * $3.40 fare and a $6 million budget) are different sums, neither agreeing nor conflicting. Percentages that
 * disagree are held against each other only when they share a word around them (what they are of, or a rise or
 * fall): a turnout of 81 percent and a 3 percent pay rise are two facts, not two versions of one.
 */
function comparable(ours: UnitFigures, theirs: UnitFigures): boolean {
  const unit = baseUnit(ours.unit);
  if (unit === 'money')
    return ours.amounts.some((v) => theirs.amounts.some((w) => sameOrder(v, w))) && sameThing(ours, theirs);
  if (unit === PERCENT) return ours.values.some((v) => theirs.values.includes(v)) || sameThing(ours, theirs);
  return true;
}

function someAgree(ours: UnitFigures, theirs: UnitFigures): boolean {
  return ours.values.some((v, i) =>
    theirs.values.some((w, j) => agree(v, w) || hedgedAgree(v, ours.hedges[i], w, theirs.hedges[j])),
  );
}

/**
 * Whether two claims' percentages can be of the same thing: what they are of meets ("prices rose 6 percent",
 * "prices were up 4 percent"), or one does not name it and both state a change the same way ("ridership had
 * fallen by nearly a fifth", "the count showed a 12 percent drop"). A pay offer, past pay rises and prices are
 * three things, though all three rose.
 */
function sameThing(ours: UnitFigures, theirs: UnitFigures): boolean {
  if (ours.things.size > 0 && theirs.things.size > 0) {
    for (const word of ours.things) if (theirs.things.has(word)) return true;
    return false;
  }
  // A sum one claim does not say the use of may be the other's ("the bill will be 2.1 million pounds").
  if (baseUnit(ours.unit) !== PERCENT) return true;
  for (const change of ours.changes) if (theirs.changes.has(change)) return true;
  return false;
}

/**
 * Whether a value two claims both state is a figure of one unit of measure in both (or of one not measured):
 * "a 3 percent rise" and "over three years" share the number, not a figure. Without figures read, it is.
 */
export function sameFigure(
  a: readonly Figure[] | undefined,
  b: readonly Figure[] | undefined,
  value: string,
) {
  const ours = a ? figureIndex(a).unitsOfValue.get(value) : undefined;
  const theirs = b ? figureIndex(b).unitsOfValue.get(value) : undefined;
  if (ours === undefined || theirs === undefined) return true;
  // A noun read after a figure is a guess ("212 residents fell ill": ill), a unit of measure is not.
  const measured = (unit: string | null) => unit !== null && MEASURES.has(unit);
  return ours.some((u) => !measured(u) || theirs.some((v) => !measured(v) || v === u));
}
const MEASURES = new Set(UNIT_WORDS.values());

/** Two sums within a factor of ten of each other: "18 million" and "16 million", not "3.40" and "6 million". */
const sameOrder = (x: number, y: number) => Math.max(x, y) <= 10 * Math.min(x, y);
