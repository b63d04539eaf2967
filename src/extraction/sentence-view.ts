// One sentence as the patterns see it: its text, the same text with quoted words masked (so a cue
// inside a quote is never read as attribution), and the points where a clause or phrase can begin.
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
  return breaks.sort((a, b) => a.pos - b.pos);
}

const tagged = new WeakMap<SentenceView, TaggedToken[]>();

/** The sentence's tagged tokens, tagged on first use: most sentences never need them. */
export function tagsOf(view: SentenceView): TaggedToken[] {
  let tokens = tagged.get(view);
  if (!tokens) {
    tokens = tag(view.text);
    tagged.set(view, tokens);
  }
  return tokens;
}
