import type { NewClaim } from '../claims/claims.service';
import { CLAIM_KINDS, ExtractedSpeaker, ExtractionResult, QUOTE_TYPES } from '../extraction/types';
import type { SpeakerMention } from '../speakers/speakers.service';
import { DocumentFeatures, documentFeatures } from '../trail/document-features';

/**
 * The engine's output as it leaves the extraction worker: one typed-array entry per claim and small tables of
 * the distinct cues and speaker mentions. A large document has a hundred thousand claims; as objects they took
 * the event loop most of a second just to be copied out of the worker, as typed arrays next to nothing.
 */
export interface PackedExtraction {
  engineVersion: string;
  starts: Int32Array;
  ends: Int32Array;
  confidences: Float64Array;
  /** Indexes into CLAIM_KINDS and QUOTE_TYPES. */
  kinds: Uint8Array;
  quotes: Uint8Array;
  /** Indexes into `cueTable` and `mentions`; -1 for none. */
  cues: Int32Array;
  speakers: Int32Array;
  cueTable: string[];
  /** Each distinct mention once: resolving a mention again gives the same speaker and the same alias. */
  mentions: ExtractedSpeaker[];
  /** What the claim trail compares, its claims' in claim order: computed where the engine ran. */
  trail: DocumentFeatures;
}

/** Packs the engine's result on `text` (in the worker); claim texts stay behind, the document has them. */
export function packExtraction(result: ExtractionResult, text: string): PackedExtraction {
  const count = result.claims.length;
  const packed: PackedExtraction = {
    engineVersion: result.engineVersion,
    starts: new Int32Array(count),
    ends: new Int32Array(count),
    confidences: new Float64Array(count),
    kinds: new Uint8Array(count),
    quotes: new Uint8Array(count),
    cues: new Int32Array(count),
    speakers: new Int32Array(count),
    cueTable: [],
    mentions: [],
    trail: documentFeatures(text, result.claims),
  };
  const cueIndex = new Map<string, number>();
  const mentionIndex = new Map<string, number>();
  result.claims.forEach((claim, i) => {
    packed.starts[i] = claim.start;
    packed.ends[i] = claim.end;
    packed.confidences[i] = claim.confidence;
    packed.kinds[i] = CLAIM_KINDS.indexOf(claim.kind);
    packed.quotes[i] = QUOTE_TYPES.indexOf(claim.quote);
    packed.cues[i] = claim.cue === null ? -1 : indexIn(packed.cueTable, cueIndex, claim.cue, claim.cue);
    const speaker = claim.speaker;
    packed.speakers[i] =
      speaker === null
        ? -1
        : indexIn(
            packed.mentions,
            mentionIndex,
            JSON.stringify([speaker.name, speaker.kind, speaker.mention, speaker.role]),
            speaker,
          );
  });
  return packed;
}

function indexIn<T>(table: T[], index: Map<string, number>, key: string, value: T): number {
  let found = index.get(key);
  if (found === undefined) {
    found = table.push(value) - 1;
    index.set(key, found);
  }
  return found;
}

export interface ExtractionPlan {
  mentions: SpeakerMention[];
  claimsFor: (speakerIds: string[]) => NewClaim[];
  /** The trail's features; `statements` pairs with the claims of claimsFor, in order. */
  trail: DocumentFeatures;
}

/** Turns the packed output into speaker mentions to resolve and claims to store (speaker ids filled in later). */
export function planExtractedClaims(packed: PackedExtraction): ExtractionPlan {
  const mentions: SpeakerMention[] = packed.mentions;
  const claimsFor = (speakerIds: string[]): NewClaim[] =>
    Array.from(packed.starts, (start, i) => {
      const speaker = packed.speakers[i] === -1 ? null : packed.mentions[packed.speakers[i]];
      return {
        kind: CLAIM_KINDS[packed.kinds[i]],
        start,
        end: packed.ends[i],
        speakerId: speaker === null ? null : speakerIds[packed.speakers[i]],
        speakerMention: speaker?.mention ?? null,
        speakerRole: speaker?.role ?? null,
        cue: packed.cues[i] === -1 ? null : packed.cueTable[packed.cues[i]],
        quote: QUOTE_TYPES[packed.quotes[i]],
        origin: 'extraction',
        extractorVersion: packed.engineVersion,
        confidence: packed.confidences[i],
      };
    });
  return { mentions, claimsFor, trail: packed.trail };
}
