// Finds who speaks when the words before a cue are more than a plain source: a subject with asides
// ("Marley Anderson, 21, a junior from Las Vegas, said"), a subject shared by two verbs ("He toured
// the plant and said …"), a subordinate clause ("While a federal judge said …, the state …"), a
// relative pronoun ("Mr. Sanders, who said …") or a quantity ("85% of Democrats said"). Part-of-speech
// tags decide where the noun phrase ends; source-mention.ts still reads it when it can.
import { isKnownFirstName, genderOfFirstName } from './first-names';
import { skipLeadingAdverbial } from './leading-adverbial';
import { LEADING_CONNECTIVES } from './lexicon';
import { TaggedToken } from './pos';
import { Break, SentenceView, tagsOf } from './sentence-view';
import { SourceMention, parseSourceMention } from './source-mention';
import { classifyName } from './source-names';

export interface Subject {
  mention: SourceMention;
  start: number;
  end: number;
  boundary: Break;
  // Where the attributed content must end: a subordinate clause ends at its comma.
  contentEnd: number | null;
}

// "Although in September she said …": a time may stand between the conjunction and the subject.
const SUBORDINATOR =
  /^(?:while|when|whereas|after|because|although|though|if|since|before|until|once|even though|even as|as)\s+(?:(?:in|on|by|last|this)\s+(?:\p{Lu}\p{Ll}+|\d{4}|week|month|year)\s+(?=\p{L}))?/iu;
const NOMINAL = new Set([
  'NOUN',
  'PROPN',
  'PRON',
  'NUM',
  'ADJ',
  'DET',
  'PART',
  'ADP',
  'CCONJ',
  'PUNCT',
  'SYM',
  'ADV',
  'X',
]);
// Quantities that head a phrase with "of" after them: the people counted are who speak ("half of voters").
const QUANTITY =
  /^(?:half|third|quarter|majority|majorities|minority|most|many|some|all|none|few|plurality|share|number|percent|per cent|%|\d+%?|one|two|three|four|five|six|seven|eight|nine|ten|dozen)$/i;
