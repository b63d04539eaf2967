// Reads proper names in source position: the capitalised run that ends a phrase, a title before it
// ("Finance Minister Abel Tran"), honorifics and gender, and whether the name is a person's.
import { Gender, genderOfFirstName, isKnownFirstName } from './first-names';
import { isGovernmentPlace } from './gazetteer';
import {
  BUSINESS_ENDINGS,
  DETERMINERS,
  FEMALE_HONORIFICS,
  HONORIFICS,
  LEADING_CONNECTIVES,
  MALE_HONORIFICS,
  MONTH_NAMES,
  ORG_WORDS,
  OUTLET_WORDS,
  POSSESSIVE_DETERMINERS,
  TITLE_WORDS,
  WEEKDAY_NAMES,
} from './lexicon';
import { leadingRanks } from './ranks';
import type { SourceMention } from './source-mention';
import {
  CONNECTORS,
  bare,
  genderOfRole,
  isCapitalised,
  isListedSpeakerNoun,
  isPossessive,
  isSpeakerNoun,
} from './source-words';
import { SpeakerKind } from './types';

// The capitalised words that end the phrase, skipping over connectors inside names.
export function trailingNameRun(words: string[], sentenceInitial: boolean): string[] {
  let i = words.length;
  while (i > 0) {
    const word = words[i - 1];
    if (isCapitalised(word) && !isPossessive(word)) i--;
    else if (CONNECTORS.has(word) && i < words.length && i - 1 > 0 && isCapitalised(words[i - 2])) i--;
    // "Minister of the Interior": "the" after a title's "of" is inside the office.
    else if (
      word === 'the' &&
      i < words.length &&
      words[i - 2] === 'of' &&
      i - 2 > 0 &&
      TITLE_WORDS.has(bare(words[i - 3]))
    )
      i--;
    else break;
  }
  let run = words.slice(i);
  if (run.length > 1 && bare(run[0]) === 'the') run = run.slice(1);
  // "Texas-based Tom Hale": where someone works from qualifies the name (name-modifiers.ts).
  if (run.length > 1 && BASED_IN.test(run[0])) run = run.slice(1);
  // "suspended his campaign Wednesday": a day or month after a role word is a time, never a name.
  if (run.length === 1 && i > 0 && CALENDAR_WORD.test(bare(run[0]))) return [];
  // A sentence-initial capital on a common noun ("Observers said") is not a name; a singular guessed
  // from its ending alone ("Friedman", "Brian") is a surname or first name, as a bare singular role noun
  // cannot open a sentence.
  if (
    run.length === 1 &&
    i === 0 &&
    sentenceInitial &&
    isSpeakerNoun(bare(run[0])) &&
    (isListedSpeakerNoun(bare(run[0])) || /(?:s|men)$/.test(run[0])) &&
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

export const BASED_IN = /^\p{Lu}[\p{L}.]*-based$/u;

// Not "May": after a role word it is a surname ("Prime Minister May").
const CALENDAR_WORD = new RegExp(
  `^(?:${[...WEEKDAY_NAMES, ...MONTH_NAMES.filter((month) => month !== 'May')].join('|')})$`,
  'i',
);

// "Finance Minister Abel Tran" → role "Finance Minister", name words ["Abel", "Tran"]; honorifics are dropped.
export function splitTitle(run: string[]): { words: string[]; role: string | null } {
  let lastTitle = -1;
  for (let i = 0; i < run.length - 1; i++)
    if (TITLE_WORDS.has(bare(run[i])) && !afterGivenName(run, i)) lastTitle = i;
  // "Secretary of State John Kerry", "Minister of the Interior Ana Ruiz": the office runs to its name.
  while (lastTitle >= 0 && run[lastTitle + 1] === 'of') {
    const office = run[lastTitle + 2] === 'the' ? 3 : 2;
    if (run.length - (lastTitle + office + 1) < 1) break;
    lastTitle += office;
    // "Director of Government Affairs Phil Smith": the office runs on while more than a full name is left
    // and the next word is no first name.
    while (run.length - (lastTitle + 1) > 2 && !isKnownFirstName(bare(run[lastTitle + 1]))) lastTitle++;
  }
  // "Local GP Dr Helen Marsh": an honorific inside the run starts the name, and the words before it are a role.
  // "Mr. Autor and Mr. Hanson" are two names, not a role before one.
  const honorific = run.findIndex((word, i) => i > 0 && i < run.length - 1 && HONORIFICS.has(bare(word)));
  const roleBefore = run
    .slice(0, honorific)
    .every((word) => !CONNECTORS.has(word) && !HONORIFICS.has(bare(word)));
  if (honorific > lastTitle + 1 && roleBefore) lastTitle = honorific - 1;
  lastTitle = Math.max(lastTitle, leadingRanks(run) - 1);
  // A lone title-word with no name after it is itself the role ("President").
  if (run.length === 1 && TITLE_WORDS.has(bare(run[0]))) return { words: [], role: run[0] };
  // "Host Paula Reyes", "GUEST LEON PRATT:": a capitalised role word before a full name is the role, not a
  // first name, or every later "Reyes" would resolve to a "Host Paula Reyes".
  if (lastTitle < 0 && run.length >= 3 && ROLES_BEFORE_NAMES.has(bare(run[0]))) lastTitle = 0;
  const role = lastTitle >= 0 ? run.slice(0, lastTitle + 1).join(' ') : null;
  return { words: run.slice(lastTitle + 1), role };
}

/**
 * "Sen. Tammy Reyes of Wisconsin", "Mr. Nevins of Showtime": the place or employer says where a person is
 * from, it is not part of the name (a body's "of" is: "Institute of Politics").
 */
export function withoutHomePlace(titled: { words: string[]; role: string | null }): {
  words: string[];
  role: string | null;
} {
  const of = titled.words.indexOf('of');
  const first = bare(titled.words[0] ?? '');
  const person = titled.role !== null || isKnownFirstName(first) || HONORIFICS.has(first);
  return of > 1 && person ? { ...titled, words: titled.words.slice(0, of) } : titled;
}

// "Peter T. King of New York", "Anna King": a title word after a first name or an initial is a surname.
function afterGivenName(run: string[], i: number): boolean {
  const before = run[i - 1] ?? '';
  return /^\p{Lu}\.$/u.test(before) || (isKnownFirstName(bare(before)) && !TITLE_WORDS.has(bare(before)));
}

export function describeName(words: string[], role: string | null): SourceMention {
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
  // "Republicans", "Cuban Americans": a party's members or a people are a group, not a person.
  if (words.length <= 3 && PEOPLE_PLURALS.test(words[words.length - 1])) return 'unnamed-group';
  if (lower.some((word) => ORG_WORDS.has(word))) return 'organization';
  // "Skylark Air": a business word ends the name; "Tom Power" keeps a known first name's person.
  if (
    words.length > 1 &&
    !titled &&
    BUSINESS_ENDINGS.has(lower[lower.length - 1]) &&
    !(words.length === 2 && isKnownFirstName(lower[0]))
  )
    return 'organization';
  if (words.length === 1 && /^[\p{Lu}&.]{2,7}$/u.test(words[0])) return 'organization';
  if (titled || isKnownFirstName(lower[0])) return 'person';
  if (words.length > 4) return 'organization';
  return 'person';
}

const PEOPLE_PLURALS =
  /^(?:Republicans|Democrats|Independents|Conservatives|Liberals|Progressives|Libertarians|Americans|Europeans|Muslims|Christians|Catholics|Evangelicals|Jews|Latinos|Hispanics)$/;

// A part that is nothing but a (possibly titled) name: "Jane Roe", "Finance Minister Abel Tran".
export function asBareName(part: string): { words: string[]; role: string | null } | null {
  const words = part.split(/\s+/);
  if (
    !words.every((word, i) => isCapitalised(word) || (CONNECTORS.has(word) && i > 0 && i < words.length - 1))
  )
    return null;
  // "Justice" alone is a title with no name after it, not a name ("On March 3, Justice officials …").
  const titled = withoutHomePlace(splitTitle(words));
  return titled.words.length > 0 ? titled : null;
}

// Words before a name must read as a role ("Russia's top negotiator"), not as a clause ("Exports fell and").
export function isRolePhrase(words: string[]): boolean {
  // "Harbor Forum's Dana Holtz-Eakin": the possessor's own words are a name, not a role.
  const possessor = words.map((word) => isPossessive(word)).lastIndexOf(true);
  const content = words
    .slice(possessor + 1)
    .filter(
      (word) =>
        !DETERMINERS.has(bare(word)) && !POSSESSIVE_DETERMINERS.has(bare(word)) && !isPossessive(word),
    );
  if (content.length === 0) return true;
  if (content.some((word) => CONNECTORS.has(bare(word)) && bare(word) !== 'of')) return false;
  const last = bare(content[content.length - 1]);
  return isSpeakerNoun(last) || ORG_WORDS.has(last) || ROLES_BEFORE_NAMES.has(last);
}

/** "host", "moderator": a role that can stand before a name or alone as a transcript label. */
export function isRoleWord(word: string): boolean {
  return ROLES_BEFORE_NAMES.has(bare(word)) || TITLE_WORDS.has(bare(word));
}

// Singular roles written in lower case before a name ("Texas delegate Bill Eastland", "pollster Ann
// Selzer") that the suffix tests for speaker nouns miss; as heads of their own they stay unknown.
const ROLES_BEFORE_NAMES = new Set([
  'delegate',
  'pollster',
  'host',
  'voter',
  'billionaire',
  'commentator',
  'anchor',
  'correspondent',
  'reporter',
  'writer',
  'author',
  'actor',
  'actress',
  'singer',
  'comedian',
  'consultant',
  'operative',
  'organizer',
  'organiser',
  'donor',
  'candidate',
  'nominee',
  'challenger',
  'hopeful',
  'volunteer',
  'supporter',
  'resident',
  'retiree',
  'student',
  'teacher',
  'pastor',
  'blogger',
  'expert',
  'veteran',
  'owner',
  'worker',
  'farmer',
  'protester',
  'entrepreneur',
  'investor',
  'producer',
  'filmmaker',
  'lawmaker',
  'legislator',
  'nurse',
  'doctor',
  'driver',
  'guest',
  'moderator',
  'presenter',
  'panelist',
  'caller',
]);

/** A capitalised run from running text read as a person or organisation, when its shape is clear enough. */
export function parseNameRun(run: string): SourceMention | null {
  const words = run.split(/\s+/);
  // "On Monday Kofi Mensah": sentence openers and dates are not part of the name.
  while (
    words.length > 1 &&
    (LEADING_CONNECTIVES.has(bare(words[0])) ||
      DETERMINERS.has(bare(words[0])) ||
      CALENDAR.test(words[0]) ||
      LEADING_PREPOSITIONS.has(words[0]) ||
      BASED_IN.test(words[0]) ||
      isPossessive(words[0]))
  )
    words.shift();
  const titled = withoutHomePlace(splitTitle(words));
  if (titled.words.length === 0) return null;
  const named = describeName(titled.words, titled.role);
  const clear =
    named.kind === 'person'
      ? titled.role !== null || titled.words.length >= 2 || named.mention !== named.name
      : named.kind !== 'outlet';
  return clear ? named : null;
}

// "To Mara Ellis, the plan …", "Of Ode's aides, …": a capitalised preposition or conjunction opening the
// sentence is not the first word of the name that follows it.
const LEADING_PREPOSITIONS = new Set([
  'To',
  'Of',
  'About',
  'Against',
  'Among',
  'Between',
  'Toward',
  'Towards',
  'Through',
  'Throughout',
  'Until',
  'Into',
  'Upon',
  'Within',
  'Beyond',
  'Behind',
  'Besides',
  'Including',
  'Although',
  'Though',
  'Because',
  'If',
  'Unless',
  'Whereas',
  'Or',
  'Nor',
  'Even',
  'Only',
  'Not',
  'Across',
  'Around',
  'Along',
  'Inside',
  'Outside',
]);

const CALENDAR = new RegExp(
  `^(?:${[...WEEKDAY_NAMES, ...MONTH_NAMES].join('|')}|Jan\\.|Feb\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)$`,
);
