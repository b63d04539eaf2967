import { ClaimResponse } from '../claims/dto/claim.response';
import { sourcingProfile } from '../claims/sourcing-profile';
import { DocumentResponse } from '../documents/dto/document.response';
import { segmentText } from './highlight';
import { ClaimContext, DocumentView, MarkedClaim, SpeakerView } from './reader.view-models';
import { EDITORIAL_MARKER, PALETTE_SIZE, paletteSlot, speakerMarker } from './speaker-palette';

const UNKNOWN_SPEAKER = 'unknown';

/** How one speaker is marked throughout a document. */
export interface SpeakerMarking {
  marker: string;
  slot: number;
}

export const speakerKeyOf = (claim: ClaimResponse) => claim.speaker?.id ?? UNKNOWN_SPEAKER;

/**
 * Numbers the attributed claims' speakers in order of first appearance and gives each a palette slot:
 * its stable hash slot, or the next free one when another speaker of this document already has it,
 * so up to PALETTE_SIZE speakers of one document never share a colour.
 */
export function markSpeakers(claims: ClaimResponse[]): Map<string, SpeakerMarking> {
  const markings = new Map<string, SpeakerMarking>();
  const taken = new Set<number>();
  const inTextOrder = claims
    .filter((c) => c.kind === 'attributed')
    .sort((a, b) => a.start - b.start || a.end - b.end);
  for (const claim of inTextOrder) {
    const key = speakerKeyOf(claim);
    if (markings.has(key)) continue;
    let slot = paletteSlot(key);
    while (taken.has(slot) && taken.size < PALETTE_SIZE) slot = (slot + 1) % PALETTE_SIZE;
    taken.add(slot);
    markings.set(key, { marker: speakerMarker(markings.size), slot });
  }
  return markings;
}

/** Marks each claim (speaker colour and marker, or editorial), groups attributed claims by speaker and cuts the text. */
export function buildDocumentView(document: DocumentResponse, claims: ClaimResponse[]): DocumentView {
  const inTextOrder = [...claims].sort((a, b) => a.start - b.start || a.end - b.end);
  const markings = markSpeakers(inTextOrder);
  const speakers = new Map<string, SpeakerView>();
  const editorial: MarkedClaim[] = [];
  const marked: MarkedClaim[] = [];

  for (const claim of inTextOrder) {
    const base = { claim, id: claim.id, start: claim.start, end: claim.end };
    if (claim.kind === 'editorial') {
      const entry: MarkedClaim = {
        ...base,
        speakerKey: null,
        unnamed: false,
        marker: EDITORIAL_MARKER,
        colourClass: 'editorial',
      };
      editorial.push(entry);
      marked.push(entry);
      continue;
    }
    const key = speakerKeyOf(claim);
    let speaker = speakers.get(key);
    if (!speaker) {
      speaker = {
        key,
        name: claim.speaker?.name ?? claim.speakerMention ?? 'Unidentified speaker',
        kind: claim.speaker?.kind ?? null,
        unnamed: claim.speaker?.kind === 'unnamed-group',
        ...markings.get(key)!,
        claims: [],
      };
      speakers.set(key, speaker);
    }
    const entry: MarkedClaim = {
      ...base,
      speakerKey: key,
      unnamed: speaker.unnamed,
      marker: speaker.marker,
      colourClass: `speaker-${speaker.slot}`,
    };
    speaker.claims.push(entry);
    marked.push(entry);
  }

  const profile = sourcingProfile(
    document.text.length,
    inTextOrder.map((c) => ({
      kind: c.kind,
      start: c.start,
      end: c.end,
      speakerKind: c.speaker?.kind ?? null,
    })),
  );
  return {
    document,
    segments: segmentText(document.text, marked),
    speakers: [...speakers.values()],
    editorial,
    profile,
  };
}

const CONTEXT_CHARS = 280;

/** The claim with up to about CONTEXT_CHARS of text either side, cut at whitespace. */
export function claimContext(text: string, start: number, end: number): ClaimContext {
  let from = Math.max(0, start - CONTEXT_CHARS);
  let to = Math.min(text.length, end + CONTEXT_CHARS);
  if (from > 0) {
    const space = text.slice(from, start).search(/\s/);
    if (space >= 0) from += space + 1;
  }
  if (to < text.length) {
    const tail = text.slice(end, to);
    const space = Math.max(tail.lastIndexOf(' '), tail.lastIndexOf('\n'));
    if (space >= 0) to = end + space;
  }
  return {
    before: text.slice(from, start),
    exact: text.slice(start, end),
    after: text.slice(end, to),
    truncatedBefore: from > 0,
    truncatedAfter: to < text.length,
  };
}
