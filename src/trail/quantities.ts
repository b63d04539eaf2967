// Quantities written in other words, read as one canonical figure: "a decade" is 10 years, "twenty-five" is 25,
// "four cubic metres" is 4,000 litres, "every 30 minutes" and "two an hour" are one rate (how exact a figure is
// lives in hedges.ts). Plain TypeScript: `canonicalQuantities` rewrites a claim's tokens once, when its features
// are read, so everything that reads figures afterwards (units, what a percentage is of, the stored numbers) sees
// one form.
import type { StatementFeatures } from './statement';
import { formatNumber, NUMBER_WORDS, SCALES } from './statement-lexicon';

const UNITS = new Map(
  [...NUMBER_WORDS].filter(
    ([word, value]) => value >= 1 && value <= 9 && word !== 'single' && word !== 'double',
  ),
);
const TENS = new Map([...NUMBER_WORDS].filter(([, value]) => value >= 20 && value <= 90 && value % 10 === 0));
const BELOW_HUNDRED = new Map(
  [...NUMBER_WORDS].filter(
    ([word, value]) =>
      value >= 1 &&
      value <= 90 &&
      Number.isInteger(value) &&
      !['single', 'double', 'twice', 'dozen'].includes(word),
  ),
);
const isDigits = (token: string | undefined): token is string =>
  token !== undefined && /^\d+(\.\d+)?$/.test(token);
const YEAR = /^(1[89]|20)\d\d$/;

/** A number written in words from `at` that one word does not say: "twenty five", "two hundred and ten". */
function compoundNumber(tokens: string[], at: number): { value: number; end: number } | null {
  const word = tokens[at];
  // "twenty-five", "twenty five"
  if (TENS.has(word) && UNITS.has(tokens[at + 1]))
    return { value: TENS.get(word)! + UNITS.get(tokens[at + 1])!, end: at + 1 };
  // "two hundred and ten", "a hundred and fifty" ("two hundred" alone is read where figures are)
  if ((UNITS.has(word) || word === 'a') && tokens[at + 1] === 'hundred' && tokens[at + 2] === 'and') {
    const rest =
      compoundNumber(tokens, at + 3) ??
      (BELOW_HUNDRED.has(tokens[at + 3]) ? { value: BELOW_HUNDRED.get(tokens[at + 3])!, end: at + 3 } : null);
    if (rest) return { value: (UNITS.get(word) ?? 1) * 100 + rest.value, end: rest.end };
  }
  // "two dozen", "half a dozen"
  if (UNITS.has(word) && tokens[at + 1] === 'dozen') return { value: UNITS.get(word)! * 12, end: at + 1 };
  if (word === 'half' && tokens[at + 1] === 'a' && tokens[at + 2] === 'dozen')
    return { value: 6, end: at + 2 };
  // "a thousand", "a million", "half a million"
  if (word === 'a' && SCALES.has(tokens[at + 1]) && /^[a-z]{4,}$/.test(tokens[at + 1]))
    return { value: SCALES.get(tokens[at + 1])!, end: at + 1 };
  if (
    word === 'half' &&
    tokens[at + 1] === 'a' &&
    SCALES.has(tokens[at + 2]) &&
    /^[a-z]{4,}$/.test(tokens[at + 2])
  )
    return { value: SCALES.get(tokens[at + 2])! / 2, end: at + 2 };
  return null;
}

/** The number at `at`, in digits or one number word ("four", "a" and "an" count as one), or null. */
function numberAt(tokens: string[], at: number): number | null {
  const token = tokens[at];
  if (isDigits(token)) return Number(token);
  if (token === 'a' || token === 'an' || token === 'one') return 1;
  const value = BELOW_HUNDRED.get(token);
  return value === undefined ? null : value;
}

// Spans named by a word of their own: "a decade" is 10 years, "a fortnight" two weeks.
const SPAN_WORDS = new Map<string, [number, string]>([
  ['decade', [10, 'years']],
  ['decades', [10, 'years']],
  ['century', [100, 'years']],
  ['centuries', [100, 'years']],
  ['fortnight', [2, 'weeks']],
  ['fortnights', [2, 'weeks']],
]);

