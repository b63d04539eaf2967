// Who said it, as the trail matches speakers across documents: a person by surname ("Elena Brandt",
// "Mayor Brandt" and "Brandt" meet), anything else by its whole name less a closing legal or generic word
// ("Aldane Water Services" and "Aldane Water", "Calder Transit Authority" and "Calder Transit" meet). A person named by a role ("the Corrin
// returning officer") has no surname: its last word is a common noun, so the whole name is the key, or the
// returning officers of every town would meet. Plain TypeScript.

import { datelineOf, isGenericName } from './entities';

const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);
// Closing words an outlet often leaves off a body's name; the words before them still name it.
const BODY_SUFFIXES = new Set(
  `inc incorporated corp corporation co company ltd limited llc plc ag gmbh sa nv group holdings services
  authority`.split(/\s+/),
);

const plain = (name: string) =>
  name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

const endsInCommonNoun = (name: string) => /(^|\s)\p{Ll}[\p{L}'’-]*$/u.test(name.trim());

// Where a key names the place a described body belongs to.
const PLACE_MARK = '@';

/**
 * A body named only by what it is ("the county fire service", "the council", "officials"): every word is
 * written in lower case or is a word every town's bodies share. Which body it is depends on the story's place.
 */
function describesBody(name: string): boolean {
  const words = name.trim().split(/\s+/);
  return words.every((word) => {
    const bare = plain(word);
    return bare === '' || bare === 'the' || !/^\p{Lu}/u.test(word) || isGenericName(bare);
  });
}

/** The place a key was qualified with, if any (a rename keeps the document, so the place). */
export const placeOfKey = (key: string): string | undefined => {
  const at = key.lastIndexOf(PLACE_MARK);
  return at < 0 ? undefined : key.slice(at + 1);
};

/**
 * '' when the claim has no speaker to match by; every editorial claim shares 'editorial'. A body named only by
 * what it is gets the place its document was filed from (`place`, the dateline's), when there is one: "the
 * county fire service" of a story filed from Marrow Hill is not the one of a story filed from Saltmere, though
 * both say "340 homes had been evacuated".
 */
export function speakerKey(
  claimKind: 'attributed' | 'editorial',
  name: string | null,
  kind: string | null,
  place?: string,
): string {
  if (claimKind === 'editorial') return 'editorial';
  if (!name) return '';
  const words = plain(name).split(' ').filter(Boolean);
  if (words.length === 0) return '';
  if (kind === 'person') {
    while (words.length > 1 && SUFFIXES.has(words[words.length - 1])) words.pop();
    if (words.length > 1 && endsInCommonNoun(name))
      return `person:${words.filter((w) => w !== 'the').join(' ')}`;
    return `person:${words[words.length - 1]}`;
  }
  if (words[0] === 'the') words.shift();
  while (words.length > 1 && BODY_SUFFIXES.has(words[words.length - 1])) words.pop();
  const key = `${kind ?? 'other'}:${words.join(' ')}`;
  return place && describesBody(name) ? `${key}${PLACE_MARK}${plain(place)}` : key;
}

/**
 * Whether two keys name one body: the same key, or bodies of one kind whose names' words one holds all of,
 * one of them at least with no place ("Landlord Wyncote Homes" and "Wyncote Homes"; "the regional health
 * agency" of a story filed from Larchfield and "the health agency" of a report without a dateline). People
 * match by their key alone.
 */
export function oneBody(a: string, b: string): boolean {
  if (a === b) return true;
  const [kindA, nameA] = splitKey(a);
  const [kindB, nameB] = splitKey(b);
  if (kindA !== kindB || kindA === 'person' || kindA === '') return false;
  // Two described bodies of one place are keyed as written: "the ministry" and "the regional health
  // ministry" of one story may be two.
  if (placeOfKey(a) !== undefined && placeOfKey(b) !== undefined) return false;
  const [wordsA, wordsB] = [nameA.split(' '), nameB.split(' ')];
  const [fewer, more] = wordsA.length <= wordsB.length ? [wordsA, wordsB] : [wordsB, wordsA];
  return fewer.every((word) => more.includes(word));
}

/** A key's kind and its name's words, without the place. */
function splitKey(key: string): [string, string] {
  const colon = key.indexOf(':');
  if (colon < 0) return ['', key];
  const at = key.lastIndexOf(PLACE_MARK);
  return [key.slice(0, colon), key.slice(colon + 1, at > colon ? at : undefined)];
}

const ACRONYM = /^(?:the\s+)?(\p{Lu}{2,6})$/iu;

/**
 * The speakers' names a document writes out in full, by the acronym it may also use for them ("NRA" for
 * "National Rivers Authority": the initials of its capitalised words).
 */
export function spelledOut(names: Iterable<string>): Map<string, string> {
  const full = new Map<string, string>();
  for (const name of names) {
    const initials = (name.match(/(?<![\p{L}'’])\p{Lu}/gu) ?? []).join('');
    if (initials.length >= 2 && !ACRONYM.test(name.trim())) full.set(initials, name);
  }
  return full;
}

/** The name an acronym stands for among `full` (spelledOut), or the name as given. */
export function expandAcronym(name: string | null, full: ReadonlyMap<string, string>): string | null {
  const acronym = name === null ? null : ACRONYM.exec(name.trim());
  return (acronym && acronym[1] === acronym[1].toUpperCase() && full.get(acronym[1])) || name;
}

/** What keys a claim's speaker: its kind, its document and its speaker's name and kind now. */
export interface ClaimSpeaker {
  documentId: string;
  kind: 'attributed' | 'editorial';
  speakerName: string | null;
  speakerKind: string | null;
}

/**
 * The trail's speaker key of each claim (speakerKey): a body its document names in full and then by its
 * acronym ("The NRA said") is keyed by its full name, and a described body by the place its document was filed
 * from. `speakersOf` gives each document's claims' speaker names in claim order, `namesOf` its names. Indexing
 * and the rekeying after a rename or merge both key through it, so a claim is keyed the same either way.
 */
export function claimSpeakerKeys(
  claims: readonly ClaimSpeaker[],
  speakersOf: ReadonlyMap<string, readonly string[]>,
  namesOf: ReadonlyMap<string, readonly string[]>,
): string[] {
  const fullNames = new Map<string, Map<string, string>>();
  const fullNamesOf = (documentId: string) => {
    if (!fullNames.has(documentId)) fullNames.set(documentId, spelledOut(speakersOf.get(documentId) ?? []));
    return fullNames.get(documentId)!;
  };
  return claims.map((claim) =>
    speakerKey(
      claim.kind,
      expandAcronym(claim.speakerName, fullNamesOf(claim.documentId)),
      claim.speakerKind,
      datelineOf(namesOf.get(claim.documentId) ?? []),
    ),
  );
}
