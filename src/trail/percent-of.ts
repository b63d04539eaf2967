// What a percentage in a claim is a percentage of, read from the words around it: "a 4 percent pay offer"
// (offer), "prices rose 6 percent" (price), "inflation of 6 percent" (inflation), "61 percent of registered
// voters" (voter), "the survey showed a 9 percent drop" (nothing named). Sums of money are read the same way
// ("a funding gap of 9 million pounds": gap). Plain TypeScript.
import { UNIT_WORDS } from './figures';
import { HEDGE_WORDS } from './hedges';
import { foldedStem, NEGATIONS, NUMBER_WORDS, stem, STOPWORDS } from './statement-lexicon';

const RISE = stem('rise');
const FALL = stem('cut');
// Words that say how a figure was found or how close it is, not what it measures.
const NOT_THINGS = new Set(
  `show showed shown shows found find finds record recorded records report reported reports reveal revealed
  reveals suggest suggested suggests indicate indicated indicates confirm confirmed confirms mean meant means
  nearly almost around roughly approximately less fewer least barely some well gone go goes went
  january february march april may june july august september october november december`
    .split(/\s+/)
    .filter(Boolean)
    .concat([...HEDGE_WORDS]),
);
// Heads that only say a quantity is counted: "passenger numbers" counts passengers, "the number of attacks"
// attacks.
const MEASURES = new Set(
  ['number', 'numbers', 'count', 'figure', 'figures', 'total', 'level', 'levels', 'rate', 'amount'].map(stem),
);
// What a count of people is a count of, folded for percentages only: "ridership" counts riders, as
// "passenger numbers" do. (Folded among a claim's words, "commuters" would make any claim on commuting agree.)
const COUNTED = new Map([
  ['ridership', 'riders'],
  ['passenger', 'riders'],
]);
// A clause ends here, walking back from a figure: what comes before is another clause's subject.
const CLAUSE_MARKS = new Set(['that', 'which', 'who', 'while', 'because', 'whereas', 'but', 'when', 'if']);
const SUBJECT_WORDS = 6;
// The words before a share that is not a verb: "a quarter", "one third", "by half".
const SHARE_OPENERS = new Set(['a', 'one', 'by']);

const isFigure = (token: string | undefined) =>
  token !== undefined && (/^\d/.test(token) || NUMBER_WORDS.has(token) || UNIT_WORDS.has(token));
const isContent = (token: string | undefined): token is string =>
  token !== undefined &&
  /^\p{L}/u.test(token) &&
  token.length >= 2 &&
  !STOPWORDS.has(token) &&
  !NEGATIONS.has(token) &&
  !isFigure(token);
const isChange = (word: string) => word === RISE || word === FALL;

/**
 * The head words of a run of content words: a word directly before another one modifies it ("library visits":
 * visits; "drivers' pay": pay), unless that other one only says a quantity is counted ("passenger numbers":
 * passengers) or is a rise or fall ("a pay rise": pay).
 */
function heads(run: string[]): string[] {
  const words = run.map((word) => foldedStem(COUNTED.get(word) ?? word));
  return words.filter((word, i) => {
    if (MEASURES.has(word) || isChange(word) || NOT_THINGS.has(run[i])) return false;
    const next = words[i + 1];
    return next === undefined || MEASURES.has(next) || isChange(next);
  });
}

/** The run of content words from `from` on, skipping the function words before it, and the index after it. */
function runAfter(tokens: string[], from: number): [string[], number] {
  let i = from;
  while (i < tokens.length && !isContent(tokens[i]) && !isFigure(tokens[i])) i++;
  const run: string[] = [];
  for (; isContent(tokens[i]); i++) run.push(tokens[i]);
  return [run, i];
}

/** A noun phrase after `from`, through "of" after a word of counting ("the number of migraine attacks"). */
function phraseAfter(tokens: string[], from: number): string[] {
  const [run, end] = runAfter(tokens, from);
  const last = run.length > 0 ? foldedStem(run[run.length - 1]) : undefined;
  if (last !== undefined && MEASURES.has(last) && tokens[end] === 'of')
    return [...heads(run), ...heads(runAfter(tokens, end + 1)[0])];
  return heads(run);
}

/** The subject before the figure at `at`: its clause's content words, at most SUBJECT_WORDS, heads only. */
function subjectBefore(tokens: string[], at: number): string[] {
  const runs: string[][] = [[]];
  let content = 0;
  for (let j = at - 1; j >= 0 && content < SUBJECT_WORDS; j--) {
    const token = tokens[j];
    if (CLAUSE_MARKS.has(token) || isFigure(token)) break;
    if (isContent(token)) {
      runs[0].unshift(token);
      content++;
    } else if (runs[0].length > 0) runs.unshift([]);
  }
  return runs.flatMap(heads);
}

/**
 * What the percentage written from `tokens[at]` to `tokens[end]` (its number and unit, or a share in words) is
 * of, as folded stems; empty when the claim does not name it ("the survey showed a 9 percent drop").
 * - "N percent of X": X, and the subject before ("turnout had been 61 percent of registered voters").
 * - "X of N percent": X ("a turnout of 81 percent").
 * - "a N percent X": X, or what a rise or fall is in ("a 3 percent rise in fares"), and the verb that gives
 *   it unless it only reports it ("had been offered a 3 percent rise": offer; "showed a 9 percent drop").
 * - Otherwise the subject of its clause and the words after it ("reservoirs were 41 percent full").
 * Rise and fall words, units, words of time and words that modify another are left out: "drivers' pay had
 * risen by 11 percent" is of pay, not of drivers.
 */
export function percentOf(tokens: string[], at: number, end: number): string[] {
  const before = tokens[at - 1];
  const after = tokens[end + 1];
  const things = (words: string[]) => [...new Set(words.filter((w) => !isChange(w) && !UNIT_WORDS.has(w)))];
  if (after === 'of') return things([...phraseAfter(tokens, end + 2), ...subjectBefore(tokens, at)]);
  if (before === 'of' && isContent(tokens[at - 2]) && !isChange(foldedStem(tokens[at - 2])))
    return things(heads(runBefore(tokens, at - 1)));
  const [run, runEnd] = isContent(after) ? runAfter(tokens, end + 1) : [[], end + 1];
  // A share in words ("a quarter", "by half", "halved") is its own unit: it leads no noun phrase.
  const share = at === end;
  if (!share && (before === 'a' || before === 'an')) {
    const governing = tokens[at - 2];
    const verb = isContent(governing) && !NOT_THINGS.has(governing) ? [foldedStem(governing)] : [];
    const inWhat = ['in', 'of'].includes(tokens[runEnd]) ? phraseAfter(tokens, runEnd + 1) : [];
    return things([...verb, ...heads(run), ...inWhat]);
  }
  // "halved the number of attacks": a share in words that is itself the verb names its object after it.
  const object = share && !SHARE_OPENERS.has(before) ? phraseAfter(tokens, at + 1) : [];
  return things([...subjectBefore(tokens, at), ...heads(run), ...object]);
}

/** The run of content words ending just before `to`. */
function runBefore(tokens: string[], to: number): string[] {
  const run: string[] = [];
  for (let j = to - 1; isContent(tokens[j]); j--) run.unshift(tokens[j]);
  return run;
}
