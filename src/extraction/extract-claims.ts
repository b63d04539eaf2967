// The engine's entry point: splits the document, drafts claims sentence by sentence, resolves each
// source to a canonical speaker in reading order, and maps drafts to document offsets.
import { subjectAfterOpeningClause } from './cataphora';
import { findCueSites } from './cue-sites';
import { isFurniture, isHeadline, opensParagraph, speakerLabel, Turn } from './page-structure';
import { DraftClaim, editorial, trimContent } from './patterns';
import { findQuoteSpans } from './quotes';
import { sentenceClaims } from './sentence-claims';
import { makeView, SentenceView } from './sentence-view';
import { splitSentences } from './sentences';
import { SourceMention } from './source-mention';
import { SpeakerMemory } from './speaker-memory';
import { ExtractedClaim, ExtractedSpeaker, ExtractionOptions, ExtractionResult, QuoteType } from './types';
import { usedAsPlace } from './gazetteer';
import { noticeGroups, noticeNames, noticeSubject, readNames, sentenceSubject } from './name-scan';

export const ENGINE_VERSION = '2.15.0';

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
  // The speaker of a transcript turn ("WALLACE: …") holds the rest of the paragraph.
  let turnSpeaker: ExtractedSpeaker | null = null;
  let paragraphStart = 0;
  let previousParagraphStart = 0;
  for (const [index, sentence] of sentences.entries()) {
    const opens = opensParagraph(text, sentence.start);
    if (opens && index > 0) {
      previousParagraphStart = paragraphStart;
      paragraphStart = index;
      turnSpeaker = null;
    }
    const line = text.slice(sentence.start, sentence.end);
    const closes = closesParagraph(text, sentence.end);
    const headline = opens && closes && isHeadline(line);
    const view = makeView(text, sentence, quotes, headline);
    const furniture = isFurniture(line);
    const turn = opens && !furniture ? speakerLabel(line, headline) : null;
    let drafts = furniture
      ? [editorial(0, line.length, 'page-furniture')]
      : turn
        ? [turnDraft(view, turn)]
        : sentenceClaims(view);
    const standalone = drafts.length === 1 && drafts[0].kind === 'editorial' && isStandaloneQuote(view);
    const floating: ExtractedSpeaker | null =
      standalone && !previousSpeaker && opens && !headline && closes
        ? memory.latestPersonSince(previousParagraphStart, index)
        : null;
    const continuing: ExtractedSpeaker | null =
      turnSpeaker ?? (standalone ? (previousSpeaker ?? floating) : null);
    if (
      drafts.length === 1 &&
      drafts[0].kind === 'editorial' &&
      continuing &&
      drafts[0].pattern !== 'page-furniture'
    ) {
      // A quote on its own right after an attributed one, or after a paragraph naming one person, is theirs.
      const pattern = turnSpeaker
        ? 'transcript-turn'
        : floating && !previousSpeaker
          ? 'floating-quote'
          : 'quote-continues-speaker';
      drafts = [
        { ...drafts[0], kind: 'attributed', pattern, confidence: pattern === 'floating-quote' ? 0.6 : 0.7 },
      ];
      previousSpeaker = continuing;
    }
    // Headline capitals swallow words into names ("Obama Says Museum Will Tell"), so headlines name no one;
    // names inside a quote ("Go Mara!") are what was said, not people the text introduces.
    const names = headline ? [] : readNames(view.masked, memory);
    noticeNames(view.text, names, memory, index, false);
    // Groups and subjects matter only to a later quantifier or pronoun, so they are read when one needs them.
    memory.defer(index, 'groups', () => noticeGroups(view.masked, memory, index));
    let attributedHere = false;
    const pronouns = drafts.map((draft) => (draft.source?.form === 'pronoun' ? draft.source.mention : ''));
    const personal = pronouns.some((pronoun) => /^(?:he|she)$/i.test(pronoun));
    const subject = personal ? sentenceSubject(view.text, false) : null;
    const group = pronouns.some((pronoun) => /^they$/i.test(pronoun))
      ? sentenceSubject(view.text, true)
      : null;
    const forward = personal ? subjectAfterOpeningClause(view.text) : null;
    for (const draft of drafts) {
      const own = forward && draft.start < forward.end ? forward.subject : subject;
      const claim = toClaim(
        withSubject(draft, own, group, memory),
        view,
        memory,
        index,
        outlet,
        previousSpeaker,
      );
      // "HOST: … In our poll, 81 percent said …": a bare share inside a turn is what the turn's speaker reports.
      if (turnSpeaker && claim.kind === 'attributed' && BARE_SHARE.test(claim.speaker?.mention ?? ''))
        claim.speaker = turnSpeaker;
      claims.push(claim);
      if (claim.kind === 'attributed') {
        previousSpeaker = claim.speaker;
        attributedHere = true;
        if (draft.pattern === 'transcript-turn' || turn) turnSpeaker = claim.speaker;
      }
    }
    if (!attributedHere) {
      noticeNames(view.text, names, memory, index, true);
      memory.defer(index, 'subject', () => noticeSubject(view.text, memory, index));
      // "Cruz continued:" introduces the quoted paragraph that follows.
      previousSpeaker = /:\s*$/.test(line) ? introducedSpeaker(view, memory, index) : null;
    }
  }
  // A bare surname read before its full name was introduced (a headline's "Okafor Says …") takes the full
  // name; a titled one ("Gov. Okafor Says …") is left as written.
  for (const claim of claims) {
    const speaker = claim.speaker;
    if (claim.kind !== 'attributed' || speaker?.kind !== 'person' || speaker.name !== speaker.mention)
      continue;
    const fullName = memory.fullName(speaker.name);
    if (fullName) claim.speaker = { ...speaker, name: fullName };
  }
  return { engineVersion: ENGINE_VERSION, claims };
}

