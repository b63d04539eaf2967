// Remembers who has spoken or been named so far in a document, so that "Roe", "she", "the ministry"
// or "the negotiator" later on resolve to the canonical speaker introduced earlier.
import { Gender } from './first-names';
import { SourceMention } from './source-mention';
import { ExtractedSpeaker, SpeakerKind } from './types';

interface KnownSpeaker {
  name: string;
  kind: SpeakerKind;
  role: string | null;
  gender: Gender | null;
  // Sentence index of the latest mention: pronouns go to the most recent compatible speaker.
  lastSeen: number;
}

export interface Resolution {
  speaker: ExtractedSpeaker;
  // How sure the resolution is; multiplied into the claim's confidence.
  certainty: number;
}

// Heads that can refer to any organisation named before ("the company" after "Northwind Logistics").
const GENERIC_ORG_HEADS = new Set(['company', 'firm', 'group', 'business', 'carrier', 'retailer', 'lender', 'insurer', 'operator', 'manufacturer', 'airline', 'developer', 'maker', 'organisation', 'organization', 'government', 'administration', 'charity', 'startup', 'utility', 'agency', 'ministry', 'department', 'bank']);

const COMPANY_HEADS = new Set(['company', 'firm', 'business', 'carrier', 'retailer', 'lender', 'insurer', 'operator', 'manufacturer', 'airline', 'developer', 'maker', 'startup', 'utility', 'group']);
const BUSINESS_SUFFIX = /\b(?:Inc|Corp|Corporation|Co|Company|Ltd|LLC|plc|Plc|AG|SA|GmbH|Holdings|Group|Stores|Industries|Homes|Terminals|Logistics|Systems|Technologies|Airlines|Motors|Foods|Biologics|Pharmaceuticals|Labs|Energy|Bank|Partners|Capital|Ventures)\.?$/;

const lastToken = (name: string) => name.split(/\s+/).pop()!.toLowerCase();

export class SpeakerMemory {
  private readonly known: KnownSpeaker[] = [];

  /**
   * Records a name seen in running text, so a later surname or "the company" can find it. Only a
   * salient mention (in a sentence that quotes nobody) makes it the referent of a following pronoun.
   */
  notice(mention: SourceMention, sentence: number, salient: boolean): void {
    if (mention.form !== 'name') return;
    const existing = this.findByName(mention.name, mention.kind);
    if (existing) {
      if (salient) existing.lastSeen = sentence;
      return;
    }
    this.remember(mention, salient ? sentence : -1);
  }

  resolve(mention: SourceMention, sentence: number): Resolution {
    switch (mention.form) {
      case 'name':
        return { speaker: this.asSpeaker(this.remember(mention, sentence), mention), certainty: 1 };
      case 'group':
        return { speaker: { name: mention.name, kind: 'unnamed-group', mention: mention.mention, role: mention.role }, certainty: 1 };
      case 'pronoun':
        return this.resolvePronoun(mention, sentence);
      case 'description':
        return this.resolveDescription(mention, sentence);
    }
  }

  /** The most recent speaker, for a quote that follows with no cue of its own. */
  latest(): KnownSpeaker | null {
    let best: KnownSpeaker | null = null;
    for (const speaker of this.known) if (!best || speaker.lastSeen >= best.lastSeen) best = speaker;
    return best;
  }

  touchSurname(word: string, sentence: number): void {
    const surname = word.toLowerCase();
    const person = this.known.find((speaker) => speaker.kind === 'person' && speaker.name.includes(' ') && lastToken(speaker.name) === surname);
    if (person) person.lastSeen = Math.max(person.lastSeen, sentence);
  }

  remember(mention: SourceMention, sentence: number): KnownSpeaker {
    const existing = this.findByName(mention.name, mention.kind);
    if (existing) {
      // A fuller later mention ("Abel Tran" after "Tran") becomes the canonical name.
      if (mention.name.split(/\s+/).length > existing.name.split(/\s+/).length && existing.kind === 'person') existing.name = mention.name;
      existing.role = mention.role ?? existing.role;
      existing.gender = existing.gender ?? mention.gender;
      existing.lastSeen = sentence;
      return existing;
    }
    const created: KnownSpeaker = { name: mention.name, kind: mention.kind, role: mention.role, gender: mention.gender, lastSeen: sentence };
    this.known.push(created);
    return created;
  }

