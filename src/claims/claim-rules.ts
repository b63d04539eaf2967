import { InvalidClaim } from '../common/domain-errors';
import { SpeakerKind } from '../speakers/speaker-kind';
import { speakerNameKey } from '../speakers/speaker-name';
import { ClaimKind } from './claim-enums';

/** What the attribution rules need to know of a claim's speaker. */
export interface SpeakerIdentity {
  kind: SpeakerKind;
  nameKey: string;
  aliasKeys: string[];
}

/** Whether the speaker is the outlet that published the document (by name or alias). */
export function isOwnOutlet(speaker: SpeakerIdentity, publisher: string | null): boolean {
  if (speaker.kind !== 'outlet' || !publisher) return false;
  const key = speakerNameKey(publisher);
  return key !== '' && (speaker.nameKey === key || speaker.aliasKeys.includes(key));
}

/**
 * An attributed claim names who said it, and that is someone other than the outlet that published the
 * document: the outlet's own voice is an editorial claim. (Another outlet cited in the text, "the Daily
 * Courier reported", is a source like any other.)
 */
export function checkAttribution(
  kind: ClaimKind,
  speaker: SpeakerIdentity | null,
  publisher: string | null,
): void {
  if (kind !== 'attributed') return;
  if (!speaker) {
    throw new InvalidClaim('an attributed claim needs a speaker: give speakerId or speaker', {
      field: 'speaker',
    });
  }
  if (isOwnOutlet(speaker, publisher)) {
    throw new InvalidClaim(
      `${publisher} published the document: its own assertions are editorial claims, not attributed ones`,
      { field: 'speaker', publisher },
    );
  }
}
