// Reads a noun phrase in source position that is more than a name: a description ("the trade
// ministry in Drennick"), an unnamed group ("two people familiar with the matter") or a named person
// after a role ("Russia's top negotiator Vladimir Medinsky").
import { isKnownFirstName } from './first-names';
import { isPlaceWord, isGovernmentPlace } from './gazetteer';
import {
  DETERMINERS,
  DOCUMENT_NOUNS,
  GROUP_QUANTIFIERS,
  HONORIFICS,
  ORG_WORDS,
  POSSESSIVE_DETERMINERS,
  TITLE_WORDS,
  UNNAMED_GROUP_HEADS,
  VAGUE_DETERMINERS,
} from './lexicon';
import { onlyQualifiesName } from './name-modifiers';
import type { SourceMention } from './source-mention';
import { describeName, isRolePhrase, splitTitle, trailingNameRun, withoutHomePlace } from './source-names';
import {
  CONNECTORS,
  bare,
  genderOfRole,
  isCapitalised,
  isPossessive,
  isSpeakerNoun,
  lastWord,
  stripDeterminer,
} from './source-words';
import { SpeakerKind } from './types';

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

const TIME_SPANS =
  /^(?:seconds|minutes|hours|days|nights|weeks|months|years|decades|centuries|seasons|terms)$/;

const ROLE_SUFFIX = /(?:ist|ian|er|or|man|woman|person|eer|ee|ent|ant|ive|ary|ess)s?$/;

export function parseNounPhrase(
  mention: string,
  core: string,
  sentenceInitial: boolean,
): SourceMention | null {
  const words = core.split(/\s+/);
  const pp = findPrepositionalPhrase(words);
  const headWords = pp === -1 ? words : words.slice(0, pp);
  if (headWords.length === 0) return null;
  // "Hundreds of families in the estate": a count of a group names the group with its count, and is no
  // person called "Hundreds".
  const count = bare(headWords[0]);
  if (headWords.length === 1 && LARGE_COUNTS.test(count) && words[pp] === 'of') {
    const counted = parseNounPhrase(mention, words.slice(pp + 1).join(' '), false);
    return counted && counted.form === 'group' ? { ...counted, name: `${count} of ${counted.name}` } : null;
  }
  const run = trailingNameRun(headWords, sentenceInitial);
  if (run.length > 0) {
    const before = headWords.slice(0, headWords.length - run.length);
    const titled = withoutHomePlace(splitTitle(run));
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
    // "Former prosecutor and Harbour City Mayor Tom Ellery": two roles joined before a titled name.
    const twoRoles =
      titled.role !== null &&
      before.length > 1 &&
      before[before.length - 1] === 'and' &&
      isRolePhrase(before.slice(0, -1));
    // "the former CEO of Hewlett-Packard" is an office and its body, with no name after the title.
    const qualified =
      isCapitalised(titled.words[0]) &&
      onlyQualifiesName(before, titled.role !== null || HONORIFICS.has(bare(titled.words[0])));
    if (!twoRoles && !qualified && !isRolePhrase(before)) return null;
    const named = describeName(titled.words, titled.role);
    // "president and CEO of Harbour Restaurant Association" names the body, not its head.
    if (twoRoles && !isRolePhrase(before) && named.kind !== 'person') return null;
    const role = joinRole(before, named.role);
    return { ...named, mention, role };
  }
  const head = bare(headWords[headWords.length - 1]);
  const first = bare(headWords[0]);
  // "Several teammates", "two bystanders": after a count, any plural noun is a group of people.
  // "after eight years in charge, said": a span of time is counted too, but says nothing.
  const counted =
    headWords.length > 1 &&
    GROUP_QUANTIFIERS.has(first) &&
    /^\p{Ll}[\p{Ll}-]+s$/u.test(headWords[headWords.length - 1]) &&
    !TIME_SPANS.test(head);
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
  // "The report published Tuesday": what was done to it, and when, is no part of its name either.
  const dated = pp !== -1 && /^(?:published|released|commissioned|conducted)$/.test(words[pp]);
  // "Its water ministry said": the possessive determiner says whose the body is and is no part of its name.
  const name = stripDeterminer(located || dated ? headWords.join(' ') : core).replace(
    /^(?:its|their)\s+/i,
    '',
  );
  return { form: 'description', mention, name, kind, role, gender: genderOfRole(head), head };
}

// "Beekeepers", "the organizers": a plural of a role noun is an unnamed group, not one person.
export function isPluralRoleNoun(head: string): boolean {
  return /(?:[^s]ers|ors|ists|ians|[^o]men)$/.test(head) && !ORG_WORDS.has(head) && !DOCUMENT_NOUNS.has(head);
}

