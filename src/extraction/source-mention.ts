// Reads the words in source position ("Russia's top negotiator Vladimir Medinsky", "two people
// familiar with the matter", "she") into a structured mention, or rejects them as not a source.
import { Gender, genderOfFirstName, isKnownFirstName } from './first-names';
import { isGovernmentPlace, isPlaceWord } from './gazetteer';
import {
  CLAUSE_WORDS,
  COMPANY_DESCRIPTORS,
  CUE_WORDS,
  DETERMINERS,
  DOCUMENT_NOUNS,
  FEMALE_HONORIFICS,
  GROUP_QUANTIFIERS,
  HONORIFICS,
  LEADING_CONNECTIVES,
  MALE_HONORIFICS,
  ORG_WORDS,
  OUTLET_WORDS,
  PERSON_PRONOUNS,
  POSSESSIVE_DETERMINERS,
  SPEAKER_NOUNS,
  TITLE_WORDS,
  UNNAMED_GROUP_HEADS,
  VAGUE_DETERMINERS,
} from './lexicon';
import { SpokenFor, unwrapProxy } from './source-proxy';
import { SpeakerKind } from './types';

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
}

const CONNECTORS = new Set([
  'of',
  'for',
  'de',
  'del',
  'da',
  'di',
  'van',
  'von',
  'der',
  'den',
  'le',
  'la',
  'al',
  'bin',
  'ibn',
  'and',
  '&',
]);
const PREPOSITIONS = new Set([
  'of',
  'for',
  'at',
  'with',
  'from',
  'in',
  'on',
  'to',
  'by',
  'within',
  'inside',
  'close',
  'familiar',
  'briefed',
  'involved',
  'aware',
  'knowledgeable',
  'privy',
  'near',
  'under',
  'who',
  'whose',
  'not',
  'published',
  'released',
  'commissioned',
  'conducted',
  'led',
]);
const ROLE_SUFFIX = /(?:ist|ian|er|or|man|woman|person|eer|ee|ent|ant|ive|ary|ess)s?$/;

const bare = (word: string) => word.replace(/[.,;:]+$/, '').toLowerCase();
const isCapitalised = (word: string) =>
  /^[\p{Lu}]/u.test(word) || /^(?:al|el|de|van|von|bin)-\p{Lu}/u.test(word);
