// Lower-case words that qualify a titled name without being a role of their own ("former Sen. Tom Hale",
// "the younger Mr. Hale", "Texas-based Tom Hale"). Read as part of the role, so the canonical name is the
// person's name alone and meets their later "Hale" or "Tom Hale".
import { DETERMINERS } from './lexicon';
import { BASED_IN } from './source-names';
import { bare } from './source-words';

const MODIFIERS = new Set([
  'former',
  'retired',
  'late',
  'then',
  'younger',
  'elder',
  'older',
  'acting',
  'interim',
  'outgoing',
  'incoming',
  'current',
  'veteran',
  'longtime',
  'onetime',
  'one-time',
  'future',
  'fellow',
  'ex',
  'newly',
  'elected',
  'embattled',
  'disgraced',
]);

/** Whether `before` (the words before a name in its phrase) only qualifies it; `titled` when a title or honorific opens the name. */
export function onlyQualifiesName(before: string[], titled: boolean): boolean {
  if (before.length === 0 || before.length > 3) return false;
  const words = before.filter((word) => !DETERMINERS.has(bare(word)));
  if (words.length === 0) return false;
  return words.every((word) => BASED_IN.test(word) || (titled && MODIFIERS.has(bare(word))));
}
