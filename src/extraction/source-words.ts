// Word tests shared by the readers of source mentions (source-mention.ts, source-names.ts,
// source-noun-phrase.ts): capitals, possessives, connectors inside names, nouns that can speak.
import { Gender } from './first-names';
import { DOCUMENT_NOUNS, ORG_WORDS, SPEAKER_NOUNS, TITLE_WORDS, UNNAMED_GROUP_HEADS } from './lexicon';

export const CONNECTORS = new Set([
  'of',
  'for',
  'de',
  'del',
  'da',
  'di',
  'van',
  'von',
  'der',
  'den',
  'le',
  'la',
  'al',
  'bin',
  'ibn',
  'and',
  '&',
]);

// Called for nearly every word a source holds, so trailing stops (. , ; :) are trimmed by character code.
export function bare(word: string): string {
  let end = word.length;
  for (let code = word.charCodeAt(end - 1); code === 46 || code === 44 || code === 59 || code === 58;)
    code = word.charCodeAt(--end - 1);
  return (end === word.length ? word : word.slice(0, end)).toLowerCase();
}

export const isCapitalised = (word: string) =>
  /^[\p{Lu}]/u.test(word) || /^(?:al|el|de|van|von|bin)-\p{Lu}/u.test(word);

/** The subject pronoun a possessive determiner stands for ("their charges" → they). A Map, not an object
 * literal: a word such as "constructor" must not find Object's own properties. */
export const SUBJECT_OF_DETERMINER: ReadonlyMap<string, string> = new Map([
  ['his', 'he'],
  ['her', 'she'],
  ['its', 'it'],
  ['their', 'they'],
]);

export const isPossessive = (word: string) => /['’]s$/.test(word) && word.length > 2;

/** A speaker noun from the word lists, not guessed from its ending. */
export function isListedSpeakerNoun(head: string): boolean {
  return (
    SPEAKER_NOUNS.has(head) ||
    ORG_WORDS.has(head) ||
    UNNAMED_GROUP_HEADS.has(head) ||
    TITLE_WORDS.has(head) ||
    DOCUMENT_NOUNS.has(head)
  );
}

export function isSpeakerNoun(head: string): boolean {
  return (
    isListedSpeakerNoun(head) ||
    /(?:ist|ian|man|woman|person|eer)s?$|[^o]men$/.test(head) ||
    /(?:er|or)s$/.test(head)
  );
}

export function genderOfRole(word: string): Gender | null {
  if (/(?:woman|women|wife|mother|daughter|queen|princess|sister|girl)$/.test(word)) return 'f';
  if (/(?:^|[^o])(?:man|men)$|(?:husband|father|son|king|prince|brother|boy)$/.test(word)) return 'm';
  return null;
}

export function stripDeterminer(text: string): string {
  return text.replace(/^(?:the|a|an)\s+/i, '');
}

export function lastWord(text: string): string | null {
  const words = text.trim().split(/\s+/);
  return words.length > 0 ? bare(words[words.length - 1]) : null;
}