// "he" or "she" as a source in a sentence whose subject is a person of that gender is that person. A
// one-word subject must name someone known already: "Speaking" or "Even" open sentences too. "they" in a
// sentence whose subject is a group is that group.
function withSubject(
  draft: DraftClaim,
  subject: SourceMention | null,
  group: SourceMention | null,
  memory: SpeakerMemory,
): DraftClaim {
  const source = draft.source;
  if (source?.form !== 'pronoun') return draft;
  if (group && /^they$/i.test(source.mention))
    return { ...draft, source: { ...group, mention: source.mention } };
  if (!subject || !/^(?:he|she)$/i.test(source.mention)) return draft;
  const known = memory.knownPerson(subject);
  if (!known && !subject.name.includes(' ')) return draft;
  const gender = subject.gender ?? known?.gender;
  if (gender && source.gender && gender !== source.gender) return draft;
  return { ...draft, source: { ...subject, mention: source.mention } };
}

const BARE_SHARE =
  /^(?:(?:about|around|nearly|almost|over|some|just|only|more than|fewer than|less than)\s+)?(?:\d[\d.,]*\s*(?:%|percent|per cent)|half|a third|two-thirds|a quarter|three-quarters)$/i;

function turnDraft(view: SentenceView, turn: Turn): DraftClaim {
  const span = trimContent(view, turn.contentStart, view.text.length);
  return {
    kind: 'attributed',
    ...span,
    source: turn.mention,
    cue: ':',
    confidence: 0.8,
    pattern: 'speaker-label',
  };
}

// The source of a frame that ends its sentence with a colon and leaves its content to the next paragraph.
function introducedSpeaker(
  view: SentenceView,
  memory: SpeakerMemory,
  index: number,
): ExtractedSpeaker | null {
  const site = findCueSites(view)
    .filter((candidate) => candidate.order === 'source-first')
    .pop();
  return site && view.text.slice(site.tailStart).trim() === ':'
    ? memory.resolve(site.source, index).speaker
    : null;
}

function closesParagraph(text: string, end: number): boolean {
  const next = text.indexOf('\n', end);
  return text.slice(end, next < 0 ? text.length : next).trim() === '';
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
  // "Yes!" or "Related:" in quote marks is too short to be someone's statement.
  if (view.text.split(/\s+/).length < 4) return false;
  const quoted = view.quotes.reduce((sum, quote) => sum + quote.end - quote.start, 0);
  return quoted >= view.text.trim().length * 0.8 && !isQuotedHeading(view.text.trim());
}

// `"Quick facts: the new charges"` on a line of its own: a short quoted line with no stop of its own is a
// section heading set in quote marks, not a remark; a remark ends in a stop or a comma.
function isQuotedHeading(line: string): boolean {
  return line.split(/\s+/).length <= 10 && /[\p{L}\d)]\s*["”'’»]+$/u.test(line);
}
