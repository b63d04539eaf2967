// The engine's entry point: splits the document, drafts claims sentence by sentence, resolves each
// source to a canonical speaker in reading order, and maps drafts to document offsets.
import { DraftClaim } from './patterns';
import { findQuoteSpans } from './quotes';
import { sentenceClaims } from './sentence-claims';
import { makeView, SentenceView } from './sentence-view';
import { splitSentences } from './sentences';
import { SpeakerMemory } from './speaker-memory';
import { ExtractedClaim, ExtractedSpeaker, ExtractionOptions, ExtractionResult, QuoteType } from './types';
import { usedAsPlace } from './gazetteer';
import { noticeGroups, noticeNames, noticeSubject } from './name-scan';

export const ENGINE_VERSION = '1.1.0';

/** Splits `text` into attributed and editorial claims; offsets index the exact input string. */
export function extractClaims(text: string, options: ExtractionOptions = {}): ExtractionResult {
  const publisher = options.publisher ?? null;
  const outlet: ExtractedSpeaker | null = publisher
    ? { name: publisher, kind: 'outlet', mention: publisher, role: null }
    : null;
  const quotes = findQuoteSpans(text);
  const memory = new SpeakerMemory((word) => usedAsPlace(text, word));
  const claims: ExtractedClaim[] = [];
  const sentences = splitSentences(text, quotes);
  let previousSpeaker: ExtractedSpeaker | null = null;
  for (const [index, sentence] of sentences.entries()) {
    const view = makeView(text, sentence, quotes);
    let drafts = sentenceClaims(view);
    if (drafts.length === 1 && drafts[0].kind === 'editorial' && previousSpeaker && isStandaloneQuote(view)) {
      // A quote on its own right after an attributed one continues the same speaker.
      drafts = [{ ...drafts[0], kind: 'attributed', pattern: 'quote-continues-speaker', confidence: 0.7 }];
    }
    noticeNames(view.text, memory, index, false);
    // Groups and subjects matter only to a later quantifier or pronoun, so they are read when one needs them.
    memory.defer(index, 'groups', () => noticeGroups(view.masked, memory, index));
    let attributedHere = false;
    for (const draft of drafts) {
      const claim = toClaim(draft, view, memory, index, outlet, previousSpeaker);
      claims.push(claim);
      if (claim.kind === 'attributed') {
        previousSpeaker = claim.speaker;
        attributedHere = true;
      }
    }
    if (!attributedHere) {
      noticeNames(view.text, memory, index, true);
      memory.defer(index, 'subject', () => noticeSubject(view.text, memory, index));
      previousSpeaker = null;
    }
  }
  return { engineVersion: ENGINE_VERSION, claims };
}

function toClaim(
  draft: DraftClaim,
  view: SentenceView,
  memory: SpeakerMemory,
  index: number,
  outlet: ExtractedSpeaker | null,
  previous: ExtractedSpeaker | null,
): ExtractedClaim {
  const start = view.offset + draft.start;
  const end = view.offset + draft.end;
  const text = view.text.slice(draft.start, draft.end);
  if (draft.kind === 'editorial') {
    return {
      kind: 'editorial',
      start,
      end,
      text,
      speaker: outlet,
      cue: null,
      quote: 'none',
      confidence: draft.confidence,
    };
  }
  if (!draft.source) {
    return {
      kind: 'attributed',
      start,
      end,
      text,
      speaker: previous,
      cue: null,
      quote: quoteType(view, draft),
      confidence: draft.confidence,
    };
  }
  const resolution = memory.resolve(draft.source, index);
  const confidence = Math.round(draft.confidence * resolution.certainty * 100) / 100;
  return {
    kind: 'attributed',
    start,
    end,
    text,
    speaker: resolution.speaker,
    cue: draft.cue,
    quote: quoteType(view, draft),
    confidence,
  };
}

function quoteType(view: SentenceView, draft: DraftClaim): QuoteType {
  const inside = view.quotes.filter((quote) => quote.start < draft.end && quote.end > draft.start);
  if (inside.length === 0) return 'indirect';
  const covered = inside.reduce(
    (sum, quote) => sum + Math.min(quote.end, draft.end) - Math.max(quote.start, draft.start),
    0,
  );
  return covered >= (draft.end - draft.start) * 0.9 ? 'direct' : 'mixed';
}

function isStandaloneQuote(view: SentenceView): boolean {
  const first = view.quotes[0];
  if (!first || view.text.slice(0, first.start).trim() !== '') return false;
  const quoted = view.quotes.reduce((sum, quote) => sum + quote.end - quote.start, 0);
  return quoted >= view.text.trim().length * 0.8;
}
