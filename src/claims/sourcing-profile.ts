import { ClaimKind } from './claim-enums';
import { SpeakerKind } from '../speakers/speaker-kind';

export interface ProfiledClaim {
  kind: ClaimKind;
  start: number;
  end: number;
  speakerKind: SpeakerKind | null;
}

/** Shares (0..1) of a document's characters by who stands behind them. */
export interface SourcingProfile {
  /** Attributed to a named person, organization or government. */
  named: number;
  /** Attributed to an unnamed group ("observers", "people familiar with the matter"). */
  unnamed: number;
  /** Asserted by the outlet in its own voice. */
  editorial: number;
  /** Covered by no claim: headlines, datelines, whitespace. */
  uncovered: number;
}

/** Who stands behind a claim's characters. */
export type ProfileSource = Exclude<keyof SourcingProfile, 'uncovered'>;
/** Characters of a document covered by each source. */
export type Coverage = Record<ProfileSource, number>;

function sourceOf(claim: Pick<ProfiledClaim, 'kind' | 'speakerKind'>): ProfileSource {
  if (claim.kind === 'editorial') return 'editorial';
  return claim.speakerKind === 'unnamed-group' ? 'unnamed' : 'named';
}

/**
 * Who stands behind how much of the text. Overlapping claims count each character once,
 * for the first claim (in text order) that covers it.
 */
export function sourcingProfile(textLength: number, claims: ProfiledClaim[]): SourcingProfile {
  const covered: Coverage = { named: 0, unnamed: 0, editorial: 0 };
  let reached = 0;
  for (const claim of [...claims].sort((a, b) => a.start - b.start || a.end - b.end)) {
    const start = Math.max(claim.start, reached);
    const end = Math.min(claim.end, textLength);
    if (end <= start) continue;
    covered[sourceOf(claim)] += end - start;
    reached = end;
  }
  return profileOf(textLength, covered);
}

/** The shares of a text of `textLength` characters that `covered` gives each source. */
export function profileOf(textLength: number, covered: Coverage): SourcingProfile {
  if (textLength === 0) return { named: 0, unnamed: 0, editorial: 0, uncovered: 0 };
  const share = (n: number) => n / textLength;
  return {
    named: share(covered.named),
    unnamed: share(covered.unnamed),
    editorial: share(covered.editorial),
    uncovered: share(textLength - covered.named - covered.unnamed - covered.editorial),
  };
}