export function kindOfHead(head: string): SpeakerKind {
  if (isGovernmentPlace(head) || head === 'government') return 'government';
  if (ORG_WORDS.has(head) || DOCUMENT_NOUNS.has(head)) return 'organization';
  if (TITLE_WORDS.has(head) || ROLE_SUFFIX.test(head)) return 'person';
  return 'organization';
}

function findPrepositionalPhrase(words: string[]): number {
  for (let i = 1; i < words.length; i++) {
    const word = words[i];
    if (!PREPOSITIONS.has(word)) continue;
    // "an inside source": right after a determiner, "inside" describes the noun after it.
    if (word === 'inside' && DETERMINERS.has(bare(words[i - 1]))) continue;
    // "Bank of England", "Ministry of Health": a connector between capitals is part of the name.
    // "Minister of the Interior Ana Ruiz": after a title, "of the" before a capital is inside the office.
    const office = word === 'of' && words[i + 1] === 'the' && TITLE_WORDS.has(bare(words[i - 1]));
    const next = office ? words[i + 2] : words[i + 1];
    if (
      CONNECTORS.has(word) &&
      isCapitalised(words[i - 1]) &&
      // "Some of Tran's allies": a sentence-initial quantifier is no part of a name.
      !GROUP_QUANTIFIERS.has(bare(words[i - 1])) &&
      !VAGUE_DETERMINERS.has(bare(words[i - 1])) &&
      next !== undefined &&
      isCapitalised(next) &&
      !hometown(words, i)
    )
      continue;
    return i;
  }
  return -1;
}

// "Thomas May of Klamath Falls": after a first name and a surname, "of" and a capital say where the
// person is from; "Bank of England" has no first name before its "of".
function hometown(words: string[], of: number): boolean {
  return (
    words[of] === 'of' &&
    of >= 2 &&
    isKnownFirstName(bare(words[0])) &&
    words.slice(0, of).every((word) => isCapitalised(word))
  );
}

// Role text as written, without the determiner or a possessor ("the state's chief epidemiologist" → "chief epidemiologist").
export function roleFromDescription(description: string): string | null {
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

// The canonical name of a vague source: its head and plain modifiers ("shipping agents in the port" →
// "shipping agents"), without determiners, proper adjectives or locations, keeping "familiar with …"
// and a count above one ("two people familiar with the matter").
function groupName(words: string[], pp: number): string {
  const head = pp === -1 ? words : words.slice(0, pp);
  // "Bank of England officials", "Federal Reserve officials": a name of several words before the noun only
  // says whose the group is, and no word of it belongs in the group's name.
  // A count opening the phrase ("Two-thirds of Democratic insiders") is the group's own word.
  const counted = /^(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|half)/i.test(head[0]);
  let affiliation = 0;
  while (
    !counted &&
    affiliation < head.length - 1 &&
    (isCapitalised(head[affiliation]) ||
      (CONNECTORS.has(head[affiliation]) && affiliation > 0 && isCapitalised(head[affiliation + 1])))
  )
    affiliation++;
  const kept = head.filter((word, i) => {
    if (affiliation > 1 && i < affiliation) return false;
    const lower = bare(word);
    if (
      i === 0 &&
      /^(?:a|an|the|one|some|several|many|most|few|various|certain|numerous|multiple)$/.test(lower)
    )
      return false;
    if (DETERMINERS.has(lower) || POSSESSIVE_DETERMINERS.has(lower) || isPossessive(word)) return false;
    // "A senior Australian official", "Western diplomats": whose officials they are tells two groups apart.
    return !isCapitalised(word) || i === 0 || DEMONYM.test(word);
  });
  // A capital on the first kept word is the sentence's ("Climate scientists said"), unless it is a demonym's.
  const name = kept.map((word, i) => (i === 0 && !DEMONYM.test(word) ? word.toLowerCase() : word));
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
  // "Two dozen members of Congress", "members of the Harbor Party": members speak as some of its members,
  // not for the body (its staff do: "forecasters at the Weather Service").
  if (bare(words[pp - 1]) === 'members') return null;
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

const LARGE_COUNTS = /^(?:dozens|hundreds|thousands|millions|scores|tens)$/;

const AGE_NOUN = /^\d{1,3}-year-old$/;

// "Russian officials", "Western diplomats", "Israeli analysts": a proper adjective, not part of the group's name.
const DEMONYM = /^(?:\p{Lu}\p{L}*(?:an|ese|ish|i|ic|ch)|Western|Eastern|Northern|Southern)$/u;
