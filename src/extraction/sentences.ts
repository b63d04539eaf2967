// Sentence boundaries for news prose. Written by hand rather than taken from wink-nlp: wink splits
// inside multi-sentence quotes ("First. Second," she said → two sentences) and costs ~20 µs a
// sentence, while this scanner keeps quotes whole and runs well over 100k sentences/s (see bench/).
import { CUE_WORDS } from './lexicon';
import { Span, insideQuote } from './quotes';

// Abbreviations that precede a name or number, so a capital after them never starts a sentence.
const NEVER_FINAL = new Set([
  'dr',
  'mr',
  'mrs',
  'ms',
  'prof',
  'st',
  'gov',
  'gen',
  'sen',
  'rep',
  'col',
  'lt',
  'sgt',
  'capt',
  'cmdr',
  'adm',
  'maj',
  'rev',
  'fr',
  'hon',
  'pres',
  'supt',
  'insp',
  'det',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'no',
  'nos',
  'vs',
  'v',
  'fig',
  'approx',
  'mt',
  'ft',
  'e.g',
  'i.e',
  'cf',
  'ca',
  'op',
  'vol',
  'art',
  'sec',
  'dept',
  'univ',
  'ave',
  'blvd',
  'rd',
  'messrs',
  'mme',
  'mlle',
  'gens',
  'reps',
  'sens',
]);

// Abbreviations that can also end a sentence ("… shares in Acme Inc. The company said …").
const MAYBE_FINAL = new Set([
  'inc',
  'corp',
  'ltd',
  'co',
  'plc',
  'llc',
  'jr',
  'sr',
  'etc',
  'a.m',
  'p.m',
  'bros',
  'ag',
]);

// Words that, after a MAYBE_FINAL abbreviation, show a new sentence has begun.
const SENTENCE_OPENERS = new Set([
  'the',
  'a',
  'an',
  'he',
  'she',
  'it',
  'they',
  'we',
  'i',
  'in',
  'on',
  'but',
  'and',
  'this',
  'that',
  'its',
  'his',
  'her',
  'their',
  'there',
  'however',
  'meanwhile',
  'after',
  'before',
  'as',
  'at',
  'for',
  'according',
  'some',
  'many',
]);

const CLOSERS = /["”’'»)\]]/;

/** Sentence spans of `text`, trimmed, in order. Quoted passages are never split. */
export function splitSentences(text: string, quotes: readonly Span[]): Span[] {
  const sentences: Span[] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1])) e--;
    if (e > s) sentences.push({ start: s, end: e });
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\n') {
      if (!continuesLine(text, i)) {
        push(i);
        start = i + 1;
      }
      continue;
    }
    if (ch !== '.' && ch !== '!' && ch !== '?' && ch !== '…') continue;
    let end = i + 1;
    while (end < text.length && /[.!?…]/.test(text[end])) end++;
    while (end < text.length && CLOSERS.test(text[end])) end++;
    if (end < text.length && !/\s/.test(text[end])) continue;
    const quote = insideQuote(quotes, i);
    // A stop inside a quote ends the sentence only when it also ends the quote.
    if (quote && quote.end > end) continue;
    if (!startsSentence(text, end)) continue;
    if (ch === '.' && end === i + 1 && !isFinalPeriod(text, i, end)) continue;
    // Only a quote that opens its sentence waits for a frame; `said it was "a scandal." She said …` is done.
    if (quote && text.slice(start, quote.start).trim() === '' && attributionFollows(text, end)) continue;
    push(end);
    start = end;
    i = end - 1;
  }
  push(text.length);
  return sentences;
}

// A line break inside a paragraph that continues in lower case is a hard wrap, not a boundary.
function continuesLine(text: string, i: number): boolean {
  let j = i + 1;
  while (j < text.length && (text[j] === ' ' || text[j] === '\t')) j++;
  const next = text[j];
  const prev = text.slice(0, i).trimEnd().slice(-1);
  return next !== undefined && /\p{Ll}/u.test(next) && !/[.!?:"”]/.test(prev);
}

function startsSentence(text: string, from: number): boolean {
  let j = from;
  while (j < text.length && /\s/.test(text[j])) j++;
  if (j >= text.length) return true;
  return /[\p{Lu}\p{N}"“‘'«([—–-]/u.test(text[j]);
}

// Decides whether a single period ends a sentence or an abbreviation / initial.
function isFinalPeriod(text: string, dot: number, after: number): boolean {
  let w = dot;
  while (w > 0 && /[\p{L}.]/u.test(text[w - 1])) w--;
  const word = text.slice(w, dot).toLowerCase();
  if (word.length === 0) return true;
  // A lone capital is an initial ("John F. Kennedy").
  if (/^\p{L}$/u.test(word)) return !/\p{Lu}/u.test(text[w]);
  if (NEVER_FINAL.has(word)) return false;
  const dotted = /^(\p{L}\.)+\p{L}$/u.test(word);
  if (MAYBE_FINAL.has(word) || dotted) return nextWordOpens(text, after);
  return true;
}

function nextWordOpens(text: string, from: number): boolean {
  const next = /^\s*["“‘']?([\p{L}]+)/u.exec(text.slice(from, from + 40));
  return next === null || SENTENCE_OPENERS.has(next[1].toLowerCase());
}

// `"Why now?" Tran asked.` is one sentence: a short tail with a cue belongs to the quote before it.
function attributionFollows(text: string, from: number): boolean {
  const tail = /^\s*([^.!?"“”]{1,80}?)[.!?]/.exec(text.slice(from, from + 90));
  if (!tail || tail[1].includes("''")) return false;
  const words = tail[1].split(/[\s,]+/).filter(Boolean);
  const cue = words.findIndex((word) => CUE_WORDS.has(word.toLowerCase()));
  // The frame ends soon after its cue ("Tran asked on Monday"); "The firm said its plans held" is a sentence.
  if (words.length <= 8 && cue >= 0 && words.length - cue <= 4) return true;
  return longFrameFollows(text, from);
}

// `"Who do they think they are?" Vance said of the firm in February, when …`: a source and cue right after
// the quote, then a setting or a comma rather than content of their own, however long the tail runs.
const FRAME_AFTER_CUE =
  /^\s*(?:,|$|(?:of|to|in|on|at|as|when|while|after|before|during|from|with|via|last|this|late|early|earlier|later|yesterday|today|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b)/i;

function longFrameFollows(text: string, from: number): boolean {
  const head = /^\s*((?:[\p{L}.'’-]+\s+){1,4}?)(\p{Ll}+)\b/u.exec(text.slice(from, from + 80));
  if (!head || !CUE_WORDS.has(head[2]) || CUE_WORDS.get(head[2])!.progressive) return false;
  const source = head[1].trim().split(/\s+/);
  // The source is a name or a pronoun ("Senator Jeff Rowe", "He"), not a clause's subject with its own verb.
  const named = /^(?:he|she|they|we|i)$/i.test(source[0]) || source.every((word) => /^\p{Lu}/u.test(word));
  return named && FRAME_AFTER_CUE.test(text.slice(from + head[0].length));
}
