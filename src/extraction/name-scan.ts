// Names introduced outside any attribution ("… was led by Defense Minister Abel Tran.") are still
// the people a later "Tran said" or "he said" refers to, so they are noticed as they pass.
import { isEpithetRun } from './epithets';
import { COMPANY_DESCRIPTORS, GROUP_QUANTIFIERS, UNNAMED_GROUP_HEADS } from './lexicon';
import { SourceMention, parseSourceMention } from './source-mention';
import { parseNameRun } from './source-names';
import { SpeakerMemory } from './speaker-memory';
import { WordShapes, letterAt, nextLetter, wordEnd } from './words';

const PARTY_END = /\s(?:Republican|Democratic|Democrat|Independent|Libertarian)$/;
const NAME_RUN = /(?:[\p{Lu}][\p{L}'’.-]*\s+(?:(?:of|for|de|van|von|bin|al)\s+)?)+[\p{Lu}][\p{L}'’-]*/gu;

// "Pellow, the kettle maker, recalled …": a name described as a business is one, however it looks.
const DESCRIBED_NAME =
  /(\p{Lu}[\p{L}'’&-]*(?:\s+(?:&\s+)?\p{Lu}[\p{L}'’-]*)*),\s+(?:the|a|an)\s+(?:[\p{L}'’-]+\s+){0,3}?([\p{Ll}-]+)(?=[,.;])/gu;

const BRACKETED_ALIAS = /((?:\p{Lu}[\p{L}'’-]*\s+(?:(?:of|for|and|on|the)\s+)*)+)\(([\p{Lu}&]{2,8})\)/gu;

/** The names a sentence mentions, read once and noticed twice (before and after its claims resolve). */
export function readNames(sentence: string, memory: SpeakerMemory): SourceMention[] {
  const names: SourceMention[] = [];
  if (/,\s+(?:the|a|an)\s/.test(sentence)) {
    for (const match of sentence.matchAll(DESCRIBED_NAME)) {
      if (!COMPANY_DESCRIPTORS.has(match[2])) continue;
      const mention = parseSourceMention(`${match[0]},`, false);
      if (mention?.form === 'name' && mention.kind === 'organization') names.push(mention);
    }
  }
  if (sentence.includes('(')) {
    for (const match of sentence.matchAll(BRACKETED_ALIAS)) {
      const mention = parseNameRun(match[1].trim());
      if (mention && mention.kind !== 'person') memory.alias(match[2], mention.name);
    }
  }
  for (const match of sentence.matchAll(NAME_RUN)) {
    // A possessive ends the name: "Russia's delegation" names no speaker.
    let run = match[0].replace(/['’]s?$/, '');
    // "Voltara Inc." keeps its stop, as the company's name is written with it.
    if (/\b(?:Inc|Corp|Ltd|Co|Jr|Sr|Plc)$/.test(run) && sentence[match.index! + run.length] === '.')
      run += '.';
    // "said the Kentucky Republican": a lower-case "the" before the run makes it an epithet too.
    const article = /(?:^|\s)the\s+$/.test(sentence.slice(Math.max(0, match.index! - 5), match.index!));
    if (isEpithetRun(article ? `the ${run}` : run)) continue;
    // "next week's New York Republican primary": a party before a lower-case noun is an adjective.
    if (PARTY_END.test(run) && /^\s+\p{Ll}/u.test(sentence.slice(match.index! + run.length))) continue;
    const mention = parseNameRun(run);
    if (mention) names.push(mention);
  }
  return names;
}

export function noticeNames(
  sentence: string,
  names: SourceMention[],
  memory: SpeakerMemory,
  index: number,
  salient: boolean,
): void {
  for (const mention of names) memory.notice(mention, index, salient);
  // A lone surname of someone already known ("Olsen has no plans to move.") makes them the topic again.
  if (salient)
    for (const match of sentence.matchAll(/\b\p{Lu}[\p{L}'’-]+/gu)) memory.touchSurname(match[0], index);
}

const APPOSED_SUBJECT = /^[^,]{3,60},\s+\p{Lu}[^,]{2,40},/u;

// Openers before a sentence's subject ("But the agency …", "Meanwhile, Tarsk …").
const OPENER = /^(?:(?:but|and|yet|still|meanwhile|however|separately|instead|now)\b,?\s+)?/i;

/** In a sentence that quotes nobody, its subject is the topic a following "it" or "he" refers to. */
export function noticeSubject(sentence: string, memory: SpeakerMemory, index: number): void {
  const start = OPENER.exec(sentence)![0].length;
  // "Tom Lee's deputy, Marco Ruiz, spoke first.": a subject with its name in apposition is the one named.
  const apposed = APPOSED_SUBJECT.exec(sentence.slice(start));
  const named = apposed && parseSourceMention(apposed[0], start === 0);
  if (named?.form === 'name') return memory.noticeSubject(named, index);
  const words = sentence.slice(start).split(/\s+/, 7);
  // The subject is the longest run of words that reads as a source, ending where the verb begins
  // ("The agency | sent the report", not "The agency sent the report").
  let subject = null;
  for (let count = 1; count < words.length && count <= 5; count++) {
    const found = /[,;:]$/.test(words[count - 1])
      ? null
      : parseSourceMention(words.slice(0, count).join(' '), start === 0);
    if (!found && subject) break;
    if (found && /^\p{Ll}/u.test(words[count])) subject = found;
  }
  if (subject) memory.noticeSubject(subject, index);
}

/**
 * "Fallon fired back: “…,” he wrote", "Clinton, though she praised Garland, said": a person named as the
 * sentence's subject, whom a "he" or "she" later in the same sentence refers to before anyone named earlier;
 * "Democrats focused on what they said …": a group as the subject, for a "they" later in it.
 */
export function sentenceSubject(sentence: string, group: boolean): SourceMention | null {
  const start = OPENER.exec(sentence)![0].length;
  const words = sentence.slice(start).split(/\s+/, 6);
  let subject: SourceMention | null = null;
  for (let count = 1; count < words.length && count <= 5; count++) {
    const comma = /,$/.test(words[count - 1]);
    // A group's words may be lower case ("Other Republican candidates"); a person's name is capitalised.
    if (!group && !/^\p{Lu}/u.test(words[count - 1]) && !comma) break;
    const found = parseSourceMention(words.slice(0, count).join(' '), start === 0);
    const fits = group
      ? found?.form === 'group' || (found?.form === 'name' && found.kind === 'unnamed-group')
      : found?.form === 'name' && found.kind === 'person';
    if (fits && (comma || /^\p{Ll}/u.test(words[count]))) subject = found;
    if (comma) break;
  }
  return subject;
}

// "several told reporters", "others said": a quantifier standing for a group names no group itself.
const QUANTIFIER_SUBJECT =
  /^(?:several|others|some|many|most|both|few|one)\s+(?:of them\s+)?(?:\p{Ll}+ly\s+)?(?:said|say|says|told|added|argued|called|warned|insisted|claimed|complained|agreed)\b/iu;

// Words that are neither a quantifier nor a group's head are passed over without a lookup.
const GROUP_SHAPES = new WordShapes([...GROUP_QUANTIFIERS, ...UNNAMED_GROUP_HEADS]);

/** Plural nouns for people ("Critics were divided"), kept so a later "others said" can refer to them. */
export function noticeGroups(masked: string, memory: SpeakerMemory, index: number): void {
  // Words are read from the lower-cased sentence (one call, not one a word) unless that changed its length.
  const lowered = masked.toLowerCase();
  const scanned = lowered.length === masked.length ? lowered : masked;
  // Words of two letters or more, as /[\p{L}][\p{L}-]+/gu reads them.
  let end = 0;
  for (let at = nextLetter(scanned, 0); at >= 0; at = nextLetter(scanned, end)) {
    end = wordEnd(scanned, at, false);
    if (end === at + letterAt(scanned, at)) continue;
    if (scanned === lowered && !GROUP_SHAPES.mayHold(scanned, at, end)) continue;
    const length = end - at;
    const found = scanned.slice(at, end);
    const lower = scanned === lowered ? found : found.toLowerCase();
    if (GROUP_QUANTIFIERS.has(lower)) {
      if (QUANTIFIER_SUBJECT.test(masked.slice(at, at + 40))) return;
      continue;
    }
    // Only nouns that are surely people count here ("numbers" ends like "farmers"); a plural
    // subject of any kind is taken by noticeSubject.
    if (lower === 'people' || !UNNAMED_GROUP_HEADS.has(lower)) continue;
    // Capitals inside a sentence belong to names ("Property Agents Federation").
    const word = masked.slice(at, at + length);
    if (word !== lower && masked.slice(0, at).trim() !== '') continue;
    memory.noticeGroup(lower, lower, index);
  }
}
