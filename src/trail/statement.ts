// What the trail compares of a claim: its content words (stemmed, with a few synonyms folded), the figures it
// states, and its polarity (a negation in the text, a denial in the cue); how two claims compare is in
// statement-compare.ts. Plain TypeScript.

import { figureRole } from './figure-role';
import { CURRENCY, Figure, fractionAt, PERCENT, UNIT_WORDS, unitAfter, vagueSpans } from './figures';
import { negationFocus, NONE_NUMBERS, noneOf, noneSaid, quantifiedFocus } from './negation';
import { direction } from './statement-compare';
import { hedgeOf } from './hedges';
import { canonicalQuantities, isRate, RATE_UNIT } from './quantities';
import { percentOf } from './percent-of';
import {
  CORRECTION,
  DENIAL_CUES,
  FAILURES,
  FALSE_WORDS,
  foldedStem,
  formatNumber,
  NEGATIONS,
  NUMBER_WORDS,
  SCALES,
  STOPWORDS,
  SYNONYMS,
} from './statement-lexicon';

export interface StatementFeatures {
  /** Distinct content stems in text order; years count as words, quantities do not. */
  stems: string[];
  /** Distinct quantities, normalised: "$14m", "14 million" and "14,000,000" are all "14000000". */
  numbers: string[];
  /** The text negates what it states ("will not", "never", "no"). */
  negated: boolean;
  /** The cue denies or rejects what the text states ("denied", "rejected", "disputed"). */
  denial: boolean;
  /** The claim corrects an earlier figure or statement. */
  correction: boolean;
  /**
   * What each figure counts: its unit ("percent", "year", "money") or the noun it leads ("18 percent", "two
   * new vessels", "300 jobs"); for a figure followed by neither ("fell by 12,000 since May"), the content
   * stems within three words of it.
   */
  figureWords: string[];
  /**
   * Each figure with its unit, when the features were read from the text just now (suggestions judge so);
   * rows stored by the trail do not keep them, and compare through `numbers` and `figureWords` alone.
   */
  figures?: Figure[];
  /** What the claim says there was none of ("no illnesses", "nobody"), when read from the text just now. */
  noneOf?: string[];
  /** What the claim says of what it says there was none of ("no dust had reached the school": reach, school). */
  noneSaid?: string[];
  /**
   * The word each negation bears on ("had not been stolen": stolen; "nobody wants to close": want), when read
   * from the text just now.
   */
  negatedWords?: string[];
}

// "down from 62,000", "up from 4 percent": the earlier value a claim compares its figure with.
const PREVIOUS = new Set(['down', 'up']);
const previousValue = (tokens: string[], at: number) =>
  tokens[at - 1] === 'from' && PREVIOUS.has(tokens[at - 2]);

// What the whole of a part counts ("19 midwives" in "seven of the unit's 19 midwives") is marked, so a part
// is held against a part and a whole against a whole: "four of the 19" and "seven of the 19" conflict.
const WHOLE = 'all ';
const PART_GAP = 3;
const isNumberToken = (token: string | undefined) =>
  token !== undefined && (/^\d/.test(token) || (NUMBER_WORDS.has(token) && token !== 'half'));

/**
 * The unit of a part named before its whole ("seven of the unit's 19 midwives": midwiv), when the figure at
 * `at` is followed by "of", at most PART_GAP words, and a figure with a unit; that whole is recorded in `wholes`.
 */
function partOf(tokens: string[], at: number, wholes: Map<number, string>): string | null {
  if (tokens[at + 1] !== 'of') return null;
  for (let j = at + 2; j <= at + 2 + PART_GAP && j < tokens.length; j++) {
    if (!isNumberToken(tokens[j])) continue;
    const scaled = SCALES.has(tokens[j + 1]) ? j + 1 : j;
    const unit = unitAfter(tokens, scaled, CURRENCY.has(tokens[j - 1]));
    if (unit === null) return null;
    wholes.set(j, unit);
    return unit;
  }
  return null;
}

// "about 19 percent", "more than 900", "a fifth": how exact a figure is, when it says.
const hedged = (tokens: string[], at: number, share: boolean, unit: string | null) => {
  const hedge = hedgeOf(tokens, at, share, unit);
  return hedge && { hedge };
};

