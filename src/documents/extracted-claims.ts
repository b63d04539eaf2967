import { NewClaim } from '../claims/claims.service';
import { ExtractionResult } from '../extraction/types';
import { SpeakerMention } from '../speakers/speakers.service';

export interface ExtractionPlan {
  mentions: SpeakerMention[];
  claimsFor(speakerIds: string[]): NewClaim[];
}

/** Turns the engine's output into speaker mentions to resolve and claims to store (speaker ids filled in later). */
export function planExtractedClaims(result: ExtractionResult): ExtractionPlan {
  const mentions: SpeakerMention[] = [];
  const speakerIndex: Array<number | null> = [];
  for (const claim of result.claims) {
    if (claim.speaker) {
      speakerIndex.push(mentions.length);
      mentions.push(claim.speaker);
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
