// Noun cues with a possessor: "the board's claim that the pier was safe has been challenged by …". The
// possessor speaks, and the content is the `that` clause, which ends where the sentence's own verb begins.
import type { CueSite } from './cue-sites';
import { clauseSubject } from './clause-subject';
import { Break, SentenceView, endOfSentence, tagsOf } from './sentence-view';
import { SourceMention, parseSourceMention } from './source-mention';
import { SUBJECT_OF_DETERMINER } from './source-words';

// A possessive ("the board's claim that") or a possessive determiner ("renewed their charges that").
const POSSESSED_CUE =
  /(?:['’]s?|\b(?<owner>[Hh]is|[Hh]er|[Ii]ts|[Tt]heir))\s+(?:\p{Ll}[\p{Ll}-]*\s+)?(claims?|assertions?|contention|allegations?|argument|insistence|warnings?|charges?|accusations?)(\s+that\s+)/gu;
// "the charges that were filed": a verb right after "that" makes it a relative clause, not what was charged.
const RELATIVE_THAT =
  /^(?:is|are|was|were|has|have|had|will|would|could|can|may|might|should|must|\p{Ll}+ed)\b/u;
// Contractions, not possessives: "he's claimed", "it's".
const CONTRACTED = /(?<!\p{L})(?:he|she|it|that|who|there|what|here|where)$/iu;
// Words that keep a verb inside the content clause: a conjunction, a relative pronoun, an infinitive.
const CLAUSE_LINKS = /^(?:and|or|but|nor|that|who|which|whom|whose|to|if|when|because|as)$/i;

/** A cheap test: may the sentence hold a noun cue after a possessor? */
export function mayHoldNounCue(masked: string): boolean {
  // The pattern opens on an alternation it must try at every position; its "that" is a plain search.
  if (!masked.includes('that')) return false;
  POSSESSED_CUE.lastIndex = 0;
  const found = POSSESSED_CUE.test(masked);
  // matchAll starts from the pattern's lastIndex.
  POSSESSED_CUE.lastIndex = 0;
  return found;
}

/** Noun cues after a possessor ("the ministry's claim that …"), each with its content bounded. */
export function nounCueSites(view: SentenceView, breaks: Break[]): CueSite[] {
  const { text, masked } = view;
  const sites: CueSite[] = [];
  for (const match of masked.matchAll(POSSESSED_CUE)) {
    const possessive = match.index!;
    const owner = match.groups?.owner;
    if (RELATIVE_THAT.test(masked.slice(possessive + match[0].length))) continue;
    if (!owner && CONTRACTED.test(masked.slice(Math.max(0, possessive - 6), possessive))) continue;
    const brk = breaks.filter((candidate) => candidate.pos <= possessive).pop()!;
    const possessor = owner
      ? ownerOf(view, breaks, owner, possessive)
      : possessorBefore(view, brk.pos, possessive);
    // "asked whether the mayor's claim that … was fair": the claim is inside someone else's question.
    if (!possessor || /\b(?:whether|if)\s+$/i.test(masked.slice(0, possessor.start))) continue;
    const rightStart = possessive + match[0].length;
    const cueEnd = rightStart - match[3].length;
    const atBreak = text.slice(brk.pos, possessor.start).trim() === '';
    sites.push({
      cueStart: cueEnd - match[2].length,
      cueEnd,
      lemma: match[2].replace(/s$/, ''),
      order: 'source-first',
      source: possessor.mention,
      sourceStart: possessor.start,
      sourceEnd: owner ? possessive + owner.length : possessive,
      // "Ode rejected the board's claim that …": the words before the possessor are the outlet's.
      // "Democrats renewed their charges that …": the subject and its verb are the outlet's report of an act.
      boundary: owner
        ? { kind: 'coord', pos: possessive, leftEnd: text.slice(0, possessive).trimEnd().length }
        : atBreak
          ? brk
          : { kind: 'comma', pos: possessor.start, leftEnd: possessor.start },
      rightStart,
      tailStart: rightStart,
      contentEnd: mainVerb(view, rightStart),
    });
  }
  return sites;
}

// "Democrats renewed their charges that …": the subject of the verb before the determiner, else the pronoun
// itself, resolved like a subject pronoun.
function ownerOf(
  view: SentenceView,
  breaks: Break[],
  owner: string,
  at: number,
): { mention: SourceMention; start: number } | null {
  const tokens = tagsOf(view, Math.max(0, at - 60), at).filter((token) => token.end <= at);
  // The verb group right before the determiner ("has renewed"), read back over its auxiliaries and adverbs.
  let first = tokens.length - 1;
  if (first < 0 || tokens[first].tag !== 'VERB') return null;
  while (first > 0 && /^(?:AUX|ADV|PART)$/.test(tokens[first - 1].tag)) first--;
  const subject = clauseSubject(view, breaks, tokens[first].start);
  if (!subject) return null;
  const pronoun = parseSourceMention(SUBJECT_OF_DETERMINER.get(owner.toLowerCase())!)!;
  // "She repeated her claim that …": a pronoun subject is resolved as the determiner would be.
  if (subject.mention.form === 'pronoun') return { mention: { ...pronoun, mention: owner }, start: at };
  // "Groups embraced his argument that …": a determiner that cannot stand for the subject is someone else's.
  return agrees(subject.mention, owner.toLowerCase())
    ? { mention: subject.mention, start: subject.start }
    : null;
}

function agrees(subject: SourceMention, owner: string): boolean {
  // "Democrats" alone reads as a name; a one-word plural is a party or a people.
  if (owner === 'their')
    return subject.form === 'group' || subject.kind !== 'person' || /^\p{Lu}\p{Ll}+s$/u.test(subject.name);
  if (owner === 'its') return subject.kind !== 'person' && subject.form !== 'group';
  const gender = owner === 'his' ? 'm' : 'f';
  return (
    subject.kind === 'person' && subject.form !== 'group' && (!subject.gender || subject.gender === gender)
  );
}

// The words before the possessive that read as a speaker, widened a word at a time until they no longer
// do ("the board" in "Ode rejected the board's claim").
function possessorBefore(
  view: SentenceView,
  from: number,
  possessive: number,
): { mention: SourceMention; start: number } | null {
  const { text } = view;
  // The grammar of sources reads "rejected the board" as a name; a verb or preposition ends the phrase.
  const edge = tagsOf(view, Math.max(from, possessive - 80), possessive)
    .filter((token) => token.end <= possessive && /^(?:VERB|AUX|ADP|SCONJ)$/.test(token.tag))
    .map((token) => token.end)
    .pop();
  const begin = Math.max(from, edge ?? from);
  const starts = [...text.slice(begin, possessive).matchAll(/\S+/g)].map((word) => begin + word.index!);
  let best: { mention: SourceMention; start: number } | null = null;
  for (const start of starts.reverse()) {
    if (possessive - start > 80) break;
    const mention = parseSourceMention(text.slice(start, possessive), start === 0);
    if (mention && mention.form !== 'pronoun') best = { mention, start };
    else if (best) break;
  }
  return best;
}

// Where the sentence's own predicate begins after the content clause: the second verb group, unless a
// conjunction, relative pronoun or infinitive keeps it inside the clause. Null when the clause runs on.
function mainVerb(view: SentenceView, from: number): number | null {
  // "… claims that the plan failed - and one that …": a dash or semicolon closes the clause too.
  const mark = /\s[—–-]{1,2}\s|;/.exec(view.masked.slice(from));
  const end = mark ? from + mark.index : endOfSentence(view.text);
  let seen = false;
  let previous: { tag: string; text: string } | null = null;
  for (const token of tagsOf(view, from, end)) {
    if (token.start < from) continue;
    if (token.end > end) break;
    const quoted = view.quotes.some((quote) => token.start >= quote.start && token.end <= quote.end);
    const verb = !quoted && (token.tag === 'AUX' || (token.tag === 'VERB' && !/ing$/.test(token.text)));
    const grouped = previous !== null && /^(?:AUX|VERB|PART|ADV)$/.test(previous.tag);
    if (verb && seen && !grouped && previous && !CLAUSE_LINKS.test(previous.text)) return token.start;
    if (verb) seen = true;
    previous = token;
  }
  return mark ? end : null;
}
