// What a figure in a claim counts, and whether two claims' figures agree or conflict. Plain TypeScript.
import { Hedge, hedgedAgree } from './quantities';
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

/** What two figures are compared as: a span in minutes (or a vague span's unit), else the value by unit. */
function measure({ value, unit }: Figure): { unit: string; value: string; label: string } | null {
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

/** Whether two values of one unit agree: equal, or a number inside a vague span's unit. */
function agree(a: string, b: string): boolean {
  if (a === b) return true;
  const [vague, exact] = VAGUE_SPANS.has(a) ? [a, b] : VAGUE_SPANS.has(b) ? [b, a] : [null, null];
  if (vague === null || VAGUE_SPANS.has(exact)) return false;
  const low = MINUTES.get(VAGUE_SPANS.get(vague)!)!;
  const high = Math.min(...[...MINUTES.values()].filter((m) => m > low), 525600);
  return Number(exact) >= low && Number(exact) < high;
}

// A claim's figures by unit and value (each value's label), built once for each list of figures: grouping
// compares a batch's new claims with each other thousands of times, and building these maps for every pair
// was over a quarter of its time (a profile of a bench batch). A list of figures is never changed once read.
type Measured = Map<string, { label: string; hedge?: Hedge }>;
const unitsOf = new WeakMap<readonly Figure[], Map<string, Measured>>();
function byUnit(figures: readonly Figure[]): Map<string, Measured> {
  let units = unitsOf.get(figures);
  if (!units) {
    units = new Map();
    for (const figure of figures) {
      const m = measure(figure);
      if (m)
        units.set(
          m.unit,
          (units.get(m.unit) ?? (new Map() as Measured)).set(m.value, {
            label: m.label,
            hedge: figure.hedge,
          }),
        );
    }
    unitsOf.set(figures, units);
  }
  return units;
}

export interface FigureComparison {
  /** Some unit, spans of time included, is counted by both. */
  sharedUnit: boolean;
  /**
   * Some unit other than a span is counted by both: two spans alone ("waits of 18 weeks", "waited 12 months")
   * need not measure the same thing.
   */
  sameCount: boolean;
  conflicting: [string[], string[]] | null;
  /** Some unit compared has values that agree ("two days" and "48 hours"). */
  agreeing: boolean;
}

/**
 * Pairs two claims' figures by unit, spans of time as one unit. A unit both count whose values share nothing is
 * a conflict ("cut by a quarter" against "halved", though both name a trial of 1,400; "within hours" against
 * "two days after"), given as the figures' labels; `sharedUnit` says whether any unit is counted by both. Sums
 * of money are held against each other only within an order of magnitude.
 */
export function compareFigures(a: Figure[], b: Figure[]): FigureComparison {
  const ours = byUnit(a);
  const theirs = byUnit(b);
  const shared = [...ours.keys()].filter((unit) => theirs.has(unit));
  // Units whose values can be held against each other: sums of money of different orders (a $3.40 fare and a
  // $6 million budget) are different sums, neither agreeing nor conflicting.
  // Percentages that disagree are held against each other only when they share a word around them (what they
  // are of, or a rise or fall): a turnout of 81 percent and a 3 percent pay rise are two facts, not two
  // versions of one.
  const compared = shared.filter(
    (unit) =>
      (unit !== 'money' ||
        ([...ours.get(unit)!.keys()].some((v) =>
          [...theirs.get(unit)!.keys()].some((w) => sameOrder(v, w)),
        ) &&
          sameThing(a, b, unit))) &&
      (unit !== PERCENT ||
        [...ours.get(unit)!.keys()].some((v) => theirs.get(unit)!.has(v)) ||
        sameThing(a, b, unit)),
  );
  const comparison: FigureComparison = {
    sharedUnit: shared.length > 0,
    sameCount: compared.some((unit) => unit !== 'span'),
    conflicting: null,
    agreeing: false,
  };
  for (const unit of compared) {
    const [values, other] = [ours.get(unit)!, theirs.get(unit)!];
    const near = (v: string, w: string) =>
      agree(v, w) || hedgedAgree(v, values.get(v)!.hedge, w, other.get(w)!.hedge);
    if (![...values.keys()].some((v) => [...other.keys()].some((w) => near(v, w)))) {
      const labels = (measured: Measured) => [...measured.values()].map((m) => m.label);
      return { ...comparison, conflicting: [labels(values), labels(other)] };
    }
    comparison.agreeing = true;
  }
  return comparison;
}

/**
 * Whether two claims' percentages can be of the same thing: what they are of meets ("prices rose 6 percent",
 * "prices were up 4 percent"), or one does not name it and both state a change the same way ("ridership had
 * fallen by nearly a fifth", "the count showed a 12 percent drop"). A pay offer, past pay rises and prices are
 * three things, though all three rose.
 */
function sameThing(a: readonly Figure[], b: readonly Figure[], unit: string): boolean {
  const ofUnit = (figures: readonly Figure[]) => figures.filter((f) => f.unit === unit);
  const [ours, theirs] = [ofUnit(a), ofUnit(b)];
  const about = (figures: Figure[]) => figures.flatMap((f) => f.about ?? []);
  const [ourThings, theirThings] = [about(ours), about(theirs)];
  if (ourThings.length > 0 && theirThings.length > 0) return ourThings.some((w) => theirThings.includes(w));
  // A sum one claim does not say the use of may be the other's ("the bill will be 2.1 million pounds").
  if (unit !== PERCENT) return true;
  return ours.some((f) => !!f.change && theirs.some((g) => g.change === f.change));
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
  const units = (figures: readonly Figure[] | undefined) =>
    (figures ?? []).filter((f) => f.value === value).map((f) => f.unit);
  const [ours, theirs] = [units(a), units(b)];
  if (ours.length === 0 || theirs.length === 0) return true;
  // A noun read after a figure is a guess ("212 residents fell ill": ill), a unit of measure is not.
  const measured = (unit: string | null) => unit !== null && MEASURES.has(unit);
  return ours.some((u) => !measured(u) || theirs.some((v) => !measured(v) || v === u));
}
const MEASURES = new Set(UNIT_WORDS.values());

/** Two sums within a factor of ten of each other: "18 million" and "16 million", not "3.40" and "6 million". */
const sameOrder = (a: string, b: string) => {
  const [x, y] = [Number(a), Number(b)];
  return Math.max(x, y) <= 10 * Math.min(x, y);
};