const isPossessive = (word: string) => /['’]s$/.test(word) && word.length > 2;

/** Parses a source chunk; null when the words cannot be a speaker (a clause, a bare verb phrase). */
export function parseSourceMention(
  chunk: string,
  sentenceInitial = false,
  endsSentence = false,
): SourceMention | null {
  const mention = chunk
    .trim()
    .replace(/[,;:]+$/, '')
    // "(Forbes says …)": the bracket opens an aside, it is not part of the name; nor is a list's dash.
    .replace(/^\((?=[^)]*$)/, '')
    .replace(/^[-–—•]\s*(?=\p{Lu})/u, '')
    .trim();
  if (mention.length === 0 || mention.length > 160 || /^(?:the|a|an|this|that|these|those)$/i.test(mention))
    return null;
  // "Jason Sims — a teacher from Mount Pleasant —": an aside between dashes reads as one between commas.
  const dashed = DASHED_ASIDE.exec(mention);
  if (dashed) {
    // "insiders in the next two states — Nevada and South Carolina —": failing that, the words before it.
    const asCommas =
      parseSourceMention(`${dashed[1]}, ${dashed[2]},`, sentenceInitial, endsSentence) ??
      parseSourceMention(dashed[1], sentenceInitial, true);
    return asCommas && { ...asCommas, mention: mention.replace(/\s*(?:—|–|--?)$/, '') };
  }
  const pronoun = PERSON_PRONOUNS[mention.toLowerCase()];
  if (pronoun !== undefined) {
    const gender = pronoun === 'm' || pronoun === 'f' ? pronoun : null;
    const kind: SpeakerKind = pronoun === 'plural' || pronoun === 'neuter' ? 'organization' : 'person';
    return { form: 'pronoun', mention, name: mention, kind, role: null, gender, head: mention.toLowerCase() };
  }
  // "Parents, by and large, say": an aside between commas is neither source nor role.
  // "The World Health Organization (WHO)": a bracketed short form is an alias, noticed in name-scan.ts.
  const plain = mention
    .replace(PARENTHETICAL_ASIDE, '')
    .replace(/\s*\([^()]{1,40}\)/g, '')
    // "a salesman from Sumter, South Carolina": a town and its state are one place.
    .replace(TOWN_AND_STATE, '$1 $2');
  // A comma-opened aside or relative clause must be closed before the cue ("Ana Ruiz, who voted no, said");
  // otherwise the comma belongs to a longer clause ("Mensah, a driver who writes a blog called …").
  const closed = endsSentence || /,\s*$/.test(chunk.trimEnd()) || !plain.includes(',');
  const relative = /,?\s+(?:who|whose|which)\s/.exec(plain);
  if (relative && relative[0].startsWith(',') && !closed) return null;
  const core = relative ? plain.slice(0, relative.index) : plain;
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
  )
    return parseSourceMention(core.slice(inner.index + inner[0].length), false, endsSentence);
  const words = core.split(/\s+/);
  if (
    words.length > 14 ||
    CLAUSE_OPENERS.test(words[0]) ||
    // "Speaking to supporters in Charleston": an opening participle phrase, not a name.
    (/^\p{Lu}\p{Ll}+ing$/u.test(words[0]) && CLAUSE_OPENERS.test(words[1] ?? '')) ||
    words.some(
      (word, i) =>
        // "Theresa May": a capital inside a name is no modal verb.
        // "said Will Doyle": a capitalised modal before another capital is a first name after the cue.
        (CLAUSE_WORDS.has(bare(word)) &&
          !(isCapitalised(word) && (i > 0 || (!sentenceInitial && isCapitalised(words[1] ?? ''))))) ||
        (CUE_WORDS.has(word) && !isCapitalised(word) && !isNounUse(words, i)),
    )
  )
    return null;
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

// "In", "As", "While a federal judge": words that open an adverbial or a subordinate clause, never a source.
const TOWN_AND_STATE =
  /(\b(?:from|of|in)\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)?),\s+(\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?)(?=\s*,|\s*$)/gu;
const DASHED_ASIDE = /^([^—–,]+?)\s+(?:—|–|--?)\s*([^—–]+?)\s*(?:—|–|--?)$/;
const CLAUSE_OPENERS =
  /^(?:in|as|while|when|whereas|after|before|since|during|on|at|with|for|from|by|if|because|although|though|until|unless|once|to|into|about|over|under|than)$/i;

const PARENTHETICAL_ASIDE =
  /,\s*(?:\d{1,3}(?=\s*,|\s*$)|[RDI]-\p{Lu}[\p{L}.]{1,6}(?=\s*,|\s*$)|speaking (?:on (?:the )?condition of anonymity|anonymously|privately|off the record)(?: [^,]{0,60})?|however|for (?:his|her|its|their|our) part|by and large|meanwhile|too|though|in turn|in response|in contrast|likewise|instead|in particular|for example|on the other hand|in a statement|separately|then|also|now|(?:when|after|once|if) (?:contacted|asked|reached|approached|questioned)(?: [^,]{0,40})?),?/giu;

