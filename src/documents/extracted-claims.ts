import { NewClaim } from '../claims/claims.service';
import { ExtractionResult } from '../extraction/types';
import { SpeakerMention } from '../speakers/speakers.service';

/** Turns the engine's output into speaker mentions to resolve and claims to store (speaker ids filled in later). */
export function planExtractedClaims(result: ExtractionResult) {
  // Each distinct mention once: a long document names the same few speakers thousands of times, and resolving
  // a mention again gives the same speaker and the same alias.
  const mentions: SpeakerMention[] = [];
  const indexOf = new Map<string, number>();
  const speakerIndex: Array<number | null> = [];
  for (const claim of result.claims) {
    if (claim.speaker) {
      const { name, kind, mention, role } = claim.speaker;
      const key = JSON.stringify([name, kind, mention, role]);
      let index = indexOf.get(key);
      if (index === undefined) {
        index = mentions.push(claim.speaker) - 1;
        indexOf.set(key, index);
      }
      speakerIndex.push(index);
    } else {
      speakerIndex.push(null);
    }
  }
  const claimsFor = (speakerIds: string[]): NewClaim[] =>
    result.claims.map((claim, i) => ({
      kind: claim.kind,
      start: claim.start,
      end: claim.end,
      speakerId: speakerIndex[i] === null ? null : speakerIds[speakerIndex[i]!],
      speakerMention: claim.speaker?.mention ?? null,
      speakerRole: claim.speaker?.role ?? null,
      cue: claim.cue,
      quote: claim.quote,
      origin: 'extraction',
      extractorVersion: result.engineVersion,
      confidence: claim.confidence,
    }));
  return { mentions, claimsFor };
}
