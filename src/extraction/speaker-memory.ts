// Remembers who has spoken or been named so far in a document, so that "Roe", "she", "the ministry"
// or "the negotiator" later on resolve to the canonical speaker introduced earlier.
import { Gender, isKnownFirstName } from './first-names';
import { isEpithet, roleFits } from './epithets';
import { BUSINESS_ENDINGS, DOCUMENT_NOUNS, ORG_WORDS } from './lexicon';
import { SourceMention } from './source-mention';
import { ExtractedSpeaker, SpeakerKind } from './types';
import { afterLastSpace } from './words';

interface KnownSpeaker {
  name: string;
  kind: SpeakerKind;
  role: string | null;
  gender: Gender | null;
  // Sentence index of the latest mention: pronouns go to the most recent compatible speaker.
  lastSeen: number;
  keys?: NameKeys;
}

// A known name lower-cased, its first and last words and whether it is one word: every name lookup (one
// for each capitalised word of a text) compares them for every known speaker, so they are worked out
// once per name rather than once per comparison, and again only when the name changes.
interface NameKeys {
  of: string;
  lower: string;
  first: string;
  last: string;
  single: boolean;
}

function keysOf(speaker: KnownSpeaker): NameKeys {
  const name = speaker.name;
  if (speaker.keys?.of === name) return speaker.keys;
  const lower = name.toLowerCase();
  return (speaker.keys = {
    of: name,
    lower,
    first: lower.split(/\s+/)[0],
    last: lastToken(name),
    single: name.split(/\s+/).length === 1,
  });
}

// A group of people named in passing ("Critics were divided.") or as a source, for a later
// quantifier ("others said") or "the person" to refer back to.
interface KnownGroup {
  name: string;
  head: string;
  kind: SpeakerKind;
  lastSeen: number;
}

// Quantifiers that, standing alone, pick out members of a group named just before ("Several said").
const ANAPHORIC_QUANTIFIERS =
  /^(?:several|others|other|some|many|most|few|a few|both|all|one|two|three|the others|a handful)(?: of them| of those)?$/;
// How many sentences back a quantifier or "the person" may look for its group.
const GROUP_REACH = 3;

export type Reading = 'groups' | 'subject';

export interface Resolution {
  speaker: ExtractedSpeaker;
  // How sure the resolution is; multiplied into the claim's confidence.
  certainty: number;
}

// Heads that name a business: "the company" resolves to a business named before, not to a ministry.
const COMPANY_HEADS = new Set([
  'company',
  'firm',
  'business',
  'carrier',
  'retailer',
  'lender',
  'insurer',
  'operator',
  'manufacturer',
  'airline',
  'developer',
  'maker',
  'startup',
  'utility',
  'group',
]);

// Heads that can refer to any organisation named before ("the company" after "Northwind Logistics").
const GENERIC_ORG_HEADS = new Set([
  ...COMPANY_HEADS,
  'organisation',
  'organization',
  'government',
  'administration',
  'charity',
  'agency',
  'ministry',
  'department',
  'bank',
  // "The Riverside Rovers … The club said": a club, team or union is often named by a name without its head.
  'club',
  'union',
  'association',
  'federation',
  'league',
  'society',
  'foundation',
]);
const MOUTHPIECES = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'representative']);
// Documents that an organisation issues in its own voice ("a statement said"), unlike a report or study.
const OWNERLESS_DOCUMENTS = new Set(['statement', 'release', 'announcement']);
// Last words of a public body's name, which "the company" never means.
const PUBLIC_BODY_ENDINGS = new Set([
  'office',
  'council',
  'ministry',
  'department',
  'agency',
  'authority',
  'police',
  'committee',
  'court',
  'commission',
  'parliament',
  'senate',
  'congress',
  'assembly',
  'cabinet',
  'government',
  'administration',
  'university',
  'school',
  'college',
  'board',
  'inspectorate',
  'directorate',
  'secretariat',
  'tribunal',
  'embassy',
  'consulate',
  'bureau',
  'service',
  'army',
  'navy',
  'forces',
]);

