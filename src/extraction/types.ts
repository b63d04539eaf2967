// The engine's public contract. Plain TypeScript: nothing here may import Nest or TypeORM.

export const CLAIM_KINDS = ['attributed', 'editorial'] as const;
export type ClaimKind = (typeof CLAIM_KINDS)[number];

export const SPEAKER_KINDS = ['person', 'organization', 'government', 'outlet', 'unnamed-group'] as const;
export type SpeakerKind = (typeof SPEAKER_KINDS)[number];

// `none` is for editorial assertions, which quote nobody.
export const QUOTE_TYPES = ['direct', 'indirect', 'mixed', 'none'] as const;
export type QuoteType = (typeof QUOTE_TYPES)[number];

export interface ExtractedSpeaker {
  /** Canonical name: "Jane Roe" for "Dr. Jane Roe", "she" or "Roe"; "observers" for an unnamed group. */
  name: string;
  kind: SpeakerKind;
  /** The mention exactly as written at this claim ("she", "the ministry", "Dr. Jane Roe"). */
  mention: string;
  /** The role the document states for the speaker ("chief negotiator"), or null. */
  role: string | null;
}

export interface ExtractedClaim {
  kind: ClaimKind;
  /** JavaScript string indices into the exact input text: text === input.slice(start, end). */
  start: number;
  end: number;
  text: string;
  /** The outlet for editorial claims when a publisher is known, otherwise null for them. */
  speaker: ExtractedSpeaker | null;
  /** The reporting verb or phrase as written ("said", "according to"), null for editorial claims. */
  cue: string | null;
  quote: QuoteType;
  confidence: number;
}

export interface ExtractionOptions {
  publisher?: string | null;
}

export interface ExtractionResult {
  engineVersion: string;
  claims: ExtractedClaim[];
}
