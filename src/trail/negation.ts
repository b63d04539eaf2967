// What a claim negates, and what it says there was none of. Plain TypeScript.
import { foldedStem, NEGATIONS, stem, STOPWORDS } from './statement-lexicon';

// "not one", "not a single": none, not a figure set against another.
export const NONE_NUMBERS = new Set(['one', 'single']);
// Words between a negation and what it negates: "not be able to recruit", "no plan to close", "not going to".
const NEGATION_BRIDGES = new Set([
  'able',
  'going',
  'plan',
  'plans',
  'planned',
  'intend',
  'intends',
  'intended',
  'one',
]);
/** The word a negation bears on: the first content word from `from`, past function words and NEGATION_BRIDGES. */
export function negationFocus(tokens: string[], from: number): string | null {
  for (let j = from; j < tokens.length; j++) {
    const word = tokens[j];
    if (STOPWORDS.has(word) || NEGATIONS.has(word) || NEGATION_BRIDGES.has(word)) continue;
    return /^\p{L}/u.test(word) && word.length >= 2 ? foldedStem(word) : null;
  }
  return null;
}

const isContent = (word: string | undefined) =>
  word !== undefined &&
  /^\p{L}/u.test(word) &&
  word.length >= 2 &&
  !STOPWORDS.has(word) &&
  !NEGATIONS.has(word) &&
  !NEGATION_BRIDGES.has(word) &&
  !NOT_NONE.has(word);

/**
 * The word "no" or "none of" at `at` negates. Of a subject, not the noun it counts, which the other claim may well
 * name for something else, but what is said of it: the first content word after the noun ("no cyanide had reached
 * the river": reach; "no student will see their course closed": see). After a verb, or with nothing said of it,
 * the noun ("had found no cracks", "there were no injuries"). Other negations bear on the word after them
 * (`negationFocus`).
 */
export function quantifiedFocus(tokens: string[], at: number): string | null {
  const start = tokens[at] === 'none' && tokens[at + 1] === 'of' ? at + 2 : at + 1;
  let noun = start;
  while (tokens[at] === 'none' && noun < tokens.length && STOPWORDS.has(tokens[noun])) noun++;
  if ((tokens[at] !== 'no' && tokens[at] !== 'none') || !isContent(tokens[noun]))
    return negationFocus(tokens, at + 1);
  // After a verb, "no" counts its object: "had found no cracks" negates finding cracks.
  if (isContent(tokens[at - 1])) return foldedStem(tokens[noun]);
  return negationFocus(tokens, noun + 1) ?? foldedStem(tokens[noun]);
}

// What a claim says there was none of: "no illnesses" (sick), "nobody" and "no one" (people). "No" counts only
// before a noun: "no longer" and "no more than" say nothing of how many.
const PEOPLE = stem('people');
const NOT_NONE = new Set(['longer', 'more', 'less', 'sooner', 'later', 'doubt', 'matter', 'one']);
export function noneOf(tokens: string[]): string[] {
  const none: string[] = [];
  tokens.forEach((token, i) => {
    const next = tokens[i + 1];
    if (token === 'nobody' || (token === 'no' && next === 'one')) none.push(PEOPLE);
    else if (
      token === 'no' &&
      next !== undefined &&
      /^\p{L}/u.test(next) &&
      !STOPWORDS.has(next) &&
      !NOT_NONE.has(next)
    )
      none.push(foldedStem(next));
  });
  return none;
}

// What a none says of its thing, read this far: "no student will see their course closed" (see, course, close).
const SAID_WORDS = 3;
/**
 * The content words a claim says of what it says there was none of (`noneOf`), a few after it: "nobody had fallen
 * ill" (fall, ill), "no dust had reached the school" (reach, school).
 */
export function noneSaid(tokens: string[]): string[] {
  const said: string[] = [];
  tokens.forEach((token, i) => {
    const after = token === 'nobody' ? i + 1 : token === 'no' ? i + 2 : -1;
    const next = tokens[i + 1] ?? '';
    // "no longer", "no more than": no none ("no one" is one).
    if (after < 0 || (token === 'no' && next !== 'one' && (NOT_NONE.has(next) || STOPWORDS.has(next))))
      return;
    let found = 0;
    for (let j = after; j < tokens.length && found < SAID_WORDS; j++) {
      if (!isContent(tokens[j])) continue;
      said.push(foldedStem(tokens[j]));
      found++;
    }
  });
  return said;
}