const named = (speaker: KnownSpeaker) => /^\p{Lu}/u.test(speaker.name);
// Asked of every known speaker for each capitalised word of a sentence, so it skips the split.
const lastToken = (name: string) => afterLastSpace(name).toLowerCase();
const singular = (noun: string) => (noun === 'people' ? 'person' : noun.replace(/s$/, ''));

// A fuller later mention ("Abel Tran" after "Tran") becomes a person's canonical name, and so does one
// written in mixed case after a shouted transcript label ("Marta Okafor" after "MARTA OKAFOR:").
function rename(existing: KnownSpeaker, name: string): void {
  if (existing.kind !== 'person') return;
  const longer = name.split(/\s+/).length > existing.name.split(/\s+/).length;
  const unshouted =
    existing.name === existing.name.toUpperCase() &&
    name !== name.toUpperCase() &&
    name.toLowerCase() === existing.name.toLowerCase();
  if (longer || unshouted) existing.name = name;
}

export class SpeakerMemory {
  private readonly known: KnownSpeaker[] = [];
  private readonly groups: KnownGroup[] = [];
  // Short forms given in brackets ("… Organization (WHO)"), lower-cased, to the full name.
  private readonly aliases = new Map<string, string>();
  private pending: { sentence: number; reading: Reading; read: () => void }[] = [];
  private readonly places = new Map<string, boolean>();

  /** `usedAsPlace` says whether the document writes a word as a place ("in Tarsk"), so "Tarsk insisted" reads as a government. */
  constructor(private readonly usedAsPlace: (word: string) => boolean = () => false) {}

  /** Queues a reading of a sentence (its plural nouns, its subject) until a resolution needs it. */
  defer(sentence: number, reading: Reading, read: () => void): void {
    this.pending = this.pending.filter((entry) => sentence - entry.sentence <= GROUP_REACH);
    this.pending.push({ sentence, reading, read });
  }

  // Only the sentence just before can lend its subject to a pronoun; groups are looked for further back.
  private settle(sentence: number, readings: Reading[]): void {
    const due = this.pending.filter((entry) => readings.includes(entry.reading));
    this.pending = this.pending.filter((entry) => !readings.includes(entry.reading));
    for (const entry of due) if (entry.reading === 'groups' || entry.sentence >= sentence - 1) entry.read();
  }

  /**
   * Records a name seen in running text, so a later surname or "the company" can find it. Only a
   * salient mention (in a sentence that quotes nobody) makes it the referent of a following pronoun.
   */
  notice(mention: SourceMention, sentence: number, salient: boolean, subject = false): void {
    if (mention.form !== 'name') return;
    // The subject of a sentence outranks the names after it, so a following "it" means the subject.
    const seen = subject ? sentence + 0.5 : sentence;
    const existing = this.findByName(mention.name, mention.kind);
    if (existing) {
      if (salient) existing.lastSeen = Math.max(existing.lastSeen, seen);
      // "Calloway" in a headline, "Ruth Calloway" in the text: the full name is the canonical one.
      rename(existing, mention.name);
      return;
    }
    this.remember(this.asPlace(mention), salient ? seen : -1);
  }

  /** "The agency sent …": a description as a sentence subject makes what it refers to the topic. */
  noticeSubject(mention: SourceMention, sentence: number): void {
    // Only names already introduced are promoted; a sentence opener is no place to learn new ones.
    if (mention.form === 'name')
      return this.findByName(mention.name, mention.kind)
        ? this.notice(mention, sentence, true, true)
        : undefined;
    const person = mention.form === 'group' ? this.personNamedLike(mention) : undefined;
    if (person) person.lastSeen = Math.max(person.lastSeen, sentence + 0.5);
    else if (mention.form === 'group')
      return this.noticeGroup(mention.name, mention.head ?? mention.name, sentence);
    if (mention.form !== 'description') return;
    const found = this.byHead(mention);
    if (found) found.lastSeen = Math.max(found.lastSeen, sentence + 0.5);
  }

  noticeGroup(name: string, head: string, sentence: number): void {
    // "One said …, another said …, many said …": a quantifier, or "another" (one more of them), is no group
    // a later quantifier may refer back to.
    if (ANAPHORIC_QUANTIFIERS.test(name.toLowerCase()) || /^another$/i.test(name)) return;
    const existing = this.groups.find((group) => group.name === name);
    if (existing) existing.lastSeen = sentence;
    else this.groups.push({ name, head, kind: 'unnamed-group', lastSeen: sentence });
  }

