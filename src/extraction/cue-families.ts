// One pass over a sentence's words before the cue readers run: the cue words it holds, and whether it can
// hold a phrase cue ("pointed out") or a participle of speech ("…, saying"). Two sentences in three hold
// no participle of speech and nine in ten no phrase cue, and their long alternations then need not be
// tried at every position. What the pass looks for is derived from the lists the readers match
// (PHRASE_CUES in lexicon.ts, the participles in participle-sites.ts), so the two cannot drift apart;
// cue-families.spec.ts runs the skipped readers anyway over every fixture and spec sentence.
import { CUE_WORDS, CueWord, PHRASE_CUES } from './lexicon';
import { PARTICIPLE_WORDS } from './participle-sites';
import { WordShapes, letterAt, nextLetter, wordEnd } from './words';

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
  // False only when no phrase cue can match the sentence.
  phrases: boolean;
  // False only when no participle of speech can match the sentence.
  participles: boolean;
}

// The first and last letter and length of every cue word, so most words of a sentence are passed over
// without being cut out of it and looked up.
const CUE_SHAPES = new WordShapes(CUE_WORDS.keys());

/**
 * The letters every match of a phrase pattern begins with: its leading letters ("pointed out" →
 * "pointed", "call(?:ed|s) …" → "call"), or those of each alternative of a leading group
 * ("(?:spoke|speaks) …" → "spoke", "speaks"). A letter a quantifier makes optional ends the prefix; a
 * pattern opening in any other way gives "", which every position matches.
 */
export function phraseOpeners(pattern: string): string[] {
  if (pattern.startsWith('(?:')) {
    const close = closingParen(pattern, 0);
    if (/^[?*{]/.test(pattern.slice(close + 1))) return [''];
    return topLevelAlternatives(pattern.slice(3, close)).flatMap(phraseOpeners);
  }
  const letters = /^[a-z]*/.exec(pattern)![0];
  return [/^[?*{]/.test(pattern.slice(letters.length)) ? letters.slice(0, -1) : letters];
}

function closingParen(pattern: string, open: number): number {
  let depth = 0;
  for (let at = open; at < pattern.length; at++) {
    if (pattern[at] === '\\') at++;
    else if (pattern[at] === '(') depth++;
    else if (pattern[at] === ')' && --depth === 0) return at;
  }
  throw new Error(`unbalanced pattern: ${pattern}`);
}

function topLevelAlternatives(group: string): string[] {
  const alternatives: string[] = [];
  let depth = 0;
  let from = 0;
  for (let at = 0; at < group.length; at++) {
    if (group[at] === '\\') at++;
    else if (group[at] === '(') depth++;
    else if (group[at] === ')') depth--;
    else if (group[at] === '|' && depth === 0) {
      alternatives.push(group.slice(from, at));
      from = at + 1;
    }
  }
  return [...alternatives, group.slice(from)];
}

// The openers by their first code unit, tried where a run of letters begins.
const OPENERS = new Map<number, string[]>();
const ANY_OPENING = PHRASE_CUES.flatMap(phraseOpeners).some((opener) => opener === '');
for (const opener of new Set(PHRASE_CUES.flatMap(phraseOpeners))) {
  const key = opener.charCodeAt(0);
  OPENERS.set(key, [...(OPENERS.get(key) ?? []), opener]);
}

function opensPhrase(lower: string, at: number): boolean {
  const openers = OPENERS.get(lower.charCodeAt(at));
  return openers !== undefined && openers.some((opener) => lower.startsWith(opener, at));
}

// The participle patterns are ASCII and case-blind, with \b after the participle and a space or the
// sentence start before it: the run of ASCII letters from where a letter follows no letter, up to a
// character \b breaks at, must be one of the participles.
const PARTICIPLE_SHAPES = new WordShapes(PARTICIPLE_WORDS);
function endsParticiple(lower: string, at: number): boolean {
  let end = at;
  for (let code = lower.charCodeAt(end); code >= 97 && code <= 122; code = lower.charCodeAt(++end));
  const next = lower.charCodeAt(end);
  if (end === at || (next >= 48 && next <= 57) || next === 95) return false;
  return PARTICIPLE_SHAPES.mayHold(lower, at, end) && PARTICIPLE_WORDS.has(lower.slice(at, end));
}

// The next letter after a hyphen or apostrophe inside a word, where a run of letters begins again.
function nextRun(text: string, from: number, end: number): number {
  for (let at = from; at < end - 1; at++) {
    const code = text.charCodeAt(at);
    if ((code === 45 || code === 39 || code === 0x2019) && letterAt(text, at + 1) > 0) return at + 1;
  }
  return -1;
}

/** The cue words of a masked sentence and the cue families it can hold. */
export function cueFamilies(masked: string): CueFamilies {
  const lower = masked.toLowerCase();
  // Lower-casing may change the length (a dotted capital I): then the words are read in the masked text,
  // each lower-cased, and no family is ruled out.
  const same = lower.length === masked.length;
  const scanned = same ? lower : masked;
  const words: CueWordAt[] = [];
  let phrases = !same || ANY_OPENING;
  let participles = !same;
  let end = 0;
  for (let start = nextLetter(scanned, 0); start >= 0; start = nextLetter(scanned, end)) {
    end = wordEnd(scanned, start);
    // A phrase or participle begins where a letter follows no letter: at a word's start, or after a hyphen
    // or apostrophe inside it.
    for (let at = start; at >= 0 && !(phrases && participles); at = nextRun(lower, at + 1, end)) {
      phrases ||= opensPhrase(lower, at);
      participles ||= endsParticiple(lower, at);
    }
    if (same && !CUE_SHAPES.mayHold(lower, start, end)) continue;
    const text = scanned.slice(start, end);
    const word = CUE_WORDS.get(same ? text : text.toLowerCase());
    if (word) words.push({ start, end, word });
  }
  return { lower, words, phrases, participles };
}
