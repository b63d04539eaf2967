// One pass over a sentence's words before the cue readers run: the cue words it holds, and whether it can
// hold a participle of speech ("…, saying"). Of the tuning articles' 554 sentences 168 hold a word ending
// in "ing" but only 11 one of the participles, and the participle readers' long alternations need not be
// tried over the rest. What the pass looks for is derived from the lists the readers match (the
// participles in participle-sites.ts), so the two cannot drift apart; cue-families.spec.ts runs the
// skipped reader anyway over every fixture and spec sentence. Phrase cues ("pointed out") are not ruled
// out here: their one pattern costs about what testing the opening of every word would.
import { CUE_WORDS, CueWord } from './lexicon';
import { PARTICIPLE_WORDS } from './participle-sites';
import { WordShapes, nextLetter, wordEnd } from './words';

export interface CueWordAt {
  start: number;
  end: number;
  word: CueWord;
}

export interface CueFamilies {
  // The masked sentence lower-cased: cue words and phrases are looked up in it.
  lower: string;
  // Words of the cue word list, in text order, before any test of their context.
  words: CueWordAt[];
  // False only when no participle of speech can match the sentence.
  participles: boolean;
}

// The first and last letter and length of every cue word, so most words of a sentence are passed over
// without being cut out of it and looked up.
const CUE_SHAPES = new WordShapes(CUE_WORDS.keys());

// What every participle ends with ("ing"), so only the words ending so are looked up.
const PARTICIPLE_ENDING = [...PARTICIPLE_WORDS].reduce((ending, word) => {
  while (!word.endsWith(ending)) ending = ending.slice(1);
  return ending;
});

// The participle patterns are ASCII and case-blind, with a space or the sentence start before the
// participle and \b after it: a run of ASCII letters ending where \b holds must be one of them. \b is read
// in the masked text, where a letter outside ASCII is no word character even if its lower case is ASCII
// (the Kelvin sign).
function holdsParticiple(masked: string, lower: string): boolean {
  if (PARTICIPLE_ENDING === '') return true;
  for (let at = lower.indexOf(PARTICIPLE_ENDING); at >= 0; at = lower.indexOf(PARTICIPLE_ENDING, at + 1)) {
    const end = at + PARTICIPLE_ENDING.length;
    if (/\w/.test(masked[end] ?? '')) continue;
    let start = at;
    while (start > 0 && /[a-z]/.test(lower[start - 1])) start--;
    if (PARTICIPLE_WORDS.has(lower.slice(start, end))) return true;
  }
  return false;
}

/** The cue words of a masked sentence and the cue families it can hold. */
export function cueFamilies(masked: string): CueFamilies {
  const lower = masked.toLowerCase();
  // Lower-casing may change the length (a dotted capital I): then the words are read in the masked text,
  // each lower-cased, and no family is ruled out.
  const same = lower.length === masked.length;
  const scanned = same ? lower : masked;
  const words: CueWordAt[] = [];
  let end = 0;
  for (let start = nextLetter(scanned, 0); start >= 0; start = nextLetter(scanned, end)) {
    end = wordEnd(scanned, start);
    if (same && !CUE_SHAPES.mayHold(lower, start, end)) continue;
    const text = scanned.slice(start, end);
    const word = CUE_WORDS.get(same ? text : text.toLowerCase());
    if (word) words.push({ start, end, word });
  }
  return { lower, words, participles: !same || holdsParticiple(masked, lower) };
}