  resolve(mention: SourceMention, sentence: number): Resolution {
    if (mention.campaign) return this.resolveCampaign(mention, sentence);
    // A pronoun needs the latest subjects; a quantifier or "the person" also the groups named in passing.
    if (mention.form !== 'name')
      this.settle(sentence, mention.form === 'pronoun' ? ['subject'] : ['subject', 'groups']);
    switch (mention.form) {
      case 'name':
        // "the Wisconsin Republican" reads as a name but refers back to someone named before.
        if (isEpithet(mention))
          return this.resolveDescription(
            { ...mention, form: 'description', head: lastToken(mention.name) },
            sentence,
          );
        return {
          speaker: this.asSpeaker(this.remember(this.asPlace(mention), sentence), mention),
          certainty: 1,
        };
      case 'group':
        return this.resolveGroup(mention, sentence);
      case 'pronoun':
        return this.resolvePronoun(mention, sentence);
      case 'description':
        return this.resolveDescription(mention, sentence);
    }
  }

  /** The person a name stands for, when one is known by it already ("Fallon" after "Brian Fallon"). */
  knownPerson(mention: SourceMention): { gender: Gender | null } | null {
    const found = this.findByName(mention.name, mention.kind);
    return found?.kind === 'person' ? { gender: found.gender } : null;
  }

  /** The most recent speaker, for a quote that follows with no cue of its own. */
  latest(): KnownSpeaker | null {
    let best: KnownSpeaker | null = null;
    for (const speaker of this.known) if (!best || speaker.lastSeen >= best.lastSeen) best = speaker;
    return best;
  }

  /** The person named last in sentences `from`…`to` (exclusive), for a quote paragraph with no frame. */
  latestPersonSince(from: number, to: number): ExtractedSpeaker | null {
    const named = this.known.filter(
      (speaker) => speaker.kind === 'person' && speaker.lastSeen >= from && speaker.lastSeen < to,
    );
    // Two people named in the paragraph before: the quote could be either's.
    if (named.length !== 1) return null;
    const [person] = named;
    return { name: person.name, kind: person.kind, mention: person.name, role: person.role };
  }

  /**
   * The full name a lone surname came to stand for ("Okafor Says …" in a headline, "Ruth Okafor" in the
   * text below it), when exactly one person known by the end has that surname after a first name.
   */
  fullName(surname: string): string | null {
    const lower = surname.toLowerCase();
    const people = this.known.filter(
      (speaker) => speaker.kind === 'person' && speaker.name.includes(' ') && keysOf(speaker).last === lower,
    );
    // "Because Twitter" read as a person from a sentence opener is no full name.
    const [person] = people;
    return people.length === 1 && isKnownFirstName(person.name.split(' ')[0].toLowerCase())
      ? person.name
      : null;
  }

  touchSurname(word: string, sentence: number): void {
    const surname = word.toLowerCase();
    const person = this.known.find(
      (speaker) =>
        speaker.kind === 'person' && speaker.name.includes(' ') && keysOf(speaker).last === surname,
    );
    if (person) person.lastSeen = Math.max(person.lastSeen, sentence);
  }

  remember(mention: SourceMention, sentence: number): KnownSpeaker {
    const existing = this.findByName(mention.name, mention.kind);
    if (existing) {
      rename(existing, mention.name);
      existing.role = mention.role ?? existing.role;
      existing.gender = existing.gender ?? mention.gender;
      existing.lastSeen = sentence;
      return existing;
    }
    const created: KnownSpeaker = {
      name: mention.name,
      kind: mention.kind,
      role: mention.role,
      gender: mention.gender,
      lastSeen: sentence,
    };
    this.known.push(created);
    return created;
  }

  /** "The World Health Organization (WHO)": a later "WHO said" is the organisation. */
  alias(short: string, full: string): void {
    this.aliases.set(short.toLowerCase(), full);
  }

