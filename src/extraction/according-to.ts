// "According to X": a cue so clear that any noun phrase after it is the source, before or after its content.
import { nounPhrase } from './clause-subject';
import { skipLeadingAdverbial } from './leading-adverbial';
import type { CueSite } from './cue-sites';
import { Break, SentenceView, endOfSentence } from './sentence-view';
import { SourceMention, parseSourceMention } from './source-mention';
import { parseNameRun } from './source-names';
import { DOCUMENT_NOUNS, ORG_WORDS } from './lexicon';
import { bare, isPossessive, SUBJECT_OF_DETERMINER } from './source-words';

// "According to the ministry, exports fell." / "Exports fell, according to the ministry."
export function readAccordingTo(
  view: SentenceView,
  breaks: Break[],
  cueStart: number,
  cueEnd: number,
  sourceStart: number,
): CueSite | null {
  const { text } = view;
  const before = breaks.filter((brk) => brk.pos <= cueStart).pop()!;
  // "Meanwhile, according to …" opens; "Exports fell, according to …" closes its clause.
  const opening =
    text.slice(before.pos, cueStart).trim() === '' &&
    (before.kind !== 'comma' || skipLeadingAdverbial(text, 0, cueStart) >= before.pos);
  const boundary: Break = opening ? before : { kind: 'comma', pos: cueStart, leftEnd: cueStart };
  const after = breaks.filter((brk) => brk.pos > sourceStart);
  // Try the source alone, then with an apposition ("according to Jane Roe, the chief negotiator,").
  const ends = [after[0]?.leftEnd ?? endOfSentence(text), after[1]?.leftEnd ?? endOfSentence(text)];
  for (const [i, end] of ends.entries()) {
    if (i === 1 && (after[0]?.kind !== 'comma' || !opening)) break;
    const chunk = text
      .slice(sourceStart, end)
      .replace(
        /\s+(?:on|in|at|during|last|this|yesterday|today|earlier|(?:published|released|issued)(?!\s+by\b))\b.*$/s,
        '',
      );
    // "according to a count by The Associated Press": any noun phrase will do after so clear a cue.
    const owner = documentOwner(chunk);
    const mention =
      owner ??
      parseSourceMention(chunk, false, true) ??
      nounPhrase(view, sourceStart, sourceStart + chunk.trimEnd().length)?.mention ??
      looseSource(chunk);
    if (!mention || (mention.form === 'pronoun' && !owner)) continue;
    // "According to officials who asked not to be named, …": the content starts after the relative clause.
    const next = (i === 0 ? after : after.slice(1)).find((brk) => brk.kind !== 'relative');
    const rightStart = opening && next ? next.pos : null;
    // "…, according to Crowdpac, a crowdfunding website.": an apposition closing the sentence is the source's.
    const apposition =
      !opening &&
      i === 0 &&
      after[0]?.kind === 'comma' &&
      after[1] === undefined &&
      /^(?:a|an|the|its|his|her|their|one)\s/i.test(text.slice(after[0].pos));
    return {
      cueStart,
      cueEnd,
      lemma: 'according to',
      order: 'cue-first',
      source: mention,
      sourceStart,
      sourceEnd: sourceStart + chunk.trimEnd().length,
      boundary,
      rightStart,
      tailStart: apposition ? endOfSentence(text) : end,
    };
  }
  return null;
}

// "according to an analysis of election filings by Crowdpac": after so clear a cue, the name in a long
// phrase, or the phrase itself, is the source.
function looseSource(chunk: string): SourceMention | null {
  const words = chunk.trim().split(/\s+/);
  if (words.length === 0 || words.length > 16 || /^[^\p{L}\d]/u.test(words[0])) return null;
  const runs = chunk.match(/(?:\p{Lu}[\p{L}.'’&-]*)(?:\s+(?:of\s+)?\p{Lu}[\p{L}.'’&-]*)*/gu) ?? [];
  const named = runs.length > 0 ? parseNameRun(runs[runs.length - 1]) : null;
  if (named) return { ...named, mention: chunk.trim() };
  const mention = chunk.trim();
  const name = mention.replace(/^(?:the|a|an)\s+/i, '');
  return {
    form: 'group',
    mention,
    name,
    kind: 'unnamed-group',
    role: null,
    gender: null,
    head: words[words.length - 1].toLowerCase(),
  };
}

// Plurals and counts DOCUMENT_NOUNS leaves out, read only here, at the end of an `according to` phrase.
const OWNED_NOUNS = new Set(['estimate', 'reports', 'count', 'counts', 'tally', 'numbers', 'calculations']);

// "according to the team's estimate", "according to its annual report", "according to council estimates":
// a document or figure is its maker's word, so the maker is the source (named as the document, it resolved
// to other documents: "police figures" became "Labor Department figures" named before). Null when the
// document has no owner ("according to the survey") or a name owns it ("a CNN poll", below).
function documentOwner(chunk: string): SourceMention | null {
  // "reports published by the council", "an estimate by the team": the agent is the owner.
  const agent = /^(?:\S+\s+){0,3}?(\p{L}+)\s+(?:\p{Ll}+ed\s+)?by\s+(\S.*)$/u.exec(chunk.trim());
  if (agent && isDocument(agent[1].toLowerCase())) {
    const found = parseSourceMention(agent[2], false, true);
    return found && found.form !== 'pronoun' ? found : null;
  }
  const words = chunk.trim().split(/\s+/);
  // Lower case: "according to The Washington Post" names no post.
  const last = bare(words[words.length - 1]);
  if (words.length < 2 || words.length > 8 || !isDocument(last)) return null;
  // Plain adjectives between the owner and the document: "its own annual report", "the team's latest estimate".
  let end = words.length - 1;
  const adjective = (word: string) =>
    /^\p{Ll}+$/u.test(word) &&
    !isBody(word) &&
    !SUBJECT_OF_DETERMINER.has(word) &&
    !/^(?:the|a|an)$/.test(word);
  while (end > 0 && end >= words.length - 3 && adjective(words[end - 1])) end--;
  if (end === 0) return null;
  const owner = words.slice(0, end);
  const pronoun = SUBJECT_OF_DETERMINER.get(owner.join(' ').toLowerCase());
  if (pronoun) return { ...parseSourceMention(pronoun)!, mention: owner[0] };
  const possessor = owner[owner.length - 1];
  if (isPossessive(possessor) || /s['’]$/.test(possessor)) {
    owner[owner.length - 1] = possessor.replace(/['’]s?$/, '');
    const found = parseSourceMention(owner.join(' '), false, true);
    return found && found.form !== 'pronoun' ? found : null;
  }
  // "council estimates": a body used as a modifier; not "official figures". A name so used ("a CNN poll")
  // stays the document, as PolNeAR's annotators read it.
  const modifier = owner.filter((word) => !/^(?:the|a|an)$/i.test(word));
  if (!(modifier.length === 1 && isBody(modifier[0]))) return null;
  const found = parseSourceMention(owner.join(' '), false, true);
  return found && found.form !== 'pronoun' ? found : null;
}

// Not "court" or "press": "a court filing", "press reports" appeared there, nobody there made them.
const isBody = (word: string) =>
  (ORG_WORDS.has(word) && word !== 'court' && word !== 'press') || word === 'government';
const isDocument = (word: string) => DOCUMENT_NOUNS.has(word) || OWNED_NOUNS.has(word);
