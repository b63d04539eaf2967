// Reads the words in source position ("Russia's top negotiator Vladimir Medinsky", "two people
// familiar with the matter", "she") into a structured mention, or rejects them as not a source.
import { Gender, isKnownFirstName } from './first-names';
import {
  CLAUSE_WORDS,
  COMPANY_DESCRIPTORS,
  CUE_WORDS,
  DETERMINERS,
  DOCUMENT_NOUNS,
  HONORIFICS,
  ORG_WORDS,
  PERSON_PRONOUNS,
  POSSESSIVE_DETERMINERS,
} from './lexicon';
import { countedSource } from './counted-source';
import { asBareName, describeName, isRoleWord } from './source-names';
import { kindOfHead, parseNounPhrase, roleFromDescription } from './source-noun-phrase';
import { SpokenFor, unwrapProxy } from './source-proxy';
import { CONNECTORS, bare, genderOfRole, isCapitalised, isPossessive, isSpeakerNoun } from './source-words';
import { SpeakerKind } from './types';
import { afterOpeningSetting } from './opening-setting';
import { withoutTrailingStops } from './words';

export type MentionForm =
  | 'name' // a proper name: resolved against earlier names by surname
  | 'pronoun' // he / she / they / it: resolved to an earlier speaker
  | 'description' // "the ministry", "the negotiator": resolved to an earlier matching speaker
  | 'group'; // an unnamed or vague source, which is its own canonical name

export interface SourceMention {
  form: MentionForm;
  mention: string;
  name: string;
  kind: SpeakerKind;
  role: string | null;
  gender: Gender | null;
  // Lower-case head noun of a description ("ministry"), used to find what it refers to.
  head: string | null;
  // A document or finding speaks ("data from the registry show"), so weak cues count as speech.
  document?: boolean;
  // "Rubio's campaign said": the campaign of whoever the mention resolves to speaks, not the candidate.
  campaign?: boolean;
}