  private findByName(name: string, kind: SpeakerKind): KnownSpeaker | undefined {
    const aliased = this.aliases.get(name.toLowerCase());
    const lower = (aliased ?? name).toLowerCase();
    const exact = this.known.find((speaker) => keysOf(speaker).lower === lower);
    if (exact) return exact;
    const words = lower.split(/\s+/);
    if (kind === 'person' || words.length === 1) {
      // "Roe" or "Jane Roe" after "Dr. Jane Roe"; an organisation's short form ("Northwind" for "Northwind Logistics").
      const surname = words[words.length - 1];
      const person = this.known.find((speaker) => {
        if (speaker.kind !== 'person') return false;
        const keys = keysOf(speaker);
        return (
          keys.last === surname && (words.length === 1 || keys.single || keys.lower.startsWith(words[0]))
        );
      });
      if (person) return person;
      // Family name first ("Lin" for "Lin Qiao"), when no one has it as a last name.
      const familyFirst =
        words.length === 1 &&
        this.known.find(
          (speaker) =>
            speaker.kind === 'person' && keysOf(speaker).first === surname && speaker.name.includes(' '),
        );
      if (familyFirst) return familyFirst;
      if (words.length === 1)
        return this.known.find(
          (speaker) => speaker.kind === 'organization' && keysOf(speaker).first === lower,
        );
    }
    return undefined;
  }

  private resolvePronoun(mention: SourceMention, sentence: number): Resolution {
    const pronoun = (mention.head ?? mention.mention).toLowerCase();
    const wantsPerson = pronoun === 'he' || pronoun === 'she' || pronoun === 'i' || mention.kind === 'person';
    const candidates = this.known
      .filter((speaker) => (wantsPerson ? speaker.kind === 'person' : speaker.kind !== 'person'))
      .filter((speaker) => !mention.gender || !speaker.gender || speaker.gender === mention.gender)
      .sort((a, b) => b.lastSeen - a.lastSeen || Number(Boolean(b.gender)) - Number(Boolean(a.gender)));
    // "he" or "she" means a named person before a description kept as a speaker ("the operator").
    if (pronoun === 'he' || pronoun === 'she') candidates.sort((a, b) => Number(named(b)) - Number(named(a)));
    // "Residents said …. They said …": "they" after a group that spoke more recently than any organisation.
    const group =
      pronoun === 'they'
        ? this.recentGroup(
            sentence,
            (candidate) =>
              candidate.kind === 'unnamed-group' && candidate.lastSeen >= (candidates[0]?.lastSeen ?? -1),
          )
        : undefined;
    if (group) {
      group.lastSeen = sentence;
      return {
        speaker: { name: group.name, kind: group.kind, mention: mention.mention, role: null },
        certainty: 0.8,
      };
    }
    // "they" may stand for a person's group, but when no group is known the latest person is the best guess.
    const found = candidates[0] ?? (wantsPerson ? undefined : this.latest());
    if (!found) {
      return {
        speaker: { name: mention.mention, kind: mention.kind, mention: mention.mention, role: null },
        certainty: 0.5,
      };
    }
    if (found.kind === 'person' && !found.gender && mention.gender) found.gender = mention.gender;
    found.lastSeen = sentence;
    const exactGender = Boolean(mention.gender && found.gender === mention.gender);
    return { speaker: this.asSpeaker(found, mention, null), certainty: exactGender ? 0.95 : 0.85 };
  }

  // "Several said" after "Beekeepers … were less cautious": the quantifier stands for the group.
  private resolveGroup(mention: SourceMention, sentence: number): Resolution {
    const person = this.personNamedLike(mention);
    if (person) {
      person.lastSeen = sentence;
      return { speaker: this.asSpeaker(person, mention, person.role), certainty: 0.9 };
    }
    const name = mention.name.toLowerCase();
    const body = this.bodyOfMouthpiece(name);
    if (body) {
      body.lastSeen = sentence;
      return { speaker: this.asSpeaker(body, mention, null), certainty: 0.9 };
    }
    const antecedent = ANAPHORIC_QUANTIFIERS.test(name) ? this.recentGroup(sentence, () => true) : undefined;
    if (antecedent) {
      antecedent.lastSeen = sentence;
      return {
        speaker: { name: antecedent.name, kind: antecedent.kind, mention: mention.mention, role: null },
        certainty: 0.85,
      };
    }
    this.noticeGroup(mention.name, mention.head ?? name, sentence);
    return {
      speaker: { name: mention.name, kind: 'unnamed-group', mention: mention.mention, role: mention.role },
      certainty: 1,
    };
  }

