// What a figure in a claim counts, and whether two claims' figures agree or conflict. Plain TypeScript.
import { formatNumber, NEGATIONS, NUMBER_WORDS, STOPWORDS, stem, SYNONYMS } from './statement-lexicon';

/** A figure a claim states, normalised as in `StatementFeatures.numbers`, with what it counts if known. */
export interface Figure {
  value: string;
  unit: string | null;
}

// A figure's unit read from the words that follow it; a noun is looked for among the next three words.
export const UNIT_WORDS: Record<string, string> = {
  '%': 'percent',
  percent: 'percent',
  pct: 'percent',
  points: 'percent',
  year: 'year',
  years: 'year',
  month: 'month',
  months: 'month',
  week: 'week',
  weeks: 'week',
  day: 'day',
  days: 'day',
  hour: 'hour',
  hours: 'hour',
  minute: 'minute',
  minutes: 'minute',
  pound: 'money',
  pounds: 'money',
  dollar: 'money',
  dollars: 'money',
  euro: 'money',
  euros: 'money',
};
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
  if (next === 'per' && tokens[at + 2] === 'cent') return 'percent';
  if (next !== undefined && UNIT_WORDS[next]) return UNIT_WORDS[next];
  let noun: string | null = null;
  for (let j = at + 1; j <= at + NOUN_LOOKAHEAD && j < tokens.length; j++) {
    const word = tokens[j];
    if (STOPWORDS.has(word) || NEGATIONS.has(word) || /^\d/.test(word) || word in NUMBER_WORDS) break;
    if (UNIT_WORDS[word]) return UNIT_WORDS[word];
    if (!/^\p{L}/u.test(word) || word.length < 2) break;
    noun = stem(SYNONYMS[word] ?? word);
  }
  return noun;
}

const HALVING = new Set(['halve', 'halved', 'halves', 'halving']);
const SHARES: Record<string, number> = { half: 1 / 2, third: 1 / 3, quarter: 1 / 4, fifth: 1 / 5 };

/**
 * A share written in words at `tokens[at]`, as a percentage: "halved", "by half", "a third of", "one
 * quarter". Null for anything else ("a third party" is left to the caller's reading too: it is rare in claims).
 */
export function fractionAt(tokens: string[], at: number): string | null {
  const word = tokens[at];
  if (HALVING.has(word)) return '50';
  const share = SHARES[word];
  if (share === undefined) return null;
  const before = tokens[at - 1];
  if (before === 'a' || before === 'one' || (word === 'half' && before === 'by')) {
    return formatNumber(Math.round(share * 100));
  }
  return null;
}

/**
 * Pairs two claims' figures by unit. A unit both count whose values share nothing is a conflict ("cut by a
 * quarter" against "halved", though both name a trial of 1,400); `sharedUnit` says whether any unit is counted
 * by both.
 */
export function compareFigures(
  a: Figure[],
  b: Figure[],
): { sharedUnit: boolean; conflicting: [string[], string[]] | null } {
  const valuesOf = (figures: Figure[]) => {
    const byUnit = new Map<string, Set<string>>();
    for (const { value, unit } of figures) {
      if (unit) byUnit.set(unit, (byUnit.get(unit) ?? new Set()).add(value));
    }
    return byUnit;
  };
  const ours = valuesOf(a);
  const theirs = valuesOf(b);
  let sharedUnit = false;
  for (const [unit, values] of ours) {
    const other = theirs.get(unit);
    if (!other) continue;
    sharedUnit = true;
    if (![...values].some((v) => other.has(v))) return { sharedUnit, conflicting: [[...values], [...other]] };
  }
  return { sharedUnit, conflicting: null };
}