const FIGURE_WINDOW = 3;
const AMOUNTS = new Set([PERCENT, 'money']);
// Units of measure ("months", "percent", "pounds") as a claim's content stems hold them: they say how a
// figure is measured, not what it counts.
const UNIT_STEMS = new Set([...UNIT_WORDS.keys()].filter((w) => /^\p{L}/u.test(w)).map(foldedStem));
/** Whether a content stem is a unit of measure. */
export const isUnitWord = (word: string) => UNIT_STEMS.has(word);
const AGE_WORDS = new Set(['aged', 'older', 'younger', 'age', 'ages']);
const isYear = (token: string) => /^(1[89]|20)\d\d$/.test(token);

/** The features of a claim's text and its reporting cue. */
export function statementFeatures(text: string, cue: string | null = null): StatementFeatures {
  const tokens = canonicalQuantities(
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[’‘]/g, "'")
      .toLowerCase()
      .replace(/n't\b/g, ' not')
      .replace(/(\d),(\d{3})/g, '$1$2')
      .replace(/(\d),(\d{3})/g, '$1$2')
      .match(/\d+(?:\.\d+)?|[\p{L}]+(?:'[\p{L}]+)*|[%$£€]/gu) ?? [],
  );
  const stems: string[] = [];
  const numbers: string[] = [];
  const figureWords = new Set<string>();
  // The wholes of "seven of the unit's 19 midwives", by token index, with what they count.
  const wholes = new Map<number, string>();
  // Content words and figures in text order, to find the words around each figure.
  // A percentage also keeps where it is written (its number's token and its unit's), to read what it is of.
  const sequence: Array<
    { stem: string } | { figure: string; unit: string | null; at?: number; end?: number }
  > = [];
  let negated = false;
  const negatedWords: string[] = [];
  let rejected = -1;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    // "7 percent, not 11", "6,500 litres, not the 4,000 first reported": a figure the claim rejects for the one
    // it states, not a negation of the claim.
    const rejects = tokens[i + 1] === 'the' ? i + 2 : i + 1;
    if (
      token === 'not' &&
      isNumberToken(tokens[rejects]) &&
      !NONE_NUMBERS.has(tokens[rejects]) &&
      numbers.length > 0
    ) {
      rejected = rejects;
      i = rejects - 1;
      continue;
    }
    // "failed to consult" states that they did not.
    const failure = FAILURES.has(token) && tokens[i + 1] === 'to';
    if (NEGATIONS.has(token) || failure) {
      negated = true;
      const focus = failure ? negationFocus(tokens, i + 2) : quantifiedFocus(tokens, i);
      if (focus) negatedWords.push(focus);
      continue;
    }
    // "every 30 minutes", "two an hour": one rate (`canonicalQuantities`).
    if (isRate(token)) {
      numbers.push(token);
      sequence.push({ figure: token, unit: RATE_UNIT, at: i, end: i });
      continue;
    }
    // "halved", "cut by a quarter": a share, compared as the percentage it is.
    const fraction = fractionAt(tokens, i);
    if (fraction !== null) {
      numbers.push(fraction);
      sequence.push({ figure: fraction, unit: PERCENT, at: i, end: i });
      // "halved" is also a word (a fall); "a third" is only the figure.
      if (!SYNONYMS.has(token)) continue;
    }
    let value: number | null = null;
    if (/^\d/.test(token)) {
      if (isYear(token) && !SCALES.has(tokens[i + 1])) {
        stems.push(token);
        continue;
      }
      value = Number(token);
    } else if (token === 'one' && tokens[i - 1] === 'no') {
      // "no one wanted to": nobody, not a figure of one.
      continue;
    } else if (NUMBER_WORDS.has(token) && !(token === 'half' && tokens[i + 1] !== 'a')) {
      value = NUMBER_WORDS.get(token)!;
      // "two hundred", "three thousand"
      if (tokens[i + 1] === 'hundred' && token !== 'hundred') {
        value *= 100;
        i++;
      }
    }
    // "older than seventy", "aged 12": an age bound, not a figure to compare.
    if (
      value !== null &&
      (AGE_WORDS.has(tokens[i - 1]) || (tokens[i - 1] === 'than' && AGE_WORDS.has(tokens[i - 2])))
    ) {
      continue;
    }
    if (value !== null) {
      // "£2.3m": the sign is read before the scale moves past the figure.
      const currency = CURRENCY.has(tokens[i - 1]);
      const at = i;
      const scale = SCALES.get(tokens[i + 1]);
      if (scale) {
        value *= scale;
        i++;
      }
      // "48,000, down from 62,000": the figure it was before, not one the claim states.
      if (previousValue(tokens, currency ? at - 1 : at) || at === rejected) continue;
      const whole = wholes.get(at);
      const unit = whole ?? unitAfter(tokens, i, currency) ?? partOf(tokens, i, wholes);
      numbers.push(formatNumber(value));
      sequence.push({
        figure: formatNumber(value),
        unit: whole === undefined ? unit : `${WHOLE}${whole}`,
        at,
        end: tokens[i + 1] === 'per' ? i + 2 : i + 1,
      });
      continue;
    }
    if (UNIT_WORDS.get(token) === PERCENT || CURRENCY.has(token) || STOPWORDS.has(token) || token.length < 2)
      continue;
    stems.push(foldedStem(token));
    sequence.push({ stem: stems[stems.length - 1] });
  }
  sequence.forEach((item, i) => {
    if (!('figure' in item)) return;
    if (item.unit) {
      figureWords.add(item.unit.startsWith(WHOLE) ? item.unit.slice(WHOLE.length) : item.unit);
      return;
    }
    for (const near of sequence.slice(Math.max(0, i - FIGURE_WINDOW), i + FIGURE_WINDOW + 1)) {
      if ('stem' in near && !isYear(near.stem)) figureWords.add(near.stem);
    }
  });
  // What a percentage is of (`percentOf`), and which way the change it states goes, read from the words around
  // it: two changes the same way are compared when one of them does not name what changed ("the survey showed
  // a 12 percent drop", "ridership had fallen by nearly a fifth").
  const change = (i: number) =>
    direction(
      sequence
        .slice(Math.max(0, i - FIGURE_WINDOW), i + FIGURE_WINDOW + 1)
        .flatMap((near) => ('stem' in near ? [near.stem] : [])),
    );
  // "fell by 300" is a change, "1,200 passengers" a level: two quantities (`figureRole`). Only an amount (a
  // percentage, a sum, a number of nothing named) takes its role from the verb before it: "the alarm was raised
  // three days after" is no rise of three days.
  const changes = (item: { unit: string | null; at?: number; end?: number }) =>
    figureRole(tokens, item.at!, item.end!, item.unit === null || AMOUNTS.has(item.unit)) === 'change' && {
      role: 'change' as const,
    };
  const figures: Figure[] = [
    ...sequence.flatMap((item, i): Figure[] =>
      'figure' in item
        ? [
            {
              value: item.figure,
              unit: item.unit,
              ...changes(item),
              ...hedged(tokens, item.at!, item.at === item.end && item.unit === PERCENT, item.unit),
              ...(item.unit === PERCENT && {
                about: percentOf(tokens, item.at!, item.end!),
                change: change(i),
              }),
              // A sum is of something too: "a funding gap of 9 million pounds", "14 million pounds in reserves".
              ...(item.unit === 'money' && {
                about: percentOf(
                  tokens,
                  CURRENCY.has(tokens[item.at! - 1]) ? item.at! - 1 : item.at!,
                  item.end!,
                ),
              }),
            },
          ]
        : [],
    ),
    ...vagueSpans(tokens),
  ];
  return {
    stems: [...new Set(stems)],
    numbers: [...new Set(numbers)],
    negated: negated || FALSE_WORDS.test(text),
    // "denied that…" in the cue, or "disputed the results" in the text; "no longer disputed that…" affirms.
    denial: (cue !== null && DENIAL_CUES.test(cue)) !== DENIAL_CUES.test(text),
    correction: CORRECTION.test(cue ?? '') || CORRECTION.test(text),
    figureWords: [...figureWords],
    figures,
    noneOf: noneOf(tokens),
    noneSaid: noneSaid(tokens),
    negatedWords,
  };
}

/** Index terms: content stems of three letters or more, and quantities as `#n`. */
export function indexTerms(features: Pick<StatementFeatures, 'stems' | 'numbers'>): string[] {
  return [...features.stems.filter((s) => s.length >= 3), ...features.numbers.map((n) => `#${n}`)];
}
