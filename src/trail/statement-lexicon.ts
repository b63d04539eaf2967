// The words the trail reads claims with: function words, negations, denial and correction cues, numbers
// written as words, scales, folded synonyms, and a light stemmer. Plain TypeScript.

export const STOPWORDS = new Set(
  `a an the and or but if then than so as of at by for from in into on onto to up down over under with without
  about after before during since until while within through across against between among per via along
  alongside below above beside behind beyond towards toward throughout
  is am are was were be been being have has had having do does did doing done will would shall should can
  could may might must ought i me my mine we us our ours you your yours he him his she her hers it its they
  them their theirs this that these those there here who whom whose which what when where why how
  said says say saying told tells tell according added adds add stated states noted also just only very
  really quite more most much many some any all each every both either neither other another such own same
  too again further once yet still even ever mr ms mrs dr prof per cent percent year years last next past ago
  roughly approximately nearly almost around`
    .split(/\s+/)
    .filter(Boolean),
);
// "year" is dropped (every figure has one), the year itself is kept as a word; so are "last", "next", "past"
// and "ago", which with it name a time ("last year"), not what a claim is about. Hedges of a figure ("about",
// "roughly", "nearly") say how exact it is, not what is counted: "roughly 90 pounds more" repeats "about 90".

export const FAILURES = new Set(['fail', 'fails', 'failed', 'failing']);
export const NEGATIONS = new Set([
  'not',
  'no',
  'never',
  'none',
  'nobody',
  'nothing',
  'neither',
  'nor',
  'cannot',
  // "it was impossible to staff", "was unable to staff": it could not.
  'impossible',
  'unable',
]);
export const DENIAL_CUES =
  /\b(den(y|ied|ies|ying|ial)|reject(s|ed|ing)?|disput(e|es|ed|ing)|refut(e|es|ed|ing)|contradict(s|ed|ing)?|dismiss(es|ed|ing)?|rebut(s|ted|ting)?|contest(s|ed|ing)?|deni(al|es))\b/i;
export const CORRECTION = /\b(correct(ed|ion|s|ing)?|revis(e|ed|es|ing|ion)|amend(ed|s)?|retract(ed|s)?)\b/i;
export const FALSE_WORDS = /\b(false|untrue|incorrect|wrong|inaccurate|baseless|misleading)\b/i;

// Lookups keyed by a claim's words are Maps: an object literal would also answer for "constructor" or "toString".
export const NUMBER_WORDS = new Map<string, number>(
  `one=1 two=2 three=3 four=4 five=5 six=6 seven=7 eight=8 nine=9 ten=10 eleven=11 twelve=12 thirteen=13 fourteen=14 fifteen=15 sixteen=16 seventeen=17 eighteen=18 nineteen=19 twenty=20 thirty=30 forty=40 fifty=50 sixty=60 seventy=70 eighty=80 ninety=90 hundred=100 dozen=12 half=0.5 single=1 double=2 twice=2`
    .split(' ')
    .map((pair) => pair.split('='))
    .map(([word, value]): [string, number] => [word, Number(value)]),
);
export const SCALES = new Map<string, number>([
  ['thousand', 1e3],
  ['k', 1e3],
  ['million', 1e6],
  ['m', 1e6],
  ['mn', 1e6],
  ['billion', 1e9],
  ['bn', 1e9],
  ['b', 1e9],
  ['trillion', 1e12],
]);

// Surface words folded together before stemming, so common paraphrases meet.
export const SYNONYMS = new Map<string, string>(
  `
  stay: remain remains remained stays stayed
  rise: increase increased increases raise raised raising hike hiked rose risen rising rises grow grew grown growing grows higher
  cut: halved halve halves halving reduce reduced reduces slash slashed lower lowered cuts cutting decrease decreased fell fall fallen falls falling drop dropped shrink shrank shrunk shrinking
  injure: injured hurt wounded injuries injury
  die: killed died dead deaths death dies fatalities
  child: kids children
  student: pupils students
  worker: staff employees employee workers workforce
  job: jobs posts
  debt: debts owe owed owes owing
  buy: purchase purchased bought
  start: begin began begun starts started commence
  end: finish finished ended
  build: construct constructed built building builds
  big: large huge
  little: small tiny
  close: shut shutting closing closure closed
  open: opening opened opens
  dismiss: fired sacked laid
  leave: left leaves leaving quit quits quitting resigned resign resigns departed
  leak: leaks leaked leaking leakage leakages
  km: kilometre kilometres kilometer kilometers km kms
  rider: passengers riders commuters
  strike: walkout walkouts stoppage stoppages strikes
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
        .map((word): [string, string] => [word, canonical.trim()]);
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

/** A word's stem with synonyms folded, looked up as written and as stemmed ("illnesses": illness, sick). */
export function foldedStem(word: string): string {
  const folded = SYNONYMS.get(word) ?? SYNONYMS.get(stem(word));
  return stem(folded ?? word);
}

export function formatNumber(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Math.round(value * 1000) / 1000);
}