/** The subject of the clause that ends at `sourceEnd`, the cue's position less its auxiliaries. */
export function clauseSubject(view: SentenceView, breaks: Break[], sourceEnd: number): Subject | null {
  const { text } = view;
  let clause = breaks.filter((brk) => brk.pos <= sourceEnd && brk.kind !== 'comma').pop()!;
  // "Gareth Pell, 52, a driver who has worked the line for years, said": a relative clause inside a
  // closed aside belongs to the subject, which starts before it.
  while (
    clause.kind === 'relative' &&
    /,\s*$/.test(text.slice(clause.pos, sourceEnd)) &&
    /,\s*$/.test(text.slice(0, clause.leftEnd + 1)) === false
  ) {
    const earlier = breaks.filter((brk) => brk.pos < clause.leftEnd && brk.kind !== 'comma').pop();
    if (!earlier) break;
    clause = earlier;
  }
  // "Current and former officials who spoke with The Post said": a restrictive relative clause is part
  // of the subject, which is the noun phrase before "who".
  if (
    clause.kind === 'relative' &&
    /\bwho\s*$/i.test(text.slice(0, clause.pos)) &&
    !/,\s*$/.test(text.slice(0, clause.leftEnd + 1)) &&
    !/[,;]/.test(text.slice(clause.pos, sourceEnd)) &&
    /\S/.test(text.slice(clause.pos, sourceEnd))
  ) {
    const earlier = breaks.filter((brk) => brk.pos < clause.leftEnd && brk.kind !== 'comma').pop();
    const from = earlier
      ? earlier.kind === 'start'
        ? skipLeadingAdverbial(text, 0, clause.leftEnd)
        : earlier.pos
      : 0;
    const phrase = earlier ? nounPhrase(view, from, clause.leftEnd) : null;
    if (earlier && phrase && phrase.mention.form !== 'pronoun')
      return {
        mention: phrase.mention,
        start: phrase.start,
        end: sourceEnd,
        boundary: from > earlier.pos ? { kind: 'lead', pos: phrase.start, leftEnd: from } : earlier,
        contentEnd: null,
      };
  }
  const opening = clause.kind === 'start' ? null : /^\s*(?:but|and|yet|so)\s+/i.exec(text.slice(clause.pos));
  const start =
    clause.kind === 'start'
      ? skipLeadingAdverbial(text, 0, sourceEnd)
      : clause.pos + (opening?.[0].length ?? 0);
  const chunk = text.slice(start, sourceEnd);
  if (chunk.trim() === '') {
    if (clause.kind === 'relative') return antecedent(view, clause);
    // "…, and said …" (the break took the "and") or "… “the crews,” and said …".
    const andAt = opening ? clause.pos : clause.leftEnd;
    const earlier = breaks.filter((brk) => brk.pos < andAt && brk.kind !== 'comma').pop()!;
    const shared =
      opening !== null || (clause.kind === 'coord' && /\b(?:and|but)\s*$/i.test(text.slice(0, clause.pos)));
    return shared ? sharedSubject(view, earlier.kind === 'start' ? 0 : earlier.pos, andAt, sourceEnd) : null;
  }
  // "She toured the plant, praising “the crews,” and said …": a verb shared with the clause's subject.
  const coordinated = /^(.*?)\s*,?\s*\b(?:and|but)\s*$/s.exec(chunk);
  if (coordinated) return sharedSubject(view, start, start + coordinated[1].length, sourceEnd);
  if (/["“”«»]|''/.test(chunk)) return null;
  const subordinate = SUBORDINATOR.exec(chunk);
  const headStart = start + (subordinate ? subordinate[0].length : 0);
  const phrase = nounPhrase(view, headStart, sourceEnd);
  // A capitalised "verb" is a name the tagger misread ("Ford itself said"); see nounPhrase.
  if (!phrase) return null;
  const boundary: Break =
    start > clause.pos || subordinate ? { kind: 'lead', pos: phrase.start, leftEnd: start } : clause;
  const contentEnd = subordinate && !/^as\s/i.test(subordinate[0]) ? commaAfter(view, sourceEnd) : null;
  return { ...phrase, boundary, contentEnd };
}

// "The loss was steep for Mr. Sanders, who said …": the name before the relative pronoun speaks.
function antecedent(view: SentenceView, clause: Break): Subject | null {
  if (!/\bwho\s*$/i.test(view.text.slice(0, clause.pos))) return null;
  const words = [...view.text.slice(0, clause.leftEnd).matchAll(/\S+/g)];
  let found: Subject | null = null;
  for (let count = 1; count <= Math.min(6, words.length); count++) {
    const first = words[words.length - count];
    const mention = parseSourceMention(view.text.slice(first.index, clause.leftEnd), false, true);
    if (mention && mention.form !== 'pronoun')
      found = { mention, start: first.index, end: clause.leftEnd, boundary: clause, contentEnd: null };
  }
  return found ?? taggedAntecedent(view, clause);
}

// "a young child, who said …", "powerful unions who said …": a noun phrase the word lists do not know,
// read back from "who" over determiners, adjectives and nouns.
function taggedAntecedent(view: SentenceView, clause: Break): Subject | null {
  const tokens = tagsOf(view, Math.max(0, clause.leftEnd - 60), clause.leftEnd).filter(
    (token) => token.end <= clause.leftEnd,
  );
  const last = tokens[tokens.length - 1];
  if (!last || (last.tag !== 'NOUN' && last.tag !== 'PROPN')) return null;
  let first = tokens.length - 1;
  while (first > 0 && tokens.length - first < 5 && /^(?:DET|ADJ|NOUN|PROPN|NUM)$/.test(tokens[first - 1].tag))
    first--;
  const phrase = nounPhrase(view, tokens[first].start, clause.leftEnd);
  if (!phrase || phrase.mention.form === 'pronoun') return null;
  return { ...phrase, boundary: clause, contentEnd: null };
}

// "He toured the plant and said …": the subject is the noun phrase before the clause's first verb.
export function sharedSubject(
  view: SentenceView,
  clauseStart: number,
  andAt: number,
  sourceEnd: number,
): Subject | null {
  const sentenceStart = skipLeadingAdverbial(view.text, 0, andAt);
  const starts = andAt > clauseStart ? [clauseStart, sentenceStart] : [sentenceStart];
  for (const start of starts) {
    const verb = tagsOf(view, start, andAt).find(
      (token) => token.start >= start && token.end <= andAt && isVerb(token),
    );
    if (!verb) continue;
    const phrase =
      nounPhrase(view, start, trimAdverbs(view, start, verb.start)) ??
      subjectAfterOpening(view, start, verb.start);
    if (!phrase) continue;
    const leftEnd = andAt - (/[\s,]*$/.exec(view.text.slice(0, andAt))?.[0].length ?? 0);
    return { ...phrase, boundary: { kind: 'coord', pos: sourceEnd, leftEnd }, contentEnd: null };
  }
  return null;
}

// "In an interview with The Journal, Ode doubled down … and said …", "A few minutes later they rushed in and
// said …": after an opening too long to skip, the subject is what follows its comma, or a pronoun.
function subjectAfterOpening(
  view: SentenceView,
  start: number,
  verbStart: number,
): ReturnType<typeof nounPhrase> {
  const comma = view.masked.lastIndexOf(',', verbStart);
  // Only after an opening phrase: in "Officials in Brask, one of the countries affected, …" the subject
  // comes before the comma.
  const opener = /^\s*(\p{L}+)/u.exec(view.masked.slice(start))?.[1] ?? '';
  if (
    comma > start &&
    (LEADING_CONNECTIVES.has(opener.toLowerCase()) || /^\p{Lu}\p{Ll}{2,}ing$/u.test(opener))
  )
    return nounPhrase(view, comma + 1, trimAdverbs(view, comma + 1, verbStart));
  const pronoun = /\s(he|she|they|we)\s+$/i.exec(view.text.slice(start, verbStart));
  return pronoun ? nounPhrase(view, start + pronoun.index + 1, verbStart) : null;
}

/** The words between `start` and `end` read as a source noun phrase, or null when they hold a verb. */
export function nounPhrase(
  view: SentenceView,
  start: number,
  end: number,
): { mention: SourceMention; start: number; end: number } | null {
  const chunk = view.text.slice(start, end);
  const trimmed = chunk.trim();
  if (trimmed === '' || (/^\p{Ll}/u.test(trimmed) === false && /^[^\p{L}\d]/u.test(trimmed))) return null;
  const from = start + chunk.indexOf(trimmed);
  const to = from + trimmed.replace(/[,;:]+$/, '').length;
  const closed = /,\s*$/.test(chunk);
  // A subject followed by asides keeps its first part ("Marley Anderson, 21, a junior from Las Vegas,").
  const headEnd = closed ? from + firstSegment(trimmed) : to;
  const tokens = tagsOf(view, from, end + 16)
    .filter((token) => token.start >= from && token.end <= headEnd)
    // "Having announced …, Judge Ode …" opens a participle phrase, whatever its capital says.
    .map((token) =>
      token.tag === 'VERB' && /^\p{Lu}/u.test(token.text) && !/^(?:having|being)$/i.test(token.text)
        ? { ...token, tag: 'PROPN' }
        : token,
    )
    // "An earlier report in a paper": after a determiner (and an adjective) a "verb" is a noun.
    .map((token, i, all) =>
      token.tag === 'VERB' &&
      (all[i - 1]?.tag === 'DET' ||
        ((all[i - 1]?.tag === 'ADJ' || all[i - 1]?.tag === 'ADV') && all[i - 2]?.tag === 'DET'))
        ? { ...token, tag: 'NOUN' }
        : token,
    );
  if (
    tokens.length === 0 ||
    tokens.length > 14 ||
    !tokens.every((token, i) => nominal(token, tokens[i - 1], tokens[i + 1]))
  )
    return null;
  const opener = tokens[0];
  const counted = APPROXIMATORS.test(opener.text) || /^(?:least|most)$/i.test(tokens[1]?.text ?? '');
  if ((opener.tag === 'ADP' && !counted) || opener.tag === 'SCONJ' || opener.tag === 'CCONJ') return null;
  const head = view.text.slice(from, headEnd);
  const mention =
    parseSourceMention(closed ? view.text.slice(from, to + 1) : head, from === 0, closed) ??
    parseSourceMention(head, from === 0, true) ??
    taggedMention(head, tokens, from);
  return mention && { mention, start: from, end: to };
}

function firstSegment(text: string): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')') depth--;
    else if (text[i] === ',' && depth === 0) return i;
  }
  return text.length;
}

