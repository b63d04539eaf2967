// What the trail compares of a claim: its content words (stemmed, with a few synonyms folded), the figures it
// states, and its polarity (a negation in the text, a denial in the cue). Plain TypeScript.

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
}

export const STOPWORDS = new Set(
  `a an the and or but if then than so as of at by for from in into on onto to up down over under with without
  about after before during since until while within through across against between among per via
  is am are was were be been being have has had having do does did doing done will would shall should can
  could may might must ought i me my mine we us our ours you your yours he him his she her hers it its they
  them their theirs this that these those there here who whom whose which what when where why how
  said says say saying told tells tell according added adds add stated states noted also just only very
  really quite more most much many some any all each every both either neither other another such own same
  too again further once yet still even ever mr ms mrs dr prof per cent percent year years`
    .split(/\s+/)
    .filter(Boolean),
);
// "year" is dropped (every figure has one), the year itself is kept as a word.

const FAILURES = new Set(['fail', 'fails', 'failed', 'failing']);
const NEGATIONS = new Set(['not', 'no', 'never', 'none', 'nobody', 'nothing', 'neither', 'nor', 'cannot']);
const DENIAL_CUES =
  /\b(den(y|ied|ies|ying|ial)|reject(s|ed|ing)?|disput(e|es|ed|ing)|refut(e|es|ed|ing)|contradict(s|ed|ing)?|dismiss(es|ed|ing)?|rebut(s|ted|ting)?|contest(s|ed|ing)?|deni(al|es))\b/i;
const CORRECTION = /\b(correct(ed|ion|s|ing)?|revis(e|ed|es|ing|ion)|amend(ed|s)?|retract(ed|s)?)\b/i;
const FALSE_WORDS = /\b(false|untrue|incorrect|wrong|inaccurate|baseless|misleading)\b/i;

const NUMBER_WORDS: Record<string, number> = Object.fromEntries(
  `one=1 two=2 three=3 four=4 five=5 six=6 seven=7 eight=8 nine=9 ten=10 eleven=11 twelve=12 thirteen=13 fourteen=14 fifteen=15 sixteen=16 seventeen=17 eighteen=18 nineteen=19 twenty=20 thirty=30 forty=40 fifty=50 sixty=60 seventy=70 eighty=80 ninety=90 hundred=100 dozen=12 half=0.5 single=1 double=2 twice=2`
    .split(' ')
    .map((pair) => pair.split('='))
    .map(([word, value]) => [word, Number(value)]),
);
const SCALES: Record<string, number> = {
  thousand: 1e3,
  k: 1e3,
  million: 1e6,
  m: 1e6,
  mn: 1e6,
  billion: 1e9,
  bn: 1e9,
  b: 1e9,
  trillion: 1e12,
};

// Surface words folded together before stemming, so common paraphrases meet.
const SYNONYMS: Record<string, string> = Object.fromEntries(
  `
  stay: remain remains remained stays stayed
  rise: increase increased increases raise raised raising hike hiked rose risen rising rises grow grew grown growing grows higher
  cut: reduce reduced reduces slash slashed lower lowered cuts cutting decrease decreased fell fall fallen falls falling drop dropped shrink shrank shrunk shrinking
  injure: injured hurt wounded injuries injury
  die: killed died dead deaths death dies fatalities
  child: kids children
  student: pupils students
  worker: staff employees employee workers workforce
  buy: purchase purchased bought
  start: begin began begun starts started commence
  end: finish finished ended
  build: construct constructed built building builds
  big: large huge
  little: small tiny
  close: shut shutting closing closure closed
  open: opening opened opens
  dismiss: fired sacked laid
  rider: passengers riders commuters
  cost: cost costs price prices spend spent
  million: million
  city: town municipality
  council: council
  car: vehicles vehicle cars
  house: homes houses home dwellings
  sick: ill sickened illness
  pollute: polluted contaminated contamination pollution toxic
  `
    .trim()
    .split('\n')
    .flatMap((line) => {
      const [canonical, words] = line.split(':');
      return words
        .trim()
        .split(/\s+/)
        .map((word) => [word, canonical.trim()]);
    }),
);

/** A light suffix stripper: enough for "fares"/"fare", "freezing"/"freeze", "rejected"/"reject". */
export function stem(word: string): string {
  let w = word.replace(/'s$/, '').replace(/'/g, '');
  if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 4 && w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us')) w = w.slice(0, -1);
  if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2);
  if (w.length > 5 && w.endsWith('ly')) w = w.slice(0, -2);
  if (w.length > 3 && w.endsWith('e')) w = w.slice(0, -1);
  // "stopp" (stopped) and "stop" meet.
  if (w.length > 3 && w[w.length - 1] === w[w.length - 2] && !/[aeiouls]/.test(w[w.length - 1]))
    w = w.slice(0, -1);
  return w;
}

function formatNumber(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Math.round(value * 1000) / 1000);
}

