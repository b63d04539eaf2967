// Finds quoted passages, straight or curly, double or single, so that cues inside a quote are
// never read as attribution and sentence ends inside a quote do not split the quote.
import { CUE_WORDS } from './lexicon';

export interface Span {
  start: number;
  end: number;
}

const DOUBLE_OPENERS: Record<string, string> = { '“': '”', '«': '»', '„': '“', '"': '"' };
const SINGLE_OPENERS: Record<string, string> = { '‘': '’', "'": "'" };
// Every character findQuoteSpans reacts to: the openers, their closers and the line break.
const QUOTE_OR_BREAK = /[\n'"“”«»„‘’]/g;

function isSpace(ch: string | undefined): boolean {
  return ch === undefined || /\s/.test(ch);
}

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
}

// An opening single quote follows a space or an opening bracket/dash; anything else is an apostrophe.
function opensSingle(text: string, i: number): boolean {
  const before = text[i - 1];
  const after = text[i + 1];
  return (isSpace(before) || /[([{—–-]/.test(before)) && !isSpace(after);
}

// A closing single quote is not followed by a letter ("don’t" keeps its apostrophe).
function closesSingle(text: string, i: number): boolean {
  return !isSpace(text[i - 1]) && !isWordChar(text[i + 1]);
}

/** Quoted spans of `text`, each including its quote marks. Quotes never cross a paragraph break. */
export function findQuoteSpans(text: string): Span[] {
  const spans: Span[] = [];
  let openAt = -1;
  let closer = '';
  let single = false;
  for (let i = 0; i < text.length; i++) {
    // Only quote marks and line breaks change the state: jump to the next one (most characters are neither).
    QUOTE_OR_BREAK.lastIndex = i;
    const next = QUOTE_OR_BREAK.exec(text);
    if (!next) break;
    i = next.index;
    const ch = text[i];
    if (ch === '\n') {
      if (openAt >= 0 && !single) spans.push({ start: openAt, end: unclosedEnd(text, openAt, i) });
      openAt = -1;
      continue;
    }
    // Typewriter double quotes written as two apostrophes (''…'') open and close like “…”.
    const doubled = ch === "'" && text[i + 1] === "'";
    if (openAt < 0) {
      if (doubled && !isSpace(text[i + 2]) && (isSpace(text[i - 1]) || /[([{—–-]/.test(text[i - 1]))) {
        openAt = i;
        closer = "''";
        single = false;
        i++;
      } else if (
        DOUBLE_OPENERS[ch] !== undefined &&
        ch !== '”' &&
        !(ch === '"' && isWordChar(text[i - 1]) && isSpace(text[i + 1]))
      ) {
        openAt = i;
        closer = DOUBLE_OPENERS[ch];
        single = false;
      } else if (SINGLE_OPENERS[ch] !== undefined && opensSingle(text, i)) {
        openAt = i;
        closer = SINGLE_OPENERS[ch];
        single = true;
      }
      continue;
    }
    if (closer === "''") {
      if (doubled && !isSpace(text[i - 1])) {
        // ''… 'old-school,''': a nested single quote closes first, so the last two of three marks close.
        const tripled = text[i + 2] === "'";
        spans.push({ start: openAt, end: i + (tripled ? 3 : 2) });
        openAt = -1;
        i += tripled ? 2 : 1;
      }
      continue;
    }
    // `here,“ said Jim Clay`: an opening curly mark after punctuation and before a space closes a quote.
    const misturned =
      closer === '”' && ch === '“' && /[,.!?]/.test(text[i - 1] ?? '') && isSpace(text[i + 1]);
    const closes = single
      ? (ch === closer || ch === '’') && closesSingle(text, i)
      : ch === closer || (closer === '”' && ch === '"') || (closer === '"' && ch === '”') || misturned;
    // `"A, she said. "B."`: a straight mark with a space before and a word after opens a new quote,
    // so the earlier one was never closed.
    if (closes && ch === '"' && isSpace(text[i - 1]) && !isSpace(text[i + 1])) {
      const end = unclosedEnd(text, openAt, i);
      if (end < trimEndIndex(text, openAt, i)) {
        spans.push({ start: openAt, end });
        openAt = i;
        continue;
      }
    }
    if (closes) {
      spans.push({ start: openAt, end: i + 1 });
      openAt = -1;
    }
  }
  if (openAt >= 0 && !single) spans.push({ start: openAt, end: unclosedEnd(text, openAt, text.length) });
  return spans;
}

// Where a quote left open ends. Newsrooms leave a quote open at a paragraph end when the next paragraph
// continues it, so it runs to the paragraph end; but a quote whose closing mark was simply forgotten
// ends where its attribution frame starts (`"We want more, said one fan. Others …`), keeping the frame
// and the sentences after it out of the quote.
function unclosedEnd(text: string, start: number, limit: number): number {
  const body = text.slice(start, limit);
  for (const comma of body.matchAll(/,\s+/g)) {
    const words = body.slice(comma.index! + comma[0].length).split(/\s+/, 6);
    const cue = words.findIndex((word) => CUE_WORDS.get(word.replace(/[.,;:]+$/, ''))?.strength === 'strong');
    if (
      cue >= 0 &&
      words
        .slice(0, cue)
        .every((word) => /^[\p{Lu}.]/u.test(word) || /^(?:he|she|they|it|we|i|the|a|an)$/i.test(word))
    )
      return start + comma.index! + 1;
  }
  return trimEndIndex(text, start, limit);
}

function trimEndIndex(text: string, start: number, end: number): number {
  while (end > start && /\s/.test(text[end - 1])) end--;
  return end;
}

/** True when position `i` lies strictly inside one of the quote spans. */
export function insideQuote(spans: readonly Span[], i: number): Span | null {
  // Spans are sorted and few per sentence; a binary search is not worth its lines.
  for (const span of spans) {
    if (span.start > i) return null;
    if (i > span.start && i < span.end - 1) return span;
  }
  return null;
}

/** The text with every quoted character replaced by a placeholder, offsets unchanged. */
export function maskQuotes(text: string, spans: readonly Span[], offset = 0): string {
  if (spans.length === 0) return text;
  let masked = '';
  let at = 0;
  for (const span of spans) {
    const start = span.start - offset + 1;
    const end = span.end - offset - 1;
    if (end <= start || start < at) continue;
    masked += text.slice(at, start) + '·'.repeat(end - start);
    at = end;
  }
  return masked + text.slice(at);
}
