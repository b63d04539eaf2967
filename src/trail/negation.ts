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