// Units converted to one of their kind, by factor: volumes to litres, weights to tonnes, distances to kilometres.
// A conversion between systems (miles) is approximate.
const CONVERSIONS = new Map<string, { factor: number; unit: string; approximate?: boolean }>([
  ['litre', { factor: 1, unit: 'litres' }],
  ['litres', { factor: 1, unit: 'litres' }],
  ['liter', { factor: 1, unit: 'litres' }],
  ['liters', { factor: 1, unit: 'litres' }],
  ['millilitres', { factor: 0.001, unit: 'litres' }],
  ['milliliters', { factor: 0.001, unit: 'litres' }],
  ['megalitres', { factor: 1e6, unit: 'litres' }],
  ['megaliters', { factor: 1e6, unit: 'litres' }],
  ['kilograms', { factor: 0.001, unit: 'tonnes' }],
  ['kilogrammes', { factor: 0.001, unit: 'tonnes' }],
  ['kg', { factor: 0.001, unit: 'tonnes' }],
  ['tonne', { factor: 1, unit: 'tonnes' }],
  ['tons', { factor: 1, unit: 'tonnes' }],
  ['ton', { factor: 1, unit: 'tonnes' }],
  ['mile', { factor: 1.609344, unit: 'km', approximate: true }],
  ['miles', { factor: 1.609344, unit: 'km', approximate: true }],
]);
// Hedges that set a figure against another: "nearer 9 million pounds than 6 million".
const COMPARED_WITH = new Set(['nearer', 'closer']);
const CUBIC = new Set(['metre', 'metres', 'meter', 'meters']);

// Spans of time in minutes, as `compareFigures` measures them (a month is 30 days), for rates.
const RATE_UNITS = new Map<string, number>([
  ['minute', 1],
  ['minutes', 1],
  ['hour', 60],
  ['hours', 60],
  ['day', 1440],
  ['days', 1440],
  ['week', 10080],
  ['weeks', 10080],
  ['month', 43200],
  ['months', 43200],
  ['year', 525600],
  ['years', 525600],
]);
const TIMES = new Map([
  ['once', 1],
  ['twice', 2],
  ['thrice', 3],
]);
const RATE = /^every-(\d+(?:\.\d+)?)-minutes$/;
/** The unit of a rate ("every 30 minutes", "two an hour"), among a figure's units. */
export const RATE_UNIT = 'rate';
/** Whether a token is a rate as `canonicalQuantities` writes it: one token, "every-30-minutes". */
export const isRate = (token: string) => RATE.test(token);
/** A figure's size: a rate's minutes, or the number itself. */
export const magnitude = (value: string) => Number(RATE.exec(value)?.[1] ?? value);
const rate = (minutes: number) => `every-${formatNumber(minutes)}-minutes`;

// Shares written as a count of parts: "two thirds", "three quarters", "a tenth".
const PARTS = new Map([
  ['thirds', 3],
  ['quarters', 4],
  ['fifths', 5],
  ['tenths', 10],
  ['tenth', 10],
]);

/**
 * A claim's tokens (lower-cased, numbers without thousands separators) with quantities written in other words
 * put in one form: number words the figure reader takes word by word in digits ("twenty five": 25, "two dozen":
 * 24, "a thousand": 1000), spans named by a word ("a decade": 10 years, "half an hour": 30 minutes), shares
 * as counts of parts ("two thirds", "one in five": about 67 and 20 percent), units converted to one of their
 * kind ("four cubic metres": 4000 litres, "24 miles": about 38.6 km), and rates as one token, the interval in
 * minutes ("every 30 minutes", "two an hour", "every half hour": every-30-minutes). Words it adds ("about"
 * before an approximate figure) are stopwords.
 */
export function canonicalQuantities(input: string[]): string[] {
  // Number words and spans first, so units and rates read digits.
  const tokens: string[] = [];
  for (let i = 0; i < input.length; i++) {
    const token = input[i];
    const compound = compoundNumber(input, i);
    if (compound) {
      tokens.push(formatNumber(compound.value));
      i = compound.end;
      continue;
    }
    // "half an hour", "half hour", "a quarter of an hour", "an hour and a half"
    if (token === 'half' && (input[i + 1] === 'hour' || (input[i + 1] === 'an' && input[i + 2] === 'hour'))) {
      tokens.push('30', 'minutes');
      i += input[i + 1] === 'hour' ? 1 : 2;
      continue;
    }
    if (
      (token === 'a' || token === 'one') &&
      input[i + 1] === 'quarter' &&
      input[i + 2] === 'of' &&
      input[i + 3] === 'an' &&
      input[i + 4] === 'hour'
    ) {
      tokens.push('15', 'minutes');
      i += 4;
      continue;
    }
    // "a decade", "three decades" ("decades" alone says no number)
    const span = SPAN_WORDS.get(input[i + 1]);
    if (
      span &&
      numberAt(input, i) !== null &&
      (input[i + 1].endsWith('s') ? input[i] !== 'a' && input[i] !== 'an' : true)
    ) {
      tokens.push(formatNumber(numberAt(input, i)! * span[0]), span[1]);
      i++;
      continue;
    }
    // "two thirds", "a tenth": shares, approximate as written
    const parts = PARTS.get(input[i + 1]);
    const count = numberAt(input, i);
    if (parts && count !== null && count < parts && !isDigits(token)) {
      tokens.push('about', formatNumber(Math.round((count / parts) * 100)), 'percent');
      i++;
      continue;
    }
    // "one in five", "9 in 10"
    const whole = input[i + 1] === 'in' ? numberAt(input, i + 2) : null;
    if (
      count !== null &&
      token !== 'a' &&
      token !== 'an' &&
      whole !== null &&
      whole <= 100 &&
      count < whole &&
      !YEAR.test(input[i + 2])
    ) {
      tokens.push('about', formatNumber(Math.round((count / whole) * 100)), 'percent');
      i += 2;
      continue;
    }
    tokens.push(token);
  }
  return ratesAndUnits(tokens);
}

