// One sentence as the patterns see it: its text, the same text with quoted words masked (so a cue
// inside a quote is never read as attribution), and the points where a clause or phrase can begin.
import { CUE_WORDS } from './lexicon';
import { TaggedToken, tag } from './pos';
import { Span, maskQuotes } from './quotes';

export interface SentenceView {
  text: string;
  masked: string;
  // Offset of the sentence in the document.
  offset: number;
  // Quote spans relative to the sentence.
  quotes: Span[];
  // A title-case headline, where cue words and names are capitalised alike.
  headline?: boolean;
}

export type BreakKind =
  | 'start' // the sentence start
  | 'lead' // after an opening adverbial ("Meanwhile, ")
  | 'coord' // after ", and" / ", but" / ";"
  | 'relative' // after ", which" / "who"
  | 'quote' // after a closing quote (and its comma)
  | 'comma' // after a plain comma
  | 'dash'; // after a dash

export interface Break {
  kind: BreakKind;
  // Where the words after the break begin.
  pos: number;
  // Where the words before the break end (content before a trailing cue ends here).
  leftEnd: number;
}

const COORDINATORS = new Set([
  'and',
  'but',
  'while',
  'whereas',
  'although',
  'though',
  'yet',
  'so',
  'or',
  'because',
  'as',
  'when',
  'after',
  'before',
  'until',
  'where',
  'since',
  'once',
  'even',
]);
const RELATIVES = new Set(['which', 'who', 'whom']);

export function makeView(
  document: string,
  sentence: Span,
  documentQuotes: readonly Span[],
  headline = false,
): SentenceView {
  const text = document.slice(sentence.start, sentence.end);
  const quotes = documentQuotes
    .filter((quote) => quote.start >= sentence.start && quote.end <= sentence.end)
    .map((quote) => ({ start: quote.start - sentence.start, end: quote.end - sentence.start }));
  return { text, masked: maskQuotes(text, quotes), offset: sentence.start, quotes, headline };
}

/** Clause and phrase breaks of a sentence, in text order, starting with the sentence start. */
export function breaksOf(view: SentenceView): Break[] {
  const { masked } = view;
  const breaks: Break[] = [{ kind: 'start', pos: 0, leftEnd: 0 }];
  for (const quote of view.quotes) {
    const after = /^\s*[,;—–-]?\s*/.exec(masked.slice(quote.end))![0];
    // `“…”; others said`: a semicolon after a quote still opens a clause of its own.
    if (quote.end < masked.length)
      breaks.push({
        kind: after.includes(';') ? 'coord' : 'quote',
        pos: quote.end + after.length,
        leftEnd: quote.end,
      });
  }
  for (const match of masked.matchAll(/\s*([,;:]|\s[—–]|\s--?\s)\s*/g)) {
    const at = match.index!;
    const mark = match[1].trim();
    // "61,000" and "3:30" are numbers, not breaks.
    if (
      /\d/.test(masked[at - 1] ?? '') &&
      /\d/.test(masked[at + match[0].length] ?? '') &&
      match[0].trim() === match[0]
    )
      continue;
    if (view.quotes.some((quote) => at === quote.end || at + match[0].length === quote.end)) continue;
    let pos = at + match[0].length;
    let kind: BreakKind =
      mark === ','
        ? 'comma'
        : mark === '' || mark === '—' || mark === '–' || mark === '-' || mark === '--'
          ? 'dash'
          : 'coord';
    const next = /^([\p{L}]+)\s+/u.exec(masked.slice(pos));
    if (next && mark === ',' && COORDINATORS.has(next[1].toLowerCase())) {
      kind = 'coord';
      pos += next[0].length;
    } else if (next && RELATIVES.has(next[1].toLowerCase())) {
      kind = 'relative';
      pos += next[0].length;
    }
    breaks.push({ kind, pos, leftEnd: at });
  }
  // "depots which Moscow claims", "leaders who say": a relative pronoun opens a clause even without a comma.
  for (const match of masked.matchAll(/\s(which|who)\s+/gi)) {
    const pos = match.index! + match[0].length;
    if (!breaks.some((brk) => brk.pos === pos)) breaks.push({ kind: 'relative', pos, leftEnd: match.index! });
  }
  // "… the union opposed and Ode said he would veto it": "and" before a named subject and its cue opens a
  // clause even without a comma.
  // Many sentences hold neither word, and are spared the pattern.
  const coordinated = masked.includes('and') || masked.includes('but');
  for (const match of coordinated ? masked.matchAll(AND_SUBJECT_CUE) : []) {
    const pos = match.index! + match[1].length;
    const cue = CUE_WORDS.get(match[3]);
    if (!cue || cue.progressive || breaks.some((brk) => brk.pos === pos)) continue;
    // "Tran and Ode said", "the mayor and Ode said" are one subject: the words before need a verb of their own.
    const clauseStart = Math.max(0, ...[',', ';'].map((mark) => masked.lastIndexOf(mark, match.index!) + 1));
    const verb = tagsOf(view, clauseStart, match.index!).some(
      (token) =>
        token.start >= clauseStart &&
        token.end <= match.index! &&
        // A capitalised "verb" is a name the tagger misread ("Ford and GM").
        /^\p{Ll}/u.test(token.text) &&
        (token.tag === 'AUX' || (token.tag === 'VERB' && !/ing$/.test(token.text))),
    );
    if (verb) breaks.push({ kind: 'coord', pos, leftEnd: match.index! });
  }
  return breaks.sort((a, b) => a.pos - b.pos);
}

const AND_SUBJECT_CUE =
  /(\s(?:and|but)\s+)((?:he|she|they|we|I)|\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})\s+(?:(?:also|later|then|has|had|have)\s+)?(\p{Ll}+)\b/gu;

const tagged = new WeakMap<SentenceView, Map<string, TaggedToken[]>>();

/**
 * The tagged tokens of the sentence between `from` and `to` (widened to whole words), tagged on first
 * use: most sentences never need tags, and a decision needs only the words around it.
 */
export function tagsOf(view: SentenceView, from = 0, to = view.text.length): TaggedToken[] {
  const { text } = view;
  let start = Math.max(0, from);
  let end = Math.min(text.length, to);
  while (start > 0 && !/\s/.test(text[start - 1])) start--;
  while (end < text.length && !/\s/.test(text[end])) end++;
  let cache = tagged.get(view);
  if (!cache) tagged.set(view, (cache = new Map()));
  const key = `${start}:${end}`;
  let tokens = cache.get(key);
  if (!tokens) {
    // Offsets in the sentence are set as the tokens are made, rather than by copying every token.
    tokens = tag(text.slice(start, end), start);
    cache.set(key, tokens);
  }
  return tokens;
}

/** Where a sentence's words end, before its closing stops and spaces. */
export function endOfSentence(text: string): number {
  let end = text.length;
  while (end > 0 && /[\s.!?…]/.test(text[end - 1])) end--;
  return end;
}