  private findByName(name: string, kind: SpeakerKind): KnownSpeaker | undefined {
    const lower = name.toLowerCase();
    const exact = this.known.find((speaker) => speaker.name.toLowerCase() === lower);
    if (exact) return exact;
    const words = lower.split(/\s+/);
    if (kind === 'person' || words.length === 1) {
      // "Roe" or "Jane Roe" after "Dr. Jane Roe"; an organisation's short form ("Northwind" for "Northwind Logistics").
      const surname = words[words.length - 1];
      const person = this.known.find((speaker) => speaker.kind === 'person' && lastToken(speaker.name) === surname && (words.length === 1 || speaker.name.split(/\s+/).length === 1 || speaker.name.toLowerCase().startsWith(words[0])));
      if (person) return person;
      // Family name first ("Lin" for "Lin Qiao"), when no one has it as a last name.
      const familyFirst = words.length === 1 && this.known.find((speaker) => speaker.kind === 'person' && speaker.name.toLowerCase().split(/\s+/)[0] === surname && speaker.name.includes(' '));
      if (familyFirst) return familyFirst;
      if (words.length === 1) return this.known.find((speaker) => speaker.kind === 'organization' && speaker.name.toLowerCase().split(/\s+/)[0] === lower);
    }
    return undefined;
  }

  private resolvePronoun(mention: SourceMention, sentence: number): Resolution {
    const pronoun = mention.mention.toLowerCase();
    const wantsPerson = pronoun === 'he' || pronoun === 'she' || pronoun === 'i';
    const candidates = this.known
      .filter((speaker) => (wantsPerson ? speaker.kind === 'person' : speaker.kind !== 'person'))
      .filter((speaker) => !mention.gender || !speaker.gender || speaker.gender === mention.gender)
      .sort((a, b) => b.lastSeen - a.lastSeen || Number(Boolean(b.gender)) - Number(Boolean(a.gender)));
    // "they" may stand for a person's group, but when no group is known the latest person is the best guess.
    const found = candidates[0] ?? (wantsPerson ? undefined : this.latest());
    if (!found) {
      return { speaker: { name: mention.mention, kind: mention.kind, mention: mention.mention, role: null }, certainty: 0.5 };
    }
    if (found.kind === 'person' && !found.gender && mention.gender) found.gender = mention.gender;
    found.lastSeen = sentence;
    const exactGender = Boolean(mention.gender && found.gender === mention.gender);
    return { speaker: this.asSpeaker(found, mention, null), certainty: exactGender ? 0.95 : 0.85 };
  }

  private resolveDescription(mention: SourceMention, sentence: number): Resolution {
    const head = mention.head ?? '';
    const byHead = this.known
      .filter((speaker) => speaker.kind === mention.kind || (mention.kind !== 'person' && speaker.kind !== 'person'))
      .filter((speaker) => speaker.name.toLowerCase().includes(head) || (speaker.role ?? '').toLowerCase().includes(head))
      .sort((a, b) => b.lastSeen - a.lastSeen)[0];
    const fallback = byHead ?? (GENERIC_ORG_HEADS.has(head) ? this.latestOrganisation(mention.kind === 'government' ? 'government' : 'organization', COMPANY_HEADS.has(head)) : undefined);
    if (fallback) {
      const byHead = fallback;
      byHead.lastSeen = sentence;
      return { speaker: this.asSpeaker(byHead, mention, mention.role ?? byHead.role), certainty: 0.9 };
    }
    // "the company" with no named company before: keep the description as the speaker's name.
    const created = this.remember({ ...mention, form: 'name' }, sentence);
    return { speaker: this.asSpeaker(created, mention), certainty: 0.8 };
  }

  // "the company" prefers a name that reads as a business ("Calloway Leather Co.") over a university or agency.
  private latestOrganisation(kind: SpeakerKind, business: boolean): KnownSpeaker | undefined {
    const ofKind = this.known.filter((speaker) => speaker.kind === kind).sort((a, b) => b.lastSeen - a.lastSeen);
    return (business ? ofKind.find((speaker) => BUSINESS_SUFFIX.test(speaker.name)) : undefined) ?? ofKind[0];
  }

  private asSpeaker(known: KnownSpeaker, mention: SourceMention, role: string | null = mention.role): ExtractedSpeaker {
    return { name: known.name, kind: known.kind, mention: mention.mention, role: role ?? (mention.form === 'name' ? known.role : role) };
  }
}
