// The names a document mentions (places, people, organisations), to tell one story from a similar one in
// another town: capitalised words the document never writes in lower case. Plain TypeScript.
import {
  GROUP_QUANTIFIERS,
  HONORIFICS,
  ORG_WORDS,
  OUTLET_WORDS,
  SPEAKER_NOUNS,
  TITLE_WORDS,
  VAGUE_DETERMINERS,
} from '../extraction/lexicon';
import { STOPWORDS } from './statement-lexicon';

const CALENDAR = new Set(
  `monday tuesday wednesday thursday friday saturday sunday january february march april may june july
  august september october november december`.split(/\s+/),
);
const COMMON = new Set(
  `the a an in on at but and he she it they we this that these those his her their its our after before
  for from with when while as if there here dr mr mrs ms prof sir st`.split(/\s+/),
);
// Words that name a kind of body, role or outlet rather than one of them: "Transit Authority" and "Union"
// are in the names of the same bodies of every town, so sharing them says little about the story.
const GENERIC = [
  ORG_WORDS,
  SPEAKER_NOUNS,
  TITLE_WORDS,
  HONORIFICS,
  GROUP_QUANTIFIERS,
  VAGUE_DETERMINERS,
  OUTLET_WORDS,
];

/**
 * A dateline's place is kept once more as `@place` (not counted as a shared name): where the story was filed,
 * which another town's story is not.
 */
export const DATELINE_MARK = '@';

// "HALVARD —", "NEW YORK (Wire) —", "PARIS, Nov 3 —" at the start of a paragraph, on one line: a heading in
// capitals above it ("FLOOD WARNING") is no part of the place.
const DATELINE =
  /^(\p{Lu}[\p{Lu}.'’-]+(?:[ \t]\p{Lu}[\p{Lu}.'’-]+)*)(?:,[^\n—–]{1,30}|[ \t]\([^)\n]{1,30}\))?[ \t][—–]\s/mu;

/** The place a text was filed from, lower-cased: its dateline's ("HALVARD —": halvard). */
export const datelineOfText = (text: string): string | undefined => DATELINE.exec(text)?.[1].toLowerCase();

/** Lower-cased proper-noun words of a text, distinct; its dateline's place, if any, as `@place`. */
export function documentEntities(text: string): string[] {
  const lower = new Set(text.match(/\b\p{Ll}[\p{L}'’-]*/gu) ?? []);
  const dateline = datelineOfText(text);
  const names = new Set<string>(dateline ? [DATELINE_MARK + dateline] : []);
  for (const word of text.match(/\b\p{Lu}[\p{L}'’-]*/gu) ?? []) {
    const key = word.toLowerCase().replace(/['’]s$/, '');
    if (key.length < 3 || lower.has(key) || STOPWORDS.has(key) || CALENDAR.has(key) || COMMON.has(key))
      continue;
    names.add(key);
  }
  return [...names];
}

/** Whether a name is one of the words every town's bodies share ("transit", "authority", "union"). */
export const isGenericName = (name: string) => GENERIC.some((words) => words.has(name));

/** The place a document was filed from, when its names hold a dateline. */
export const datelineOf = (names: Iterable<string>): string | undefined => {
  for (const name of names) if (name.startsWith(DATELINE_MARK)) return name.slice(DATELINE_MARK.length);
  return undefined;
};

/** Two documents tell the same story when they share at least this many names. */
export const SAME_STORY_NAMES = 2;

/**
 * The place a document without a dateline belongs to: the dateline of the dated document (among `others`, each
 * a document's names) that shares most names of its own with it, at least SAME_STORY_NAMES; undefined when
 * none does or the best are filed from two places. A radio report quoting the Ashcombe wire's people is
 * Ashcombe's story, not that of another town whose template it shares two words with.
 */
export function storyPlace(
  names: readonly string[],
  others: Iterable<readonly string[]>,
): string | undefined {
  const own = new Set(names.filter((n) => !n.startsWith(DATELINE_MARK) && !isGenericName(n)));
  let best = SAME_STORY_NAMES - 1;
  let places = new Set<string>();
  for (const other of others) {
    const place = datelineOf(other);
    if (place === undefined) continue;
    const shared = other.filter((n) => own.has(n)).length;
    if (shared > best) [best, places] = [shared, new Set([place])];
    else if (shared === best && best >= SAME_STORY_NAMES) places.add(place);
  }
  return places.size === 1 ? [...places][0] : undefined;
}

/** Where a document's story happens, as the grouping of one speaker's claims reads it. */
export interface DocumentStory {
  /** Its dateline's place, or for an undated document the place of the story it shares most names with. */
  readonly place?: string;
  /** Its names (documentEntities). */
  names: ReadonlySet<string>;
}

/**
 * The story of a document from its names, `others` being the names of the documents it may belong with. Its
 * place is found when first asked: most documents of a batch's pool are never compared across stories.
 */
export function documentStory(
  names: readonly string[],
  others: () => Iterable<readonly string[]>,
): DocumentStory {
  let place: string | undefined | null = null;
  return {
    names: new Set(names),
    get place() {
      if (place === null) place = datelineOf(names) ?? storyPlace(names, others());
      return place;
    },
  };
}

/**
 * The story of each document of a batch (its names by id), each placed among the others. Only dated documents
 * can give an undated one its place, so they are picked out once: an import's documents are often all undated,
 * and looking through every document's names for a dateline, for each undated one asked, was a third of the
 * grouping's time on the import bench.
 */
export function documentStories(names: ReadonlyMap<string, readonly string[]>): Map<string, DocumentStory> {
  const dated = [...names.values()].filter((own) => datelineOf(own) !== undefined);
  return new Map([...names].map(([id, own]) => [id, documentStory(own, () => dated)]));
}

/**
 * Two documents of two towns' stories: filed from (or telling the story of) different places, neither naming
 * the other's. A national body or one owner saying the same words about each town ("34 residents lived at
 * the home") states two things.
 */
export function storiesApart(a: DocumentStory | undefined, b: DocumentStory | undefined): boolean {
  if (!a?.place || !b?.place || a.place === b.place) return false;
  return !namesPlace(a.names, b.place) && !namesPlace(b.names, a.place);
}

// A place is named by one of its words that is not a word every town's bodies share ("port" alone is not).
const namesPlace = (names: ReadonlySet<string>, place: string) =>
  place.split(/\s+/).some((word) => word.length >= 3 && !isGenericName(word) && names.has(word));