/** Parses a source chunk; null when the words cannot be a speaker (a clause, a bare verb phrase). */
export function parseSourceMention(
  chunk: string,
  sentenceInitial = false,
  endsSentence = false,
): SourceMention | null {
  const mention = cleanMention(chunk);
  if (mention.length === 0 || mention.length > 160 || /^(?:the|a|an|this|that|these|those)$/i.test(mention))
    return null;
  // "At least a dozen members of the council": a bound on a count, not the preposition of a setting.
  const bound = /^at (?:least|most)\s+(?=\S)/i.exec(mention);
  if (bound) {
    const counted = parseSourceMention(mention.slice(bound[0].length), false, endsSentence);
    return counted && { ...counted, mention };
  }
  // "Even the mayor said", "Only Tom Reyes said": a focus word picks the source out, it is not its name.
  const focus = /^(?:even|only)\s+(?=[\p{Lu}a-z])/iu.exec(mention);
  if (focus) {
    const focused = parseSourceMention(mention.slice(focus[0].length), sentenceInitial, endsSentence);
    return focused && { ...focused, mention };
  }
  // "James York, 40, said": a number closed by its comma is an age in an aside, not a count.
  const counted =
    /^\d|^(?:ab|ne|al|on|ju|so)/i.test(mention) && !/,\s*$/.test(chunk) ? countedSource(mention) : null;
  if (counted) return counted;
  const setting = afterOpeningSetting(mention, (chunk) => parseSourceMention(chunk, false, endsSentence));
  if (setting !== undefined) return setting;
  // "A third said", "all but two said", "those over 60 say": a share of a group the tagger cannot read.
  const share = /^(?:a|al|ha|on|th|tw|pe|vo)/i.test(mention) ? QUANTITY_SOURCE.exec(mention) : null;
  if (share) {
    const head = (share[3] ?? share[1] ?? share[2] ?? 'people').toLowerCase().split(/\s+/).pop()!;
    const name = mention.replace(/^\p{Lu}(?=\p{Ll}|\s)/u, (letter) => letter.toLowerCase());
    return { form: 'group', mention, name, kind: 'unnamed-group', role: null, gender: null, head };
  }
  // "Several candidates, including Wilks,", "Other critics — among them Ann Ode —": the named members of
  // a group are who a reader can name, and who said it.
  const included = mention.length > 16 ? INCLUDED_NAMES.exec(mention) : null;
  const members = included && parseSourceMention(included[2], false, true);
  // "CNN, like The Associated Press,": beside a name, "like" compares; only a group has members.
  const container =
    members && members.form === 'name' && parseSourceMention(included![1], sentenceInitial, true);
  const isGroup =
    container &&
    (container.form === 'name' ? container.kind === 'unnamed-group' : container.form !== 'pronoun');
  if (isGroup) return { ...members!, mention };
  // "Jason Sims — a teacher from Mount Pleasant —": an aside between dashes reads as one between commas.
  const dashed = DASHED_ASIDE.exec(mention);
  if (dashed) {
    // "insiders in the next two states — Nevada and South Carolina —": failing that, the words before it.
    const asCommas =
      parseSourceMention(`${dashed[1]}, ${dashed[2]},`, sentenceInitial, endsSentence) ??
      parseSourceMention(dashed[1], sentenceInitial, true);
    return asCommas && { ...asCommas, mention: mention.replace(/\s*(?:—|–|--?)$/, '') };
  }
  // No pronoun is longer than four letters: longer mentions skip the lower-casing and lookup.
  const pronoun = mention.length <= 4 ? PERSON_PRONOUNS[mention.toLowerCase()] : undefined;
  if (pronoun !== undefined) {
    const gender = pronoun === 'm' || pronoun === 'f' ? pronoun : null;
    const kind: SpeakerKind = pronoun === 'plural' || pronoun === 'neuter' ? 'organization' : 'person';
    return { form: 'pronoun', mention, name: mention, kind, role: null, gender, head: mention.toLowerCase() };
  }
  // "She and her defenders argue", "he and Ms. Ode said": the pronoun's referent was named before; the
  // words after "and" say who else speaks, and are what a reader can name.
  const joined = mention.length > 8 ? PRONOUN_AND.exec(mention) : null;
  const partner = joined && parseSourceMention(mention.slice(joined[0].length), false, endsSentence);
  if (partner) return { ...partner, mention };
  // "Parents, by and large, say": an aside between commas is neither source nor role.
  // "The World Health Organization (WHO)": a bracketed short form is an alias, noticed in name-scan.ts.
  // Asides and towns need a comma, short forms a bracket: most mentions have neither and skip the scans.
  const plain = /[,(]/.test(mention)
    ? joinDescriptionList(
        mention
          // "Ella Marsh, 32, a teacher": an age before an apposition leaves the apposition's comma.
          .replace(AGE_BEFORE_APPOSITION, ', ')
          .replace(PARENTHETICAL_ASIDE, '')
          // "Sen. Chris Ode (a Maine Democrat so young he has been mistaken for an aide)": a bracket is an aside.
          .replace(/\s*\([^()]{1,120}\)/g, '')
          // "a salesman from Sumter, South Carolina": a town and its state are one place.
          .replace(TOWN_AND_STATE, '$1 $2'),
      )
    : mention;
  // A comma-opened aside or relative clause must be closed before the cue ("Ana Ruiz, who voted no, said");
  // otherwise the comma belongs to a longer clause ("Mensah, a driver who writes a blog called …").
  const closed = endsSentence || /,\s*$/.test(chunk.trimEnd()) || !plain.includes(',');
  const relative = /,?\s+(?:who|whose|which)\s/.exec(plain);
  if (relative && relative[0].startsWith(',') && !closed) return null;
  const core = relative ? plain.slice(0, relative.index) : plain;
  // "A woman later identified as Mara Tull, an activist …": the name given after the description speaks.
  const identified = core.includes(' identified as ') ? IDENTIFIED_AS.exec(mention) : null;
  const given = identified && parseSourceMention(identified[1], false, true);
  if (given && given.form === 'name') return { ...given, mention };
  const author = documentAuthor(core);
  if (author) return { ...author, mention, document: true };
  const proxy = core.includes(',') ? null : unwrapProxy(core);
  const principal = proxy && parseSourceMention(proxy.inner, sentenceInitial, true);
  if (proxy && principal) return { ...speakingFor(principal, proxy), mention };
  // "a penalty that environmental groups called …": the relative clause's subject speaks.
  const inner = /\s(?:that|which|whom)\s+/.exec(core);
  if (
    inner &&
    !core.slice(0, inner.index).includes(',') &&
    core.slice(0, inner.index).split(/\s+/).length <= 5
  ) {
    const rest = core.slice(inner.index + inner[0].length);
    // "harbour groups that have backed the mayor": an auxiliary right after "that" makes the relative
    // clause the subject's own, and the noun before it speaks.
    if (SUBJECT_RELATIVE.test(rest)) {
      const head = parseSourceMention(core.slice(0, inner.index), sentenceInitial, true);
      return head && head.form !== 'pronoun' ? { ...head, mention } : null;
    }
    return parseSourceMention(rest, false, endsSentence);
  }
  const words = core.split(/\s+/);
  if (
    words.length > 14 ||
    // "…, who represents most employees, said": a verb and its object are a relative clause's, not a source.
    VERB_THEN_OBJECT.test(core) ||
    CLAUSE_OPENERS.test(words[0]) ||
    // "Speaking to supporters in Charleston", "Noting he studied law": an opening participle phrase, not a name.
    (/^\p{Lu}\p{Ll}+ing$/u.test(words[0]) &&
      (CLAUSE_OPENERS.test(words[1] ?? '') || PARTICIPLE_OBJECT.test(words[1] ?? ''))) ||
    words.some(
      (word, i) =>
        // "Theresa May": a capital inside a name is no modal verb.
        // "said Will Doyle": a capitalised modal before another capital is a first name after the cue.
        // "May said": a modal alone cannot be a cue's subject, so a lone capitalised "May" is a surname.
        (CLAUSE_WORDS.has(bare(word)) &&
          !(isCapitalised(word) && (i > 0 || (!sentenceInitial && isCapitalised(words[1] ?? '')))) &&
          !(words.length === 1 && NAME_MODALS.test(word))) ||
        (CUE_WORDS.has(word) && !isCapitalised(word) && !isNounUse(words, i)),
    )
  )
    return null;
  // "ferry workers hoping to block the timetable", "activists clamoring for a vote": a participle
  // phrase after an unnamed group says which of them speak.
  // The pattern is long and most cores hold no "ing" at all.
  const participle = core.includes('ing') ? GROUP_PARTICIPLE.exec(core) : null;
  const group = participle && parseSourceMention(participle[1], sentenceInitial, true);
  if (group && group.form === 'group') return { ...group, mention };
  const parts = core.split(/\s*,\s*/).filter(Boolean);
  if (parts.length > 2) return null;
  if (parts.length === 2) {
    if (!closed && asBareName(parts[0])) return null;
    const apposition =
      parseApposition(mention, parts[0], parts[1]) ??
      describedGroup(mention, parts[0], parts[1], sentenceInitial);
    return apposition && nonPersonIfWhich({ ...apposition, mention }, relative);
  }
  const phrase = parseNounPhrase(mention, core, sentenceInitial);
  return phrase && nonPersonIfWhich({ ...phrase, mention }, relative);
}

// The chunk without its trailing stops, and without an opening bracket or dash: "(Forbes says …)": the bracket
// opens an aside, it is not part of the name; nor is a list's dash. Every source read passes here, so each
// step is tried only when the first or last character calls for it.
function cleanMention(chunk: string): string {
  let mention = withoutTrailingStops(chunk.trim());
  if (mention.startsWith('(') && !mention.includes(')')) mention = mention.slice(1);
  if (DASH_OPENERS.has(mention[0])) mention = mention.replace(/^[-–—•]\s*(?=\p{Lu})/u, '');
  return mention.trim();
}

const DASH_OPENERS = new Set(['-', '–', '—', '•']);

// A cue word that is a noun or passive participle here: "the report", "its forecast", "an expert called by".
function isNounUse(words: string[], i: number): boolean {
  const before = bare(words[i - 1] ?? '');
  return (
    words[i + 1] === 'by' ||
    DETERMINERS.has(before) ||
    POSSESSIVE_DETERMINERS.has(before) ||
    isPossessive(words[i - 1] ?? '')
  );
}

// "Strait Ferries, which runs the service,": "which" is never said of a person.
function nonPersonIfWhich(found: SourceMention, relative: RegExpExecArray | null): SourceMention {
  if (!relative || !/which/.test(relative[0]) || found.form !== 'name' || found.kind !== 'person')
    return found;
  return { ...found, kind: 'organization', gender: null };
}

// "Officials in Brask, one of the countries affected,": the aside describes the place, the group speaks.
function describedGroup(
  mention: string,
  first: string,
  second: string,
  sentenceInitial: boolean,
): SourceMention | null {
  if (!/^(?:one of|the|a|an)\s/i.test(second)) return null;
  const group = parseNounPhrase(mention, first, sentenceInitial);
  return group && group.form === 'group' ? group : null;
}

// "Ostrel's government" is Ostrel; "a spokesperson for Westmoor Health" is the company, not a person named Westmoor Health.
function speakingFor(principal: SourceMention, proxy: SpokenFor): SourceMention {
  const document = principal.document || proxy.document;
  if (proxy.campaign) return { ...principal, campaign: true, document };
  if (principal.form !== 'name') return { ...principal, document };
  if (proxy.government) return { ...principal, kind: 'government', role: null, gender: null, document };
  const inner = proxy.inner.split(/\s+/).filter((word) => !DETERMINERS.has(bare(word)));
  const clearlyPerson =
    principal.role !== null ||
    HONORIFICS.has(bare(inner[0] ?? '')) ||
    (inner.length >= 2 && isKnownFirstName(bare(inner[0])));
  if (proxy.mouthpiece && principal.kind === 'person' && !clearlyPerson)
    return { ...principal, kind: 'organization', gender: null, document };
  return { ...principal, document };
}

const NAME_MODALS = /^(?:May|Will)$/;
// A share of a group: the people counted (after "of") or the share itself names it.
const QUANTITY_SOURCE =
  /^(?:(?:a|one)\s+(third|quarter|fifth|half|majority|minority|plurality)|(half|two-thirds|three-quarters)|all but (?:one|two|three|four|five|six|seven|eight|nine|ten|a few|a handful|\d+)|(?:those|people|voters)\s+(?:over|under|aged|older than|younger than)\s+\d+)(?:\s+of\s+(?:the\s+|all\s+)?(\p{L}[\p{L}-]*(?:\s+\p{L}[\p{L}-]*){0,4}))?$/iu;
const INCLUDED_NAMES =
  /^([^,—–]+?)(?:(?:,|\s+(?:—|–|--))\s+(?:including|like|such as|among them)|\s+like(?=\s+\p{Lu}))\s+([^—–]+?)\s*(?:,|—|–|--)?$/u;
const PRONOUN_AND = /^(?:he|she|they|we|I)\s+and\s+(?=\S)/i;
const VERB_THEN_OBJECT =
  /^\p{Ll}+s\s+(?:most|many|some|several|few|the|a|an|its|their|his|her|our|every|each)\s/u;

// Plural auxiliaries only: after a singular noun ("a union that has sued") the phrase is an apposition's.
const SUBJECT_RELATIVE = /^(?:have|are|were)\s+\p{Ll}/u;
const GROUP_PARTICIPLE =
  /^((?:\p{L}[\p{L}'’-]*\s+){0,4}\p{Ll}[\p{L}-]*s)\s+(?!(?:during|according|including|regarding|following|concerning)\b)\p{Ll}{3,}ing\s+(?:to|for|against|in|on|at|with|from|across|around|near|outside|inside|the|a|an|their|his|her|its|our)\s/u;

const TOWN_AND_STATE =
  /(\b(?:from|of|in)\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)?),\s+(\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?)(?=\s*,|\s*$)/gu;

// Lower-case items after a lower-case word, the last joined by "and" or "or" (not pronouns, nor an
// apposition opened by an article: "the chair, a sports and media lawyer").
const DESCRIPTION_LIST =
  /(?<=(?:^|\s)\p{Ll}[\p{L}-]*)((?:,\s+(?!(?:who|whose|which|that|and|or|he|she|they|we|it|you|a|an|the)\b)\p{Ll}[\p{L}-]*(?:\s+\p{Ll}[\p{L}-]*){0,2})+),?\s+(and|or)\s+(?=\p{Ll})/gu;

/**
 * "assistant secretary for ports, ferries, and harbors": a list inside a description is one phrase. The list
 * pattern looks behind at every position, so it runs only on text holding an "and" or "or".
 */
function joinDescriptionList(text: string): string {
  if (!/\s(?:and|or)\s/.test(text)) return text;
  return text.replace(
    DESCRIPTION_LIST,
    (_list, items: string, joiner: string) => `${items.replace(/,\s+/g, ' and ')} ${joiner} `,
  );
}

const DASHED_ASIDE = /^([^—–,]+?)\s+(?:—|–|--?)\s*([^—–]+?)\s*(?:—|–|--?)$/;

// "In", "As", "While a federal judge": words that open an adverbial or a subordinate clause, never a source.
const CLAUSE_OPENERS =
  /^(?:in|as|while|when|whereas|after|before|since|during|on|at|with|for|from|by|if|because|although|though|until|unless|once|to|into|about|over|under|than)$/i;

const PARTICIPLE_OBJECT = /^(?:he|she|they|we|I|it|that|the|a|an|his|her|their|its|our|this|these|those)$/;

const IDENTIFIED_AS =
  /^(?:[Aa]n?|[Tt]he|[Oo]ne)\s+(?:\p{Ll}+\s+){0,3}(?:later\s+)?identified as\s+(\p{Lu}.*)$/u;
const AGE_BEFORE_APPOSITION = /,\s*\d{1,3},\s*(?=(?:a|an|the)\s)/g;
const PARENTHETICAL_ASIDE =
  /,\s*(?:\d{1,3}(?=\s*,|\s*$)|[RDI]-\p{Lu}[\p{L}.]{1,6}(?=\s*,|\s*$)|speaking (?:on (?:the )?condition of anonymity|anonymously|privately|off the record)(?: [^,]{0,60})?|however|for (?:his|her|its|their|our) part|by and large|meanwhile|too|though|in turn|in response|in contrast|likewise|instead|in particular|for example|of course|now \d{1,3}\b[^,]{0,50}(?:,\s*\p{Lu}[\p{L}.]*(?=\s*,|\s*$))?|on the other hand|in a statement|separately|(?:then|also|now)(?=\s*,|\s*$)|(?:when|after|once|if) (?:contacted|asked|reached|approached|questioned)(?: [^,]{0,40})?|(?:only |just |about |some |almost |nearly )?(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|a few|several|\d+) (?:hours?|days?|weeks?|months?|years?|decades?) (?:later|earlier|ago|after)),?/giu;

// "A study by the Tromsdal Observatory", "a review published on Monday by Redfield University": the author speaks.
function documentAuthor(core: string): SourceMention | null {
  // Most cores hold no document noun in their first four words, and need no more than those split.
  const document = core.split(/\s+/, 4).findIndex((word) => DOCUMENT_NOUNS.has(bare(word)));
  if (document < 0) return null;
  const words = core.split(/\s+/);
  const by = words.findIndex((word, i) => i > document && (word === 'by' || word === 'from'));
  // "The data team is integrating data collected from X, the service …, sources": a clause, not a document.
  if (by < 0 || words.slice(0, by).some((word) => CLAUSE_WORDS.has(bare(word)))) return null;
  let i = by + 1;
  // "by the independent Parliamentary Budget Office": skip the article and plain adjectives.
  while (i < words.length && i <= by + 3 && !isCapitalised(words[i])) i++;
  const run: string[] = [];
  for (; i < words.length && (isCapitalised(words[i]) || (CONNECTORS.has(words[i]) && run.length > 0)); i++)
    run.push(withoutTrailingStops(words[i]));
  while (run.length > 1 && CONNECTORS.has(run[run.length - 1])) run.pop();
  // "the Commission's Joint Research Centre" is the centre; the possessor only locates it.
  // "the Children’s Food Trust" keeps it: an irregular plural's possessive is part of the name.
  if (run.length > 1 && isPossessive(run[0]) && !/^(?:children|women|men|people)['’]s$/i.test(run[0]))
    run.shift();
  // "A statement from Tom Ode's office": the office speaks for the person whose it is.
  if (run.length > 0 && isPossessive(run[run.length - 1]))
    run[run.length - 1] = run[run.length - 1].replace(/['’]s?$/, '');
  if (run.length > 0) return describeName(run, null);
  // "figures released by the national statistics office": an unnamed body, named by its description.
  const body = words
    .slice(by + 1)
    .filter((word) => !DETERMINERS.has(bare(word)))
    .map(bare);
  const head = body[body.length - 1];
  if (body.length === 0 || body.length > 5 || !ORG_WORDS.has(head)) return null;
  return {
    form: 'description',
    mention: core,
    name: body.join(' '),
    kind: kindOfHead(head),
    role: null,
    gender: null,
    head,
  };
}

const PARTY_OF = /^(?:Republican|Democrat|Independent|Democratic-Farmer-Labor)\s+of\s+\p{Lu}/u;
const FIRM_AFTER_NAME = /\s+(?:of|at|from|with)\s+(?:the|a|an)\s+\p{Ll}[^,]*$/u;

// "the state's chief epidemiologist, Jane Roe" or "Jane Roe, the chief negotiator".
// "Meg Tarn, now the head of the pilots' group": a time adverb before a description is no part of it (nor
// an aside of its own, as ", now," is).
const DESCRIPTION_TIME = /^(?:now|then|currently|formerly|still|once|previously)\s+(?=\p{L})/iu;

function parseApposition(mention: string, first: string, rawSecond: string): SourceMention | null {
  const second = rawSecond.replace(DESCRIPTION_TIME, '');
  const firstName = asBareName(first);
  // "Rep. Iris Vane, Republican of Ohio": a party and state describe the name before them.
  // "another harbour advocate, Carl Penn of the law firm Penn Lowe": the name before its firm.
  const secondName = PARTY_OF.test(second) ? null : asBareName(second.replace(FIRM_AFTER_NAME, ''));
  const [namePart, description] =
    firstName && !secondName ? [firstName, second] : secondName ? [secondName, first] : [null, null];
  if (!namePart || description === null) return null;
  // A description before the name must read as a role ("The state's chief epidemiologist, Jane Roe"):
  // in "Acts of protest, Mr. Obama said, …" the words before the comma are content, not the speaker.
  // "one fan, Paula Grant" names a speaker; "The cost of doing nothing, Mr. Brierley said, …" does not.
  // "his best friend at college, Bruce Tamm": the head is the noun before the first preposition.
  const described = bare(
    description
      .split(/\s+(?:of|at|in|on|for|from|with)\s/)[0]
      .split(/\s+/)
      .pop() ?? '',
  );
  if (namePart === secondName && !isSpeakerNoun(described) && !isSpeakerNoun(`${described}s`)) return null;
  // "This includes a unit to guard the harbor, Abel Tran told …": a clause, not a description.
  if (namePart === secondName && /^(?:this|that|these|those)\s/i.test(description)) return null;
  // Beside a name, any short noun phrase reads as a role ("Ivo Marsh, the harbour master").
  const descriptionWords = description.split(/\s+/);
  if (
    // "Ode, a securities analyst for the Boston-based investment company Kell Marsh," runs long.
    descriptionWords.length > 14 ||
    // "Harman, now director of …": after a time adverb the description needs no determiner.
    (second === rawSecond &&
      !/^(?:the|a|an|one|another|his|her|its|their|our)$/i.test(descriptionWords[0]) &&
      !isPossessive(descriptionWords[0]) &&
      !isCapitalised(descriptionWords[0]) &&
      // "Ana Ruiz, treasurer for the campaign": after a full name, an office with its body needs no
      // article (a lone "historian" may be what is left of "historian at …" cut as a setting).
      !(
        namePart === firstName &&
        namePart.words.length >= 2 &&
        descriptionWords.length >= 2 &&
        isRoleWord(descriptionWords[0])
      ))
  )
    return null;
  const named = describeName(namePart.words, namePart.role);
  // "Agrovel, the fungicide's maker": a business described as one is an organisation whatever its name looks like.
  if (
    // The head before any preposition says so: "an analyst for an investment company" is a person.
    COMPANY_DESCRIPTORS.has(described) &&
    named.kind === 'person' &&
    named.role === null &&
    !isKnownFirstName(bare(namePart.words[0]))
  ) {
    return { ...named, mention, kind: 'organization', gender: null };
  }
  const role = named.role ?? roleFromDescription(description);
  const gender = named.gender ?? genderOfRole(bare(descriptionWords[descriptionWords.length - 1]));
  return { ...named, mention, role, gender: named.kind === 'person' ? gender : null };
}