  // "Mayfield Council closed the pool. A council spokesman said …": the spokesman speaks for the body
  // named before whose name holds the word; with none named, "council spokesman" stays a group.
  private bodyOfMouthpiece(name: string): KnownSpeaker | undefined {
    const words = name.split(' ');
    if (words.length !== 2 || !MOUTHPIECES.has(words[1]) || !ORG_WORDS.has(words[0])) return undefined;
    return this.known
      .filter((speaker) => speaker.kind !== 'person' && named(speaker))
      .filter((speaker) => speaker.name.toLowerCase().split(/\s+/).includes(words[0]))
      .sort((a, b) => b.lastSeen - a.lastSeen)[0];
  }

  // "Sanders said" opening a sentence looks like a plural noun ("sanders", people who sand); the surname
  // of someone named in full before is that person.
  private personNamedLike(mention: SourceMention): KnownSpeaker | undefined {
    if (!/^\p{Lu}\p{Ll}+$/u.test(mention.mention)) return undefined;
    const surname = mention.mention.toLowerCase();
    return this.known.find(
      (speaker) =>
        speaker.kind === 'person' && speaker.name.includes(' ') && keysOf(speaker).last === surname,
    );
  }

  private recentGroup(sentence: number, accept: (group: KnownGroup) => boolean): KnownGroup | undefined {
    return this.groups
      .filter((group) => sentence - group.lastSeen <= GROUP_REACH && accept(group))
      .sort((a, b) => b.lastSeen - a.lastSeen)[0];
  }

  private byHead(mention: SourceMention): KnownSpeaker | undefined {
    const head = mention.head ?? '';
    return this.known
      .filter(
        (speaker) =>
          speaker.kind === mention.kind || (mention.kind !== 'person' && speaker.kind !== 'person'),
      )
      .filter(
        (speaker) =>
          speaker.name.toLowerCase().includes(head) || (speaker.role ?? '').toLowerCase().includes(head),
      )
      .sort((a, b) => b.lastSeen - a.lastSeen)[0];
  }

  // "Tarsk insisted" where the document also writes "in Tarsk": a one-word place speaks as a government.
  private asPlace(mention: SourceMention): SourceMention {
    if (
      mention.kind !== 'person' ||
      mention.role !== null ||
      mention.name.includes(' ') ||
      mention.mention.trim() !== mention.name
    )
      return mention;
    const lower = mention.name.toLowerCase();
    if (this.known.some((speaker) => speaker.kind === 'person' && keysOf(speaker).last === lower))
      return mention;
    if (!this.places.has(mention.name)) this.places.set(mention.name, this.usedAsPlace(mention.name));
    if (!this.places.get(mention.name)) return mention;
    return { ...mention, kind: 'government', gender: null };
  }

  // "Rubio's campaign said …": the candidate is resolved as usual, and the campaign named for them speaks,
  // so a later "the campaign" finds it by its head.
  private resolveCampaign(mention: SourceMention, sentence: number): Resolution {
    const candidate = this.resolve({ ...mention, campaign: false }, sentence);
    const campaign = this.remember(
      {
        form: 'name',
        mention: mention.mention,
        name: `${candidate.speaker.name} campaign`,
        kind: 'organization',
        role: null,
        gender: null,
        head: null,
      },
      sentence,
    );
    return { speaker: this.asSpeaker(campaign, mention, null), certainty: candidate.certainty };
  }