const APPROXIMATORS = /^(?:about|around|over|under|nearly|almost|roughly|some|only|just|up)$/i;

// Inside a subject a verb may only be a participle after a noun ("voters going to the polls").
function nominal(
  token: TaggedToken,
  previous: TaggedToken | undefined,
  next: TaggedToken | undefined,
): boolean {
  // "he" stands alone; "its defenders" and "Ford itself" are fine; "the candidates -- but he" is a clause.
  if (
    token.tag === 'PRON' &&
    previous &&
    !/^(?:its|his|her|their|our|my|your|itself|himself|herself|themselves)$/i.test(token.text)
  )
    return false;
  // "Ford and GM", "current and former officials"; "Everyone but Hewlett".
  if (
    token.tag === 'CCONJ' &&
    !(
      previous &&
      (/NOUN|PROPN/.test(previous.tag) || (previous.tag === 'ADJ' && next?.tag === 'ADJ')) &&
      next &&
      next.tag !== 'VERB' &&
      next.tag !== 'AUX'
    )
  )
    return false;
  // "Sen. Mara Ode (R-Ore.)": brackets hold a party or a short form, still inside the noun phrase.
  if (token.tag === 'PUNCT' && !/^[.'’&()-]$/.test(token.text)) return false;
  if (NOMINAL.has(token.tag))
    return token.tag !== 'ADP' || previous !== undefined || APPROXIMATORS.test(token.text);
  // "registered voters": a participle before a noun is an adjective.
  return (
    token.tag === 'VERB' &&
    /(?:ing|ed)$/.test(token.text) &&
    ((previous !== undefined && (previous.tag === 'NOUN' || previous.tag === 'PROPN')) ||
      (next !== undefined && (next.tag === 'NOUN' || next.tag === 'PROPN') && previous !== undefined))
  );
}

const isVerb = (token: TaggedToken) => token.tag === 'VERB' || token.tag === 'AUX';

function trimAdverbs(view: SentenceView, start: number, end: number): number {
  const adverbs = tagsOf(view, start, end + 16).filter((token) => token.start >= start && token.end <= end);
  let to = end;
  while (adverbs.length > 0 && adverbs[adverbs.length - 1].tag === 'ADV') to = adverbs.pop()!.start;
  return to;
}

// Reads a noun phrase the word lists do not know: a capitalised head is a name, anything else a group.
function taggedMention(head: string, tagged: TaggedToken[], from: number): SourceMention | null {
  // A bracketed party or short form ("(R-Ore.)") is not part of the name.
  let depth = 0;
  const tokens = tagged.filter((token) => {
    if (token.text === '(') depth++;
    const outside = depth === 0;
    if (token.text === ')') depth = Math.max(0, depth - 1);
    return outside;
  });
  // "More than six in 10": "than" counts, "in" or "of" opens what is counted.
  const of = tokens.findIndex((token) => token.tag === 'ADP' && token.text.toLowerCase() !== 'than');
  const quantity = of > 0 && tokens.slice(0, of).some((token) => QUANTITY.test(token.text));
  let core = of > 0 && !quantity ? tokens.slice(0, of) : tokens;
  // "The harbour report published Tuesday": a participle after the head says what was done to it, and
  // when; no part of the speaker's name.
  const participle = core.findIndex(
    (token, i) =>
      i > 0 && token.tag === 'VERB' && /(?:ed|en)$/.test(token.text) && core[i - 1].tag === 'NOUN',
  );
  if (participle > 0) core = core.slice(0, participle);
  const nounTags = core.filter(
    (token) => token.tag === 'NOUN' || token.tag === 'PROPN' || token.tag === 'NUM',
  );
  // "Another ranking says": the tagger may call the head an adjective when nothing follows it.
  const tail = core[core.length - 1];
  const nouns = nounTags.length > 0 || !tail || tail.tag !== 'ADJ' || core.length < 2 ? nounTags : [tail];
  const last = nouns[nouns.length - 1];
  if (!last) return null;
  const mention = head.trim();
  // The tagger calls some names common nouns ("Theresa May"): a capital after the first word is a name.
  const capital = (token: TaggedToken) =>
    /^\p{Lu}/u.test(token.text) && (token.tag === 'PROPN' || token.start > tokens[0].start);
  // "Kestrel-Lund" is three tokens: a hyphen written between two capitals joins them.
  const joined = (i: number) =>
    core[i].text === '-' && i > 0 && core[i - 1].end === core[i].start && core[i + 1]?.start === core[i].end;
  let run = core.slice(core.indexOf(last));
  for (let i = core.indexOf(last) - 1; i >= 0 && (capital(core[i]) || joined(i)); i--) run = core.slice(i);
  while (run.length > 0 && run[0].text === '-') run = run.slice(1);
  // "26 percent of Democrats": a count of a named group is that share, not the group.
  if (!quantity && capital(last) && run.every((token, i) => capital(token) || joined(core.indexOf(run[i])))) {
    const words = head.slice(run[0].start - from, run[run.length - 1].end - from).split(/\s+/);
    const kind = classifyName(words, false);
    const gender =
      kind === 'person' && isKnownFirstName(words[0].toLowerCase()) ? genderOfFirstName(words[0]) : null;
    return { form: 'name', mention, name: words.join(' '), kind, role: null, gender, head: null };
  }
  const described = participle > 0 ? mention.slice(0, core[core.length - 1].end - tokens[0].start) : mention;
  const name = described
    .replace(/^(?:the|a|an|nearly|about|almost|roughly|some|only|just|over|more than|fewer than)\s+/i, '')
    .replace(/^\p{Lu}(?=\p{Ll})/u, (letter) => letter.toLowerCase());
  const definite = /^the\s/i.test(mention) && !/s$/.test(last.text);
  return {
    form: definite ? 'description' : 'group',
    mention,
    name,
    kind: definite ? 'person' : 'unnamed-group',
    role: null,
    gender: null,
    head: last.text.toLowerCase(),
  };
}

function commaAfter(view: SentenceView, from: number): number | null {
  const comma = view.masked.indexOf(',', from);
  return comma < 0 ? null : comma;
}