const FIGURE_WINDOW = 3;
// A figure's unit read from the words that follow it; a noun is looked for among the next three words.
const UNIT_WORDS: Record<string, string> = {
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
const CURRENCY = new Set(['$', '£', '€']);
const NOUN_LOOKAHEAD = 3;
const AGE_WORDS = new Set(['aged', 'older', 'younger', 'age', 'ages']);
const isYear = (token: string) => /^(1[89]|20)\d\d$/.test(token);

/** The features of a claim's text and its reporting cue. */
export function statementFeatures(text: string, cue: string | null = null): StatementFeatures {
  const tokens =
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[’‘]/g, "'")
      .toLowerCase()
      .replace(/n't\b/g, ' not')
      .replace(/(\d),(\d{3})/g, '$1$2')
      .replace(/(\d),(\d{3})/g, '$1$2')
      .match(/\d+(?:\.\d+)?|[\p{L}]+(?:'[\p{L}]+)*|[%$£€]/gu) ?? [];
  const stems: string[] = [];
  const numbers: string[] = [];
  // Content words and figures in text order, to find the words around each figure.
  const sequence: Array<{ stem: string } | { figure: string; unit: string | null }> = [];
  let negated = false;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    // "failed to consult" states that they did not.
    if (NEGATIONS.has(token) || (FAILURES.has(token) && tokens[i + 1] === 'to')) {
      negated = true;
      continue;
    }
    let value: number | null = null;
    if (/^\d/.test(token)) {
      if (isYear(token) && !SCALES[tokens[i + 1]]) {
        stems.push(token);
        continue;
      }
      value = Number(token);
    } else if (token in NUMBER_WORDS && !(token === 'half' && tokens[i + 1] !== 'a')) {
      value = NUMBER_WORDS[token];
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
      const scale = SCALES[tokens[i + 1]];
      if (scale) {
        value *= scale;
        i++;
      }
      numbers.push(formatNumber(value));
      sequence.push({ figure: formatNumber(value), unit: unitAfter(tokens, i, CURRENCY.has(tokens[i - 1])) });
      continue;
    }
    if (UNIT_WORDS[token] === 'percent' || CURRENCY.has(token) || STOPWORDS.has(token) || token.length < 2)
      continue;
    stems.push(stem(SYNONYMS[token] ?? token));
    sequence.push({ stem: stems[stems.length - 1] });
  }
  const figureWords = new Set<string>();
  sequence.forEach((item, i) => {
    if (!('figure' in item)) return;
    if (item.unit) {
      figureWords.add(item.unit);
      return;
    }
    for (const near of sequence.slice(Math.max(0, i - FIGURE_WINDOW), i + FIGURE_WINDOW + 1)) {
      if ('stem' in near && !isYear(near.stem)) figureWords.add(near.stem);
    }
  });
  return {
    stems: [...new Set(stems)],
    numbers: [...new Set(numbers)],
    negated: negated || FALSE_WORDS.test(text),
    // "denied that…" in the cue, or "disputed the results" in the text; "no longer disputed that…" affirms.
    denial: (cue !== null && DENIAL_CUES.test(cue)) !== DENIAL_CUES.test(text),
    correction: CORRECTION.test(cue ?? '') || CORRECTION.test(text),
    figureWords: [...figureWords],
  };
}

/**
 * The unit of the figure at `tokens[at]`: a unit word right after it ("percent", "years", "pounds"), money when
 * a currency sign precedes it, else the last word of the noun phrase it leads ("two new vessels": vessel),
 * stopped by the first function word. Null when a function word follows it ("fell by 12,000 since May").
 */
function unitAfter(tokens: string[], at: number, currency: boolean): string | null {
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

/** Compares two claims; `ignore` leaves out words both share by being about one story (its names). */
export function compareStatements(
  a: StatementFeatures,
  b: StatementFeatures,
  ignore: ReadonlySet<string> = new Set(),
): Comparison {
  // Grouping compares without names to leave out, many thousand times per batch: no copies then.
  const aStems = ignore.size === 0 ? a.stems : a.stems.filter((s) => !ignore.has(s));
  const bStems = ignore.size === 0 ? b.stems : b.stems.filter((s) => !ignore.has(s));
  const other = new Set(bStems);
  const shared = aStems.filter((s) => other.has(s));
  const total = aStems.length + bStems.length;
  const smaller = Math.min(aStems.length, bStems.length);
  const otherNumbers = new Set(b.numbers);
  const sharedNumbers = a.numbers.filter((n) => otherNumbers.has(n));
  const sameQuantity = (a.figureWords ?? []).some((w) => !ignore.has(w) && (b.figureWords ?? []).includes(w));
  return {
    shared,
    dice: total === 0 ? 0 : (2 * shared.length) / total,
    overlap: smaller === 0 ? 0 : shared.length / smaller,
    sharedNumbers,
    numberConflict: a.numbers.length > 0 && b.numbers.length > 0 && sharedNumbers.length === 0,
    // "will not rise" against "will fall" is not read as a contradiction: the two flips cancel.
    polarityDiffers: (affirms(a) !== affirms(b)) !== direction(a.stems) * direction(b.stems) < 0,
    sameQuantity,
    differentQuantities:
      !sameQuantity &&
      a.numbers.length > 0 &&
      b.numbers.length > 0 &&
      a.figureWords.length > 0 &&
      b.figureWords.length > 0,
  };
}

/** Same speaker, same statement: verbatim or paraphrased, the same polarity and no contradicting figure. */
export function sameStatement(a: StatementFeatures, b: StatementFeatures): boolean {
  const c = compareStatements(a, b);
  if (c.polarityDiffers || c.numberConflict) return false;
  const shared = c.shared.length + c.sharedNumbers.length;
  if (shared < 2) return false;
  return (
    c.dice >= 0.5 ||
    (c.overlap >= 0.6 && shared >= 3) ||
    (c.sharedNumbers.length > 0 && (c.dice >= 0.4 || (c.overlap >= 0.5 && c.sameQuantity)))
  );
}