  private resolveDescription(mention: SourceMention, sentence: number): Resolution {
    const head = mention.head ?? '';
    // "the person said" after "a person close to the company": the same unnamed source.
    const group = /^the\s/i.test(mention.mention)
      ? this.recentGroup(sentence, (candidate) => singular(candidate.head) === singular(head))
      : undefined;
    if (group) {
      group.lastSeen = sentence;
      return {
        speaker: { name: group.name, kind: group.kind, mention: mention.mention, role: null },
        certainty: 0.85,
      };
    }
    const byHead = this.byHead(mention);
    // "the company" is any company named before; "the central bank" is a particular one, perhaps new.
    const bare = mention.name.toLowerCase().replace(/^(?:the|its|their|this)\s+/, '') === head;
    const fallback =
      byHead ??
      (GENERIC_ORG_HEADS.has(head) && bare
        ? (this.previousSubjectAsOrganisation(sentence) ??
          this.latestOrganisation(
            mention.kind === 'government' ? 'government' : 'organization',
            COMPANY_HEADS.has(head),
          ))
        : undefined);
    const epithet =
      fallback ??
      (isEpithet(mention) ? this.namedPerson(mention) : undefined) ??
      (bare && OWNERLESS_DOCUMENTS.has(head) ? this.documentOwner(sentence) : undefined);
    if (epithet) {
      const byHead = epithet;
      byHead.lastSeen = sentence;
      return { speaker: this.asSpeaker(byHead, mention, mention.role ?? byHead.role), certainty: 0.9 };
    }
    // "the company" with no named company before: keep the description as the speaker's name.
    const created = this.remember({ ...mention, form: 'name' }, sentence);
    return { speaker: this.asSpeaker(created, mention), certainty: 0.8 };
  }

  // "the California congressman": the person whose title fits, else the one named most recently.
  private namedPerson(mention: SourceMention): KnownSpeaker | undefined {
    const people = this.known
      .filter((speaker) => speaker.kind === 'person' && speaker.name.includes(' '))
      .filter((speaker) => !mention.gender || !speaker.gender || speaker.gender === mention.gender)
      .sort((a, b) => b.lastSeen - a.lastSeen);
    return people.find((speaker) => roleFits(mention.head ?? '', speaker.role)) ?? people[0];
  }

  // "Greenfield Action organised the march. The group said …": a name the lists could not place, that
  // was the subject just before, is what "the group" means, so it was an organisation all along.
  private previousSubjectAsOrganisation(sentence: number): KnownSpeaker | undefined {
    const subject = this.known.find(
      (speaker) =>
        speaker.lastSeen === sentence - 0.5 &&
        speaker.kind === 'person' &&
        speaker.gender === null &&
        speaker.role === null,
    );
    if (subject) subject.kind = 'organization';
    return subject;
  }

  // "Lakeshore Water raised prices. A statement said …": a statement with no owner named is the
  // organisation the text was just about, when one was the subject or named in the last two sentences.
  private documentOwner(sentence: number): KnownSpeaker | undefined {
    return (
      this.previousSubjectAsOrganisation(sentence) ??
      this.known
        .filter(
          (speaker) =>
            speaker.kind !== 'person' &&
            speaker.kind !== 'outlet' &&
            sentence - speaker.lastSeen <= 2 &&
            !DOCUMENT_NOUNS.has(lastToken(speaker.name)),
        )
        .sort((a, b) => b.lastSeen - a.lastSeen)[0]
    );
  }

  // "the company" prefers a name that reads as a business ("Calloway Leather Co.") over a university or agency.
  private latestOrganisation(kind: SpeakerKind, business: boolean): KnownSpeaker | undefined {
    // A report or study kept as a speaker is no company for "the company" to mean.
    const ofKind = this.known
      .filter((speaker) => speaker.kind === kind && !DOCUMENT_NOUNS.has(lastToken(speaker.name)))
      .sort((a, b) => b.lastSeen - a.lastSeen);
    if (!business) return ofKind[0];
    // "The city planning office said … The company denied": a public body, or a body only described,
    // is never the company; with no other organisation named, "the company" stays its own speaker.
    return (
      ofKind.find((speaker) => BUSINESS_ENDINGS.has(lastToken(speaker.name).replace(/\.$/, ''))) ??
      ofKind.find((speaker) => named(speaker) && !PUBLIC_BODY_ENDINGS.has(lastToken(speaker.name)))
    );
  }

  private asSpeaker(
    known: KnownSpeaker,
    mention: SourceMention,
    role: string | null = mention.role,
  ): ExtractedSpeaker {
    return {
      name: known.name,
      kind: known.kind,
      mention: mention.mention,
      role: role ?? (mention.form === 'name' ? known.role : role),
    };
  }
}