// "A study by the Tromsdal Observatory", "a review published on Monday by Redfield University": the author speaks.
function documentAuthor(core: string): SourceMention | null {
  const words = core.split(/\s+/);
  const document = words.slice(0, 4).findIndex((word) => DOCUMENT_NOUNS.has(bare(word)));
  if (document < 0) return null;
  const by = words.findIndex((word, i) => i > document && (word === 'by' || word === 'from'));
  if (by < 0) return null;
  let i = by + 1;
  // "by the independent Parliamentary Budget Office": skip the article and plain adjectives.
  while (i < words.length && i <= by + 3 && !isCapitalised(words[i])) i++;
  const run: string[] = [];
  for (; i < words.length && (isCapitalised(words[i]) || (CONNECTORS.has(words[i]) && run.length > 0)); i++)
    run.push(words[i].replace(/[,;:]+$/, ''));
  while (run.length > 1 && CONNECTORS.has(run[run.length - 1])) run.pop();
  // "the Commission's Joint Research Centre" is the centre; the possessor only locates it.
  // "the Children’s Food Trust" keeps it: an irregular plural's possessive is part of the name.
  if (run.length > 1 && isPossessive(run[0]) && !/^(?:children|women|men|people)['’]s$/i.test(run[0]))
    run.shift();
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

// "the state's chief epidemiologist, Jane Roe" or "Jane Roe, the chief negotiator".
function parseApposition(mention: string, first: string, second: string): SourceMention | null {
  const firstName = asBareName(first);
  const secondName = asBareName(second);
  const [namePart, description] =
    firstName && !secondName ? [firstName, second] : secondName ? [secondName, first] : [null, null];
  if (!namePart || description === null) return null;
  // A description before the name must read as a role ("The state's chief epidemiologist, Jane Roe"):
  // in "Acts of protest, Mr. Obama said, …" the words before the comma are content, not the speaker.
  // "one fan, Paula Grant" names a speaker; "The cost of doing nothing, Mr. Brierley said, …" does not.
  const described = bare(
    description
      .split(/\s+of\s/)[0]
      .split(/\s+/)
      .pop() ?? '',
  );
  if (namePart === secondName && !isSpeakerNoun(described) && !isSpeakerNoun(`${described}s`)) return null;
  // "This includes a unit to guard the harbor, Abel Tran told …": a clause, not a description.
  if (namePart === secondName && /^(?:this|that|these|those)\s/i.test(description)) return null;
  // Beside a name, any short noun phrase reads as a role ("Ivo Marsh, the harbour master").
  const descriptionWords = description.split(/\s+/);
  if (
    descriptionWords.length > 10 ||
    (!/^(?:the|a|an|one|another|his|her|its|their|our)$/i.test(descriptionWords[0]) &&
      !isPossessive(descriptionWords[0]) &&
      !isCapitalised(descriptionWords[0]))
  )
    return null;
  const named = describeName(namePart.words, namePart.role);
  // "Agrovel, the fungicide's maker": a business described as one is an organisation whatever its name looks like.
  if (
    COMPANY_DESCRIPTORS.has(bare(descriptionWords[descriptionWords.length - 1])) &&
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

// A part that is nothing but a (possibly titled) name: "Jane Roe", "Finance Minister Abel Tran".
function asBareName(part: string): { words: string[]; role: string | null } | null {
  const words = part.split(/\s+/);
  if (
    !words.every((word, i) => isCapitalised(word) || (CONNECTORS.has(word) && i > 0 && i < words.length - 1))
  )
    return null;
  // "Justice" alone is a title with no name after it, not a name ("On March 3, Justice officials …").
  const titled = splitTitle(words);
  return titled.words.length > 0 ? titled : null;
}

function parseNounPhrase(mention: string, core: string, sentenceInitial: boolean): SourceMention | null {
  const words = core.split(/\s+/);
  const pp = findPrepositionalPhrase(words);
  const headWords = pp === -1 ? words : words.slice(0, pp);
  if (headWords.length === 0) return null;
  const run = trailingNameRun(headWords, sentenceInitial);
  if (run.length > 0) {
    const before = headWords.slice(0, headWords.length - run.length);
    const titled = splitTitle(run);
    if (titled.words.length === 0) {
      // "the Finance Minister": a role without a name, resolved later.
      const role = joinRole(before, titled.role);
      return {
        form: 'description',
        mention,
        name: stripDeterminer(mention),
        kind: 'person',
        role,
        gender: null,
        head: lastWord(titled.role ?? ''),
      };
    }
    if (!isRolePhrase(before)) return null;
    const named = describeName(titled.words, titled.role);
    const role = joinRole(before, named.role);
    return { ...named, mention, role };
  }
  const head = bare(headWords[headWords.length - 1]);
  const first = bare(headWords[0]);
  // "Several teammates", "two bystanders": after a count, any plural noun is a group of people.
  const counted =
    headWords.length > 1 &&
    GROUP_QUANTIFIERS.has(first) &&
    /^\p{Ll}[\p{Ll}-]+s$/u.test(headWords[headWords.length - 1]);
  // "The 68-year-old said": an age stands for the person just described, like a pronoun.
  if (AGE_NOUN.test(head) && headWords.length <= 2)
    return { form: 'pronoun', mention, name: mention, kind: 'person', role: null, gender: null, head };
  if (!isSpeakerNoun(head) && !counted) return null;
  if (!headWords.slice(0, -1).every((word) => !CONNECTORS.has(bare(word)) || bare(word) === 'of'))
    return null;
  if (
    UNNAMED_GROUP_HEADS.has(head) ||
    counted ||
    isPluralRoleNoun(head) ||
    (VAGUE_DETERMINERS.has(first) && !DOCUMENT_NOUNS.has(head))
  ) {
    const affiliation = organisationAfter(words, pp);
    if (affiliation) return affiliation;
    return {
      form: 'group',
      mention,
      name: groupName(words, pp),
      kind: 'unnamed-group',
      role: null,
      gender: null,
      head,
    };
  }
  const kind = kindOfHead(head);
  const role = kind === 'person' ? roleFromDescription(core) : null;
  // "the trade ministry in Drennick": the place only locates the speaker and is not part of its name.
  const located = pp !== -1 && /^(?:in|at)$/.test(words[pp]) && words.slice(pp + 1).every(isCapitalised);
  const name = stripDeterminer(located ? headWords.join(' ') : core);
  return { form: 'description', mention, name, kind, role, gender: genderOfRole(head), head };
}

// "Beekeepers", "the organizers": a plural of a role noun is an unnamed group, not one person.
export function isPluralRoleNoun(head: string): boolean {
  return /(?:[^s]ers|ors|ists|ians|[^o]men)$/.test(head) && !ORG_WORDS.has(head) && !DOCUMENT_NOUNS.has(head);
}

function kindOfHead(head: string): SpeakerKind {
  if (isGovernmentPlace(head) || head === 'government') return 'government';
  if (ORG_WORDS.has(head) || DOCUMENT_NOUNS.has(head)) return 'organization';
  if (TITLE_WORDS.has(head) || ROLE_SUFFIX.test(head)) return 'person';
  return 'organization';
}

function findPrepositionalPhrase(words: string[]): number {
  for (let i = 1; i < words.length; i++) {
    const word = words[i];
    if (!PREPOSITIONS.has(word)) continue;
    // "Bank of England", "Ministry of Health": a connector between capitals is part of the name.
    if (
      CONNECTORS.has(word) &&
      isCapitalised(words[i - 1]) &&
      words[i + 1] !== undefined &&
      isCapitalised(words[i + 1])
    )
      continue;
    return i;
  }
  return -1;
}

// The capitalised words that end the phrase, skipping over connectors inside names.
function trailingNameRun(words: string[], sentenceInitial: boolean): string[] {
  let i = words.length;
  while (i > 0) {
    const word = words[i - 1];
    if (isCapitalised(word) && !isPossessive(word)) i--;
    else if (CONNECTORS.has(word) && i < words.length && i - 1 > 0 && isCapitalised(words[i - 2])) i--;
    else break;
  }
  let run = words.slice(i);
  if (run.length > 1 && bare(run[0]) === 'the') run = run.slice(1);
  // A sentence-initial capital on a common noun ("Observers said") is not a name.
  if (
    run.length === 1 &&
    i === 0 &&
    sentenceInitial &&
    isSpeakerNoun(bare(run[0])) &&
    !isGovernmentPlace(run[0])
  )
    return [];
  if (
    run.length === 1 &&
    i > 0 &&
    bare(words[0]) === 'the' &&
    run[0] !== run[0].toUpperCase() &&
    isSpeakerNoun(bare(run[0])) &&
    !isGovernmentPlace(run[0])
  )
    return [];
  return run;
}

// "Finance Minister Abel Tran" → role "Finance Minister", name words ["Abel", "Tran"]; honorifics are dropped.
function splitTitle(run: string[]): { words: string[]; role: string | null } {
  let lastTitle = -1;
  for (let i = 0; i < run.length - 1; i++) if (TITLE_WORDS.has(bare(run[i]))) lastTitle = i;
  // "Secretary of State John Kerry", "Minister of the Interior Ana Ruiz": the office runs to its name.
  while (lastTitle >= 0 && run[lastTitle + 1] === 'of') {
    const office = run[lastTitle + 2] === 'the' ? 3 : 2;
    if (run.length - (lastTitle + office + 1) < 1) break;
    lastTitle += office;
  }
  // A lone title-word with no name after it is itself the role ("President").
  if (run.length === 1 && TITLE_WORDS.has(bare(run[0]))) return { words: [], role: run[0] };
  const role = lastTitle >= 0 ? run.slice(0, lastTitle + 1).join(' ') : null;
  return { words: run.slice(lastTitle + 1), role };
}

function describeName(words: string[], role: string | null): SourceMention {
  let gender: Gender | null = null;
  let start = 0;
  while (start < words.length - 1 && HONORIFICS.has(bare(words[start]))) {
    const honorific = bare(words[start]);
    if (MALE_HONORIFICS.has(honorific)) gender = 'm';
    if (FEMALE_HONORIFICS.has(honorific)) gender = 'f';
    start++;
  }
  const nameWords = words.slice(start);
  const name = nameWords.join(' ').replace(/[,;:]+$/, '');
  const titled = start > 0 || role !== null;
  const kind = classifyName(nameWords, titled);
  if (kind === 'person' && gender === null)
    gender = genderOfFirstName(nameWords[0]) ?? genderOfRole(bare(role ?? ''));
  return { form: 'name', mention: words.join(' '), name, kind, role, gender, head: null };
}

/** Person, organisation, government or outlet, from the shape of a capitalised name. */
export function classifyName(words: string[], titled: boolean): SpeakerKind {
  const joined = words.join(' ');
  if (isGovernmentPlace(joined)) return 'government';
  const lower = words.map(bare);
  if (lower.some((word) => OUTLET_WORDS.has(word)) && !titled) return 'outlet';
  if (lower.some((word) => ORG_WORDS.has(word))) return 'organization';
  if (words.length === 1 && /^[\p{Lu}&.]{2,7}$/u.test(words[0])) return 'organization';
  if (titled || isKnownFirstName(lower[0])) return 'person';
  if (words.length > 4) return 'organization';
  return 'person';
}

// Words before a name must read as a role ("Russia's top negotiator"), not as a clause ("Exports fell and").
function isRolePhrase(words: string[]): boolean {
  const content = words.filter(
    (word) => !DETERMINERS.has(bare(word)) && !POSSESSIVE_DETERMINERS.has(bare(word)) && !isPossessive(word),
  );
  if (content.length === 0) return true;
  if (content.some((word) => CONNECTORS.has(bare(word)) && bare(word) !== 'of')) return false;
  const last = bare(content[content.length - 1]);
  return isSpeakerNoun(last) || ORG_WORDS.has(last);
}

function isSpeakerNoun(head: string): boolean {
  return (
    SPEAKER_NOUNS.has(head) ||
    ORG_WORDS.has(head) ||
    UNNAMED_GROUP_HEADS.has(head) ||
    TITLE_WORDS.has(head) ||
    DOCUMENT_NOUNS.has(head) ||
    /(?:ist|ian|man|woman|person|eer)s?$|[^o]men$/.test(head) ||
    /(?:er|or)s$/.test(head)
  );
}

function genderOfRole(word: string): Gender | null {
  if (/(?:woman|women|wife|mother|daughter|queen|princess|sister|girl)$/.test(word)) return 'f';
  if (/(?:^|[^o])(?:man|men)$|(?:husband|father|son|king|prince|brother|boy)$/.test(word)) return 'm';
  return null;
}

// Role text as written, without the determiner or a possessor ("the state's chief epidemiologist" → "chief epidemiologist").
function roleFromDescription(description: string): string | null {
  const words = description.trim().split(/\s+/);
  let i = 0;
  while (
    i < words.length &&
    (DETERMINERS.has(bare(words[i])) || POSSESSIVE_DETERMINERS.has(bare(words[i])) || isPossessive(words[i]))
  )
    i++;
  const role = words
    .slice(i)
    .join(' ')
    .replace(/[,;:]+$/, '');
  return role.length > 0 ? role : null;
}

function joinRole(before: string[], title: string | null): string | null {
  const described = before.length > 0 ? roleFromDescription(before.join(' ')) : null;
  const meaningful =
    described && !DETERMINERS.has(described.toLowerCase()) && !isPlaceWord(described) ? described : null;
  if (meaningful && title) return `${meaningful} ${title}`;
  return meaningful ?? title;
}

function stripDeterminer(text: string): string {
  return text.replace(/^(?:the|a|an)\s+/i, '');
}

// The canonical name of a vague source: its head and plain modifiers ("shipping agents in the port" →
// "shipping agents"), without determiners, proper adjectives or locations, keeping "familiar with …"
// and a count above one ("two people familiar with the matter").
function groupName(words: string[], pp: number): string {
  const head = pp === -1 ? words : words.slice(0, pp);
  const kept = head.filter((word, i) => {
    const lower = bare(word);
    if (
      i === 0 &&
      /^(?:a|an|the|one|some|several|many|most|few|various|certain|numerous|multiple)$/.test(lower)
    )
      return false;
    if (DETERMINERS.has(lower) || POSSESSIVE_DETERMINERS.has(lower) || isPossessive(word)) return false;
    return !isCapitalised(word) || (i === 0 && !DEMONYM.test(word));
  });
  // A capital on the first kept word is the sentence's ("Climate scientists said").
  const name = kept.map((word, i) => (i === 0 ? word.toLowerCase() : word));
  // "people involved in the tender", "officials with knowledge of the plan": what makes the source a source.
  const familiar =
    pp !== -1 &&
    (/^(?:familiar|close|briefed|involved|aware|knowledgeable|privy)$/.test(bare(words[pp])) ||
      (bare(words[pp]) === 'with' && bare(words[pp + 1] ?? '') === 'knowledge'))
      ? words.slice(pp)
      : [];
  const joined = [...name, ...familiar].join(' ').replace(/[,;:]+$/, '');
  // "Some said …": nothing but a quantifier is left, so the quantifier is the name.
  return joined || words.join(' ').toLowerCase();
}

// "Monitors from the League for Fair Voting": a group sent by a named organisation speaks for it.
function organisationAfter(words: string[], pp: number): SourceMention | null {
  // "A former engineer at Tarn Valley Water" speaks for herself; only a group is sent by its organisation.
  if (pp === -1 || !/^(?:from|of|at|with)$/.test(words[pp]) || !/s$/.test(bare(words[pp - 1]))) return null;
  const rest = words.slice(pp + 1);
  if (rest[0] && bare(rest[0]) === 'the') rest.shift();
  const run: string[] = [];
  for (const word of rest) {
    if (isCapitalised(word) || (CONNECTORS.has(word) && run.length > 0)) run.push(word);
    else break;
  }
  if (run.length === 0 || run.length !== rest.length) return null;
  const named = describeName(run, null);
  return named.kind === 'organization' ? named : null;
}

const AGE_NOUN = /^\d{1,3}-year-old$/;

// "Russian officials", "Western diplomats", "Israeli analysts": a proper adjective, not part of the group's name.
const DEMONYM = /^(?:\p{Lu}\p{L}*(?:an|ese|ish|i|ic|ch)|Western|Eastern|Northern|Southern)$/u;

function lastWord(text: string): string | null {
  const words = text.trim().split(/\s+/);
  return words.length > 0 ? bare(words[words.length - 1]) : null;
}

/** A capitalised run from running text read as a person or organisation, when its shape is clear enough. */
export function parseNameRun(run: string): SourceMention | null {
  const words = run.split(/\s+/);
  // "On Monday Kofi Mensah": sentence openers and dates are not part of the name.
  while (
    words.length > 1 &&
    (LEADING_CONNECTIVES.has(bare(words[0])) ||
      DETERMINERS.has(bare(words[0])) ||
      CALENDAR.test(words[0]) ||
      isPossessive(words[0]))
  )
    words.shift();
  const titled = splitTitle(words);
  // "Sen. Tammy Reyes of Wisconsin": the place says where she is from, it is not part of her name.
  const of = titled.words.indexOf('of');
  if (of > 1 && (titled.role !== null || isKnownFirstName(bare(titled.words[0]))))
    titled.words = titled.words.slice(0, of);
  if (titled.words.length === 0) return null;
  const named = describeName(titled.words, titled.role);
  const clear =
    named.kind === 'person'
      ? titled.role !== null || titled.words.length >= 2 || named.mention !== named.name
      : named.kind !== 'outlet';
  return clear ? named : null;
}

const CALENDAR =
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)$/;
