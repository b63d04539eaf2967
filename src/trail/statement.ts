// What the trail compares of a claim: its content words (stemmed, with a few synonyms folded), the figures it
// states, and its polarity (a negation in the text, a denial in the cue). Plain TypeScript.

import {
  compareFigures,
  CURRENCY,
  Figure,
  fractionAt,
  PERCENT,
  sameFigure,
  UNIT_WORDS,
  unitAfter,
  vagueSpans,
} from './figures';
import { negationFocus, NONE_NUMBERS, noneOf } from './negation';
import { percentOf } from './percent-of';
import { canonicalQuantities, hedgeOf, isRate, RATE_UNIT, sameFigures } from './quantities';
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
  stem,
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
    // "7 percent, not 11": a figure the claim rejects for the one it states, not a negation of the claim.
    if (
      token === 'not' &&
      isNumberToken(tokens[i + 1]) &&
      !NONE_NUMBERS.has(tokens[i + 1]) &&
      numbers.length > 0
    ) {
      rejected = i + 1;
      continue;
    }
    // "failed to consult" states that they did not.
    const failure = FAILURES.has(token) && tokens[i + 1] === 'to';
    if (NEGATIONS.has(token) || failure) {
      negated = true;
      const focus = negationFocus(tokens, failure ? i + 2 : i + 1);
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
  const figures: Figure[] = [
    ...sequence.flatMap((item, i): Figure[] =>
      'figure' in item
        ? [
            {
              value: item.figure,
              unit: item.unit,
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
    negatedWords,
  };
}

/** Index terms: content stems of three letters or more, and quantities as `#n`. */
export function indexTerms(features: Pick<StatementFeatures, 'stems' | 'numbers'>): string[] {
  return [...features.stems.filter((s) => s.length >= 3), ...features.numbers.map((n) => `#${n}`)];
}

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
  conflicting: [string[], string[]] | null;
}

/** Whether a claim, negation and denial taken together, asserts (true) or negates (false) its content. */
export const affirms = (f: Pick<StatementFeatures, 'negated' | 'denial'>) => f.negated === f.denial;

const RISE = stem('rise');
const FALL = stem('cut');
/** +1 when a claim says something rose, -1 fell, 0 neither or both. */
function direction(stems: string[]): number {
  const rise = stems.includes(RISE);
  const fall = stems.includes(FALL);
  return rise === fall ? 0 : rise ? 1 : -1;
}

/** How many of `a`'s words `b` holds. A claim has a few dozen words at most: a scan costs less than a Set. */
function countShared(a: readonly string[], b: readonly string[]): number {
  let shared = 0;
  for (const word of a) if (b.includes(word)) shared++;
  return shared;
}

// Figures read with their units pair by unit: the same trial size beside a different effect still conflicts.
// Without a figure on one side there is nothing to pair (null reads as no shared unit and no conflict).
const figuresByUnit = (a: StatementFeatures, b: StatementFeatures) =>
  a.figures?.length && b.figures?.length ? compareFigures(a.figures, b.figures) : null;

/** Both state figures and none of them agree (by unit where both have units). */
function numbersConflict(
  a: StatementFeatures,
  b: StatementFeatures,
  sharedNumbers: number,
  byUnit: ReturnType<typeof compareFigures> | null,
): boolean {
  return (
    byUnit?.conflicting != null ||
    (!byUnit?.sharedUnit && a.numbers.length > 0 && b.numbers.length > 0 && sharedNumbers === 0)
  );
}

/** Both state a figure for something they both name, `ignore` left out. */
function quantityShared(
  a: StatementFeatures,
  b: StatementFeatures,
  byUnit: ReturnType<typeof compareFigures> | null,
  ignore: ReadonlySet<string> = new Set(),
): boolean {
  return (
    (byUnit?.sameCount ?? false) ||
    (a.figureWords ?? []).some((w) => !ignore.has(w) && (b.figureWords ?? []).includes(w))
  );
}

// "would stay for ten years" is the opposite of "would leave", as keeping is of closing.
const KEEP = new Set(['protect', 'keep', 'kept', 'save', 'retain', 'preserve', 'spare', 'stay'].map(stem));
const LOSE = new Set(['close', 'shut', 'scrap', 'axe', 'leave'].map(stem));
/** +1 when a claim says something is kept, -1 closed, 0 neither or both. */
function keeping(stems: string[]): number {
  const keep = stems.some((s) => KEEP.has(s));
  const lose = stems.some((s) => LOSE.has(s));
  return keep === lose ? 0 : keep ? 1 : -1;
}

// "will not rise" against "will fall" is not read as a contradiction: the two flips cancel; nor is "no
// library would close" against "we have protected every library".
function polarityDiffers(a: StatementFeatures, b: StatementFeatures): boolean {
  const flipped = affirms(a) !== affirms(b);
  const towards = direction(a.stems);
  if (towards !== 0) return flipped !== towards * direction(b.stems) < 0;
  const keeps = keeping(a.stems);
  return keeps === 0 ? flipped : flipped !== keeps * keeping(b.stems) < 0;
}

/** Compares two claims; `ignore` leaves out words both share by being about one story (its names). */
export function compareStatements(
  a: StatementFeatures,
  b: StatementFeatures,
  ignore: ReadonlySet<string> = new Set(),
): Comparison {
  const aStems = ignore.size === 0 ? a.stems : a.stems.filter((s) => !ignore.has(s));
  const bStems = ignore.size === 0 ? b.stems : b.stems.filter((s) => !ignore.has(s));
  const other = new Set(bStems);
  const shared = aStems.filter((s) => other.has(s));
  const total = aStems.length + bStems.length;
  const smaller = Math.min(aStems.length, bStems.length);
  const otherNumbers = new Set(b.numbers);
  const numbersInBoth = a.numbers.filter((n) => otherNumbers.has(n));
  // "3 percent" and "over three years" state no figure in common.
  const sharedNumbers = numbersInBoth.filter((n) => sameFigure(a.figures, b.figures, n));
  const byUnit = figuresByUnit(a, b);
  const sameQuantity = quantityShared(a, b, byUnit, ignore);
  return {
    shared,
    dice: total === 0 ? 0 : (2 * shared.length) / total,
    overlap: smaller === 0 ? 0 : shared.length / smaller,
    sharedNumbers,
    numberConflict: numbersConflict(a, b, numbersInBoth.length, byUnit),
    conflicting: byUnit?.conflicting ?? null,
    figuresAgree: byUnit?.agreeing ?? false,
    polarityDiffers: polarityDiffers(a, b),
    sameQuantity,
    differentQuantities:
      !sameQuantity &&
      a.numbers.length > 0 &&
      b.numbers.length > 0 &&
      a.figureWords.length > 0 &&
      b.figureWords.length > 0,
  };
}

// A figure this large is specific enough that one speaker stating it twice, of the same thing, states one thing.
const SPECIFIC_SUM = 1000;

/**
 * Both give the same figure of SPECIFIC_SUM or more for the same thing (a sum of money, hectares): "the repairs
 * would cost 4.5 million euros" and "the bill for the work would come to 4.5 million euros" share no other
 * word, nor do "the blaze had burned about 1,200 hectares" and "the fire had spread across 1,200 hectares".
 */
function sameSum(a: StatementFeatures, b: StatementFeatures): boolean {
  if (!a.figureWords.some((w) => b.figureWords.includes(w))) return false;
  return a.numbers.some((n) => Number(n) >= SPECIFIC_SUM && b.numbers.includes(n));
}

/**
 * Same speaker, same statement: verbatim or paraphrased, the same polarity and no contradicting figure; or the
 * same specific figure of the same thing.
 * Grouping asks it for thousands of pairs per batch, so it counts rather than builds compareStatements' lists,
 * and takes the cheapest tests first.
 */
export function sameStatement(a: StatementFeatures, b: StatementFeatures): boolean {
  if (polarityDiffers(a, b)) return false;
  const sharedNumbers = countShared(a.numbers, b.numbers);
  const byUnit = figuresByUnit(a, b);
  if (numbersConflict(a, b, sharedNumbers, byUnit)) return false;
  if (sameSum(a, b) || sameFigures(a, b)) return true;
  const sharedStems = countShared(a.stems, b.stems);
  const shared = sharedStems + sharedNumbers;
  if (shared < 2) return false;
  // A figure only one of them states is a word the other lacks: "dead fish were found along a 5-kilometre
  // stretch" says more than "fish were killed along the river", "the ballot opens on 1 June" than "it will
  // ballot members".
  const lone = (a.numbers.length === 0) !== (b.numbers.length === 0);
  const [aTerms, bTerms] = lone
    ? [a.stems.length + a.numbers.length, b.stems.length + b.numbers.length]
    : [a.stems.length, b.stems.length];
  const total = aTerms + bTerms;
  const smaller = Math.min(aTerms, bTerms);
  const dice = total === 0 ? 0 : (2 * sharedStems) / total;
  const overlap = smaller === 0 ? 0 : sharedStems / smaller;
  return (
    dice >= 0.5 ||
    (overlap >= 0.6 && shared >= 3) ||
    (sharedNumbers > 0 && (dice >= 0.4 || (overlap >= 0.5 && quantityShared(a, b, byUnit))))
  );
}

/** Near-verbatim: Dice over content stems of at least `minDice` and no contradicting figure (as compareStatements). */
export function sameWording(a: StatementFeatures, b: StatementFeatures, minDice: number): boolean {
  if (numbersConflict(a, b, countShared(a.numbers, b.numbers), figuresByUnit(a, b))) return false;
  const total = a.stems.length + b.stems.length;
  return (total === 0 ? 0 : (2 * countShared(a.stems, b.stems)) / total) >= minDice;
}