/** Units converted to one of their kind, and rates as one token (see `canonicalQuantities`). */
function ratesAndUnits(tokens: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    // "every 30 minutes", "every two days", "every other week", "every hour"
    if (token === 'every') {
      const count = tokens[i + 1] === 'other' ? 2 : numberAt(tokens, i + 1);
      const minutes = RATE_UNITS.get(tokens[i + 2]);
      if (count !== null && tokens[i + 1] !== 'a' && tokens[i + 1] !== 'an' && minutes !== undefined) {
        out.push(rate(count * minutes));
        i += 2;
        continue;
      }
    }
    // "two an hour", "12 times a day", "twice a week" (not "£10 an hour", a wage)
    const times = TIMES.get(token) ?? (out[out.length - 1]?.match(/^[$£€]$/) ? null : numberAt(tokens, i));
    if (times !== null && token !== 'a' && token !== 'an') {
      const by = tokens[i + 1] === 'times' ? i + 2 : i + 1;
      const minutes = RATE_UNITS.get(tokens[by + 1]);
      if (
        ['a', 'an', 'per', 'each'].includes(tokens[by]) &&
        minutes !== undefined &&
        !tokens[by + 1].endsWith('s')
      ) {
        out.push(rate(minutes / times));
        i = by + 1;
        continue;
      }
    }
    // "nearer 9 million than 6 million": the value it is set against is not one the claim states.
    if (token === 'than' && isDigits(tokens[i + 1]) && out.slice(-5).some((w) => COMPARED_WITH.has(w))) {
      i += SCALES.has(tokens[i + 2]) ? 2 : 1;
      continue;
    }
    // "four cubic metres", "4 thousand litres", "24 miles"
    const value = numberAt(tokens, i);
    if (value !== null && token !== 'a' && token !== 'an' && token !== 'one') {
      const scale = SCALES.get(tokens[i + 1]) ?? 1;
      const unitAt = scale === 1 ? i + 1 : i + 2;
      const cubic = tokens[unitAt] === 'cubic' && CUBIC.has(tokens[unitAt + 1]);
      const conversion = cubic ? { factor: 1000, unit: 'litres' } : CONVERSIONS.get(tokens[unitAt]);
      if (conversion && !(conversion.factor === 1 && conversion.unit === tokens[unitAt])) {
        if ('approximate' in conversion) out.push('about');
        const converted = value * scale * conversion.factor;
        out.push(formatNumber(Math.round(converted * 10) / 10 || converted), conversion.unit);
        i = cubic ? unitAt + 1 : unitAt;
        continue;
      }
    }
    out.push(token);
  }
  return out;
}

// A claim's figures with its years, read once per claim: grouping asks sameFigures of thousands of pairs.
const withYears = new WeakMap<StatementFeatures, string[]>();
function figuresOf(features: StatementFeatures): string[] {
  let figures = withYears.get(features);
  if (!figures) {
    figures = [...features.numbers, ...features.stems.filter((s) => YEAR.test(s))];
    withYears.set(features, figures);
  }
  return figures;
}

// A figure that is specific alone: a rate, or a count of a thousand or more (not a year).
const weight = (figure: string) => (isRate(figure) || (!YEAR.test(figure) && Number(figure) >= 1000) ? 2 : 1);

/**
 * One speaker's paraphrase that keeps the figures: every figure of the claim stating fewer (years counted) is
 * one the other states too, they weigh two or more (two figures, or a rate or a count of a thousand or more
 * alone), and the claims share a word besides: "had lost a fifth of their pay in real terms since 2016" and
 * "were a fifth worse off than in 2016"; "buses were running every 30 minutes" and "its buses had kept to a
 * timetable of two an hour". Polarity and conflicting figures are tested by the caller first.
 */
export function sameFigures(a: StatementFeatures, b: StatementFeatures): boolean {
  const [ours, theirs] = [figuresOf(a), figuresOf(b)];
  const [fewer, more] = ours.length <= theirs.length ? [ours, theirs] : [theirs, ours];
  if (fewer.length === 0 || !fewer.every((n) => more.includes(n))) return false;
  if (fewer.reduce((sum, n) => sum + weight(n), 0) < 2) return false;
  return a.stems.some((s) => !YEAR.test(s) && b.stems.includes(s));
}
