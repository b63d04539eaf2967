// The names a document mentions (places, people, organisations), to tell one story from a similar one in
// another town: capitalised words the document never writes in lower case. Plain TypeScript.
import { STOPWORDS } from './statement-lexicon';

const CALENDAR = new Set(
  `monday tuesday wednesday thursday friday saturday sunday january february march april may june july
  august september october november december`.split(/\s+/),
);
const COMMON = new Set(
  `the a an in on at but and he she it they we this that these those his her their its our after before
  for from with when while as if there here dr mr mrs ms prof sir st`.split(/\s+/),
);

/** Lower-cased proper-noun words of a text, distinct. */
export function documentEntities(text: string): string[] {
  const lower = new Set(text.match(/\b\p{Ll}[\p{L}'’-]*/gu) ?? []);
  const names = new Set<string>();
  for (const word of text.match(/\b\p{Lu}[\p{L}'’-]*/gu) ?? []) {
    const key = word.toLowerCase().replace(/['’]s$/, '');
    if (key.length < 3 || lower.has(key) || STOPWORDS.has(key) || CALENDAR.has(key) || COMMON.has(key))
      continue;
    names.add(key);
  }
  return [...names];
}

/** Two documents tell the same story when they share at least this many names. */
export const SAME_STORY_NAMES = 2;
