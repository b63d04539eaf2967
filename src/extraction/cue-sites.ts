// Finds reporting cues in a sentence and, for each, the source that speaks and where the attributed
// content could lie (before the cue, after it, or both). Choosing among these is left to patterns.ts.
import {
  ADJUNCT_STARTERS,
  AUDIENCE_WORDS,
  AUXILIARIES,
  CUE_SETTINGS,
  CUE_WORDS,
  CueWord,
  DOCUMENT_NOUNS,
  LEADING_CONNECTIVES,
  PHRASE_CUES,
} from './lexicon';
import { clauseSubject, nounPhrase, skipLeadingAdverbial } from './clause-subject';
import { Break, SentenceView, breaksOf, tagsOf } from './sentence-view';
import { SourceMention, parseSourceMention } from './source-mention';

export interface CueSite {
  cueStart: number;
  // End of the cue as written, including a setting ("said in a statement") or audience ("told reporters").
  cueEnd: number;
  lemma: string;
  order: 'source-first' | 'cue-first';
  source: SourceMention;
  sourceStart: number;
  sourceEnd: number;
  // What stands before the source (source-first) or the cue (cue-first).
  boundary: Break;
  // Where attributed content after the cue begins, or null when nothing follows but adjuncts.
  rightStart: number | null;
  // End of everything the cue and source consumed, for continuation clauses after them.
  tailStart: number;
  // Where the content must stop short of the region's end ("While a judge said X, the state appealed").
  contentEnd?: number | null;
}

// Verbs whose content after them needs a marker ("added that", "asked whether"); without one,
// "the company added 500 jobs" is an event, not speech.
const NEEDS_MARKER = new Set([
  'claim',
  'declare',
  'add',
  'continue',
  'reply',
  'respond',
  'counter',
  'remark',
  'observe',
  'recall',
  'ask',
  'report',
  'write',
  'post',
  'tweet',
  'boast',
  'find',
  'show',
  'conclude',
  'determine',
  'reveal',
  'indicate',
  'recommend',
  'rule',
  'go on',
  'note',
  'comment',
  'repeat',
  'echo',
  'confess',
  'blame',
  'assure',
]);
const CITES = new Set(['cite', 'reference']);
const MARKERS = /^\s*(?:that\b|whether\b|if\b|why\b|how\b|what\b|when\b|to\b|[:,]?\s*["“‘']|:)/i;
const TIME_ADJUNCT =
  /^\s*,?\s*(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:\s+(?:morning|afternoon|evening|night))?|(?:on|last|this|next|early|late|earlier|later)\s+(?:in\s+the\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|weekend|month|year|night|morning|afternoon|evening|spring|summer|autumn|fall|winter|january|february|march|april|may|june|july|august|september|october|november|december)(?:\s+\d{1,2})?|yesterday|today|tonight|earlier|later|recently|again|also|repeatedly|publicly|privately|previously|separately|once|then|too)\b/i;

const PARTICIPLE_AFTER_CLAUSE =
  /,\s+(?:and\s+)?(?:also\s+)?(saying|adding|arguing|insisting|warning|claiming|noting|stressing|explaining|accusing|calling|urging|promising|telling|declaring|announcing|suggesting|predicting|acknowledging|admitting|vowing|pledging|stating|repeating|reiterating|conceding|complaining|asserting|contending)\b(?:\s+that\b)?\s*/gi;

// People whose "found" or "showed" reports a finding, as a study's would ("researchers found …").
const RESEARCH_SOURCES = new Set([
  'researchers',
  'scientists',
  'economists',
  'analysts',
  'auditors',
  'statisticians',
  'epidemiologists',
  'study',
  'team',
]);

const NAMED_LISTENER =
  /^\s+(?:The\s+)?\p{Lu}[\p{L}'’-]*(?:\.(?=\s+\p{Lu}))?(?:\s+(?:of\s+)?\p{Lu}[\p{L}'’-]*(?:\.(?=\s+\p{Lu}))?)*/u;

const SUBORDINATE_SOURCE =
  /^(.*\S)\s+(?:after|before|when|while|because|since|until|once|although|though|whereas)\s+(\S.*)$/s;

// Particles that turn a cue verb into an event verb. Sticky patterns, tried right after the verb.
// "member states agreed": "states" followed by a verb is the noun.
const NON_SPEECH_PARTICLES = new Map([
  ['argue', /\s+(?:over|about|with|among)\b/iy],
  // "Drivers insist on a written guarantee": a demand for a thing, not a report.
  ['insist', /\s+on\b/iy],
  [
    'state',
    /\s+(?:have|has|had|were|are|agreed|voted|must|will|would|can|could|should|may|might|do|did)\b/iy,
  ],
]);
const PASSIVE_BY = /\s+by\b/y;
const PASSIVE_BE = /\b(?:is|are|was|were|be|been|being)\s+(?:(?:also|not|never|later|then|[a-z]+ly)\s+)?$/i;

// Cue forms that are also nouns ("insurance claims", "a news report", "member states").
const NOUN_FORMS =
  /^(?:reports?|claims?|calls|estimates?|forecasts?|notes|states|promises|pledges|vows|demands?|fears?|hopes|shows|rules?|posts?|tweets?)$/i;

const FUNCTION_WORDS = new Set([
  'he',
  'she',
  'it',
  'they',
  'we',
  'i',
  'you',
  'who',
  'which',
  'that',
  'also',
  'still',
  'now',
  'and',
  'but',
  'or',
  'often',
  'never',
  'repeatedly',
  'publicly',
  'later',
  'then',
]);

// Tagged a noun right after a noun or adjective, and not opening a clause or quote, the word is a noun.
function inNounCompound(view: SentenceView, start: number, end: number): boolean {
  if (/^\s*(?:that\b|[:"“‘'])/.test(view.masked.slice(end))) return false;
  // Only a lower-case content word before can make a compound ("insurance claims"); tagging is not free.
  const before = /(\p{Ll}[\p{L}-]*)\s+$/u.exec(view.masked.slice(Math.max(0, start - 30), start));
  if (!before || FUNCTION_WORDS.has(before[1])) return false;
  const tokens = tagsOf(view, start - 30, end + 20);
  const at = tokens.findIndex((token) => token.start === start);
  const previous = tokens[at - 1];
  return (
    at > 0 &&
    tokens[at].tag === 'NOUN' &&
    /^\p{Ll}/u.test(previous.text) &&
    (previous.tag === 'NOUN' || previous.tag === 'ADJ' || previous.tag === 'NUM')
  );
}

// "Rust Belt states have suffered", "the claims were denied": a verb right after makes the word its subject.
function beforeVerb(view: SentenceView, end: number): boolean {
  if (/^\s*(?:that\b|[:"“‘',])/.test(view.masked.slice(end))) return false;
  const next = tagsOf(view, end - 30, end + 25).find((token) => token.start > end);
  return next !== undefined && (next.tag === 'AUX' || next.tag === 'VERB');
}

function followedBy(text: string, at: number, sticky: RegExp): boolean {
  sticky.lastIndex = at;
  return sticky.test(text);
}

const ABBREVIATED_SUFFIX = /\b(?:Inc|Corp|Ltd|Co|Jr|Sr|Bros|Plc)$/;

const WORD = /[\p{L}][\p{L}'’-]*/gu;

/** All cue sites of a sentence whose source reads as a speaker, in text order. */
export function findCueSites(view: SentenceView): CueSite[] {
  const sites: CueSite[] = [];
  const breaks = breaksOf(view);
  for (const cue of cueCandidates(view)) {
    const site =
      readSourceFirst(view, breaks, cue) ??
      readCueFirst(view, breaks, cue) ??
      readSubjectFirst(view, breaks, cue);
    if (site) sites.push(site);
  }
  for (const match of view.masked.matchAll(PARTICIPLE_AFTER_CLAUSE)) {
    const site = readParticiple(view, match.index!, match.index! + match[0].length, match[1]);
    if (site) sites.push(site);
  }
  for (const match of view.masked.matchAll(/\baccording to\s+/gi)) {
    const site = readAccordingTo(
      view,
      breaks,
      match.index!,
      match.index! + 'according to'.length,
      match.index! + match[0].length,
    );
    if (site) sites.push(site);
  }
  return sites.sort((a, b) => a.cueStart - b.cueStart);
}

// "He disagreed, saying it would take weeks": the participle's speaker is the sentence's subject.
function readParticiple(
  view: SentenceView,
  commaAt: number,
  contentStart: number,
  participle: string,
): CueSite | null {
  const { text } = view;
  const start = skipLeadingAdverbial(text, 0, commaAt);
  const words = [...text.slice(start, commaAt).matchAll(/\S+/g)];
  let best: { mention: SourceMention; end: number } | null = null;
  for (let count = 1; count <= Math.min(words.length - 1, 10); count++) {
    const end = words[count - 1].index! + words[count - 1][0].length + start;
    const mention = parseSourceMention(text.slice(start, end), start === 0);
    if (mention && /^\p{Ll}/u.test(words[count][0])) best = { mention, end };
  }
  if (!best) return null;
  const cueStart = commaAt + view.masked.slice(commaAt).indexOf(participle);
  const boundary: Break = { kind: 'coord', pos: cueStart, leftEnd: commaAt };
  return {
    cueStart,
    cueEnd: cueStart + participle.length,
    lemma: participle,
    order: 'source-first',
    source: best.mention,
    sourceStart: start,
    sourceEnd: best.end,
    boundary,
    rightStart: contentStart,
    tailStart: contentStart,
  };
}

// "According to the ministry, exports fell." / "Exports fell, according to the ministry."
function readAccordingTo(
  view: SentenceView,
  breaks: Break[],
  cueStart: number,
  cueEnd: number,
  sourceStart: number,
): CueSite | null {
  const { text } = view;
  const before = breaks.filter((brk) => brk.pos <= cueStart).pop()!;
  const opening = text.slice(before.pos, cueStart).trim() === '';
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
    const mention =
      parseSourceMention(chunk, false, true) ??
      nounPhrase(view, sourceStart, sourceStart + chunk.trimEnd().length)?.mention;
    if (!mention || mention.form === 'pronoun') continue;
    const next = i === 0 ? after[0] : after[1];
    const rightStart = opening && next ? next.pos : null;
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
      tailStart: end,
    };
  }
  return null;
}

interface CueCandidate {
  start: number;
  end: number;
  word: CueWord;
}

function cueCandidates(view: SentenceView): CueCandidate[] {
  const { masked } = view;
  const found: CueCandidate[] = [];
  const lower = masked.toLowerCase();
  for (const phrase of PHRASE_CUES) {
    for (let at = lower.indexOf(phrase); at >= 0; at = lower.indexOf(phrase, at + 1)) {
      if (/\p{L}/u.test(lower[at - 1] ?? '') || /\p{L}/u.test(lower[at + phrase.length] ?? '')) continue;
      found.push({ start: at, end: at + phrase.length, word: { lemma: phrase, strength: 'strong' } });
    }
  }
  for (const match of masked.matchAll(WORD)) {
    const word = CUE_WORDS.get(match[0].toLowerCase());
    const start = match.index!;
    if (!word || found.some((phrase) => start >= phrase.start && start < phrase.end)) continue;
    // A capitalised cue word is a name or a sentence opener ("United States", "Reports of …").
    // In a title-case headline a capital proves nothing ("Obama Says Museum Will Tell …").
    if (/^\p{Lu}/u.test(match[0]) && !(view.headline && start > 0)) continue;
    const before = masked.slice(Math.max(0, start - 12), start);
    // "the said property", "so-called", "his claims": a determiner or hyphen makes it a noun or adjective.
    if (
      /(?:\b(?:the|a|an|this|that|these|those|its|his|her|their|our|my|your|such|no|any)\s+|-)$/i.test(before)
    )
      continue;
    const end = start + match[0].length;
    // "Residents were told to leave", "he has been accused of": in the passive the subject is no speaker.
    if (PASSIVE_BE.test(masked.slice(Math.max(0, start - 24), start))) continue;
    // "an expert called by the prosecution", "figures reported by the bureau": a passive participle, not a cue.
    if (followedBy(masked, end, PASSIVE_BY)) continue;
    // "have argued over the islands": a quarrel, not a report of what was argued.
    const particles = NON_SPEECH_PARTICLES.get(word.lemma);
    if (particles && followedBy(masked, end, particles)) continue;
    if (
      NOUN_FORMS.test(match[0]) &&
      (inNounCompound(view, start, end) ||
        // "which Beijing claims are aimed at …": after a relative pronoun the verb belongs to the clause.
        (!/\b(?:which|that|who|what|as)\s+(?:\S+\s+){0,3}$/i.test(masked.slice(0, start)) &&
          beforeVerb(view, end)))
    )
      continue;
    // An apostrophe inside a word ("artist's") is not the quote that makes "called" a cue.
    if (
      word.lemma === 'call' &&
      !/^\s+(?:on|for|it|them|him|her|the\s+\p{L}+)?[^.]*?(?<!\p{L})["“‘']/u.test(masked.slice(end))
    )
      continue;
    found.push({ start, end: start + match[0].length, word });
  }
  return found.sort((a, b) => a.start - b.start);
}

// "<source> said …" / "…, the ministry said" / "…, which Moscow claims …".
function readSourceFirst(view: SentenceView, breaks: Break[], cue: CueCandidate): CueSite | null {
  const { text } = view;
  const sourceEnd = skipAuxiliariesLeft(text, cue.start);
  let best: { mention: SourceMention; start: number; boundary: Break } | null = null;
  let commas = 0;
  for (let b = breaks.length - 1; b >= 0; b--) {
    const brk = breaks[b];
    if (brk.pos >= sourceEnd) continue;
    let start = brk.pos;
    let boundary = brk;
    if (brk.kind === 'start') {
      const lead = skipLeadingAdverbial(text, start, sourceEnd);
      if (lead > start) boundary = { ...brk, kind: 'lead', leftEnd: lead };
      start = lead;
    }
    const chunk = text.slice(start, sourceEnd);
    if (/["“”‘«»]/.test(chunk)) break;
    // "Shares rose after the bank said …": a subordinate clause opens on its conjunction, without a comma.
    const subordinate = SUBORDINATE_SOURCE.exec(chunk);
    const inner = subordinate && parseSourceMention(subordinate[2], false);
    if (subordinate && inner) {
      const at = start + subordinate[1].length;
      const pos = sourceEnd - subordinate[2].length;
      best = { mention: inner, start: pos, boundary: { kind: 'coord', pos, leftEnd: at } };
      break;
    }
    const mention = parseSourceMention(chunk, start === 0);
    if (mention) best = { mention, start: start + (chunk.length - chunk.trimStart().length), boundary };
    // Asides and relative clauses sit between commas inside a source ("Ana Ruiz, who voted no, said").
    if ((brk.kind !== 'comma' && brk.kind !== 'relative') || ++commas > 3) break;
  }
  if (!best) return null;
  const after = readAfterCue(view, cue, best.mention);
  return {
    cueStart: cue.start,
    lemma: cue.word.lemma,
    order: 'source-first',
    source: best.mention,
    sourceStart: best.start,
    sourceEnd: trimEnd(text, sourceEnd),
    boundary: after.rightStart !== null ? leadingSetting(view, best.boundary) : best.boundary,
    ...after,
  };
}

// "In an interview on Radio Kestrel's “Morning Desk,” Anand said …": when content follows the cue, a
// setting before the source is no content of its own, however long or quoted it is.
function leadingSetting(view: SentenceView, boundary: Break): Break {
  if (boundary.kind !== 'quote' && boundary.kind !== 'comma') return boundary;
  const opener = /^\s*([\p{L}]+)/u.exec(view.masked)?.[1].toLowerCase() ?? '';
  if (!LEADING_CONNECTIVES.has(opener) || /^(?:but|and|yet|so|also|still|now|then)$/.test(opener))
    return boundary;
  // "In 2016 the agency fined the tannery …, a penalty that groups called …" opens with a clause, not a setting.
  const clause = tagsOf(view, 0, boundary.leftEnd).some(
    (token) =>
      token.end <= boundary.leftEnd &&
      (token.tag === 'AUX' || (token.tag === 'VERB' && !/ing$/.test(token.text))),
  );
  return clause ? boundary : { ...boundary, kind: 'lead' };
}

const TRAILING_KINDS = new Set(['quote', 'comma', 'dash']);
// A stand-in source for reading what follows a cue before the (costlier) subject is known.
const SOMEONE: SourceMention = {
  form: 'pronoun',
  mention: 'someone',
  name: 'someone',
  kind: 'person',
  role: null,
  gender: null,
  head: null,
};
const SAYING = new Set([
  'say',
  'tell',
  'ask',
  'add',
  'claim',
  'argue',
  'insist',
  'warn',
  'note',
  'explain',
  'state',
  'write',
  'suggest',
  'acknowledge',
  'admit',
  'predict',
  'contend',
  'assert',
  'allege',
  'maintain',
  'stress',
  'emphasize',
  'declare',
  'announce',
  'report',
  'concede',
  'complain',
  'reiterate',
  'testify',
  'caution',
  'believe',
  'think',
  'fear',
  'hope',
  'expect',
]);
// "who asked not to be named": the request for anonymity is no claim.
const ANONYMITY = /^(?:not to be (?:named|identified|quoted)|for anonymity|anonymity)/i;

// When the plain source grammar fails: a subject with asides, shared by two verbs, or in a subordinate clause.
function readSubjectFirst(view: SentenceView, breaks: Break[], cue: CueCandidate): CueSite | null {
  if (cue.word.strength === 'weak') return null;
  // The subject is what costs (it is tagged), so the cheap checks on what follows the cue come first.
  const after = readAfterCue(view, cue, SOMEONE);
  const trailing = breaks.some((brk) => brk.pos < cue.start && TRAILING_KINDS.has(brk.kind));
  if (after.rightStart === null && !trailing) return null;
  // Read this loosely, a subject needs plain reported speech after its cue: a `that`, a quote, a colon,
  // or a clause after a verb of saying ("confirmed the plan" and "accused of fraud" are events).
  if (after.rightStart !== null) {
    const between = view.masked.slice(cue.end, after.rightStart);
    const remainder = view.masked.slice(after.rightStart);
    const marked =
      /(?:\b(?:that|whether|if|how|what|why|who|when)|:)\s*$/.test(between) ||
      /^["“‘']/.test(view.text.slice(after.rightStart));
    // "said the deal was on": after "say" itself, whatever follows is what was said.
    if (!marked && cue.word.lemma !== 'say' && !(SAYING.has(cue.word.lemma) && opensClause(remainder)))
      return null;
    if (ANONYMITY.test(remainder)) return null;
  }
  const sourceEnd = skipAuxiliariesLeft(view.text, cue.start);
  const subject = clauseSubject(view, breaks, sourceEnd);
  if (!subject || (after.rightStart === null && !TRAILING_KINDS.has(subject.boundary.kind))) return null;
  return {
    cueStart: cue.start,
    lemma: cue.word.lemma,
    order: 'source-first',
    source: subject.mention,
    sourceStart: subject.start,
    sourceEnd: trimEnd(view.text, sourceEnd),
    boundary: after.rightStart !== null ? leadingSetting(view, subject.boundary) : subject.boundary,
    contentEnd: subject.contentEnd,
    ...after,
  };
}

// `"…," said Jane Roe, the chief negotiator.`: the cue directly follows a quote or comma.
function readCueFirst(view: SentenceView, breaks: Break[], cue: CueCandidate): CueSite | null {
  const { text } = view;
  const boundary = breaks.find((brk) => brk.pos <= cue.start && text.slice(brk.pos, cue.start).trim() === '');
  if (!boundary || (boundary.kind !== 'quote' && boundary.kind !== 'comma' && boundary.kind !== 'dash'))
    return null;
  // Only intransitive reporting verbs invert ("said Tran"); "told reporters that …" never does.
  if (cue.word.takesObject || cue.word.strength === 'weak') return null;
  const next = breaks.find((brk) => brk.pos > cue.end && brk.kind !== 'comma') ?? null;
  const commaAfter = breaks.find((brk) => brk.pos > cue.end && brk.kind === 'comma');
  let sourceEnd = next ? next.leftEnd : endOfSentence(text);
  // The source may carry an apposition ("said Jane Roe, the chief negotiator"); try with it, then without.
  // "said Dilys Okonjo, who chairs the committee": a relative clause closing the sentence is the source's.
  const relative = next?.kind === 'relative' ? endOfSentence(text) : sourceEnd;
  const candidates = [relative, sourceEnd, commaAfter ? commaAfter.leftEnd : sourceEnd];
  for (const end of candidates) {
    const raw = text.slice(cue.end, end);
    const chunk = raw.replace(
      /\s+(?:on|in|at|during|last|this|yesterday|today|earlier|after|before|via|when|while|as|late)\b.*$/s,
      '',
    );
    const from = cue.end + (chunk.length - chunk.trimStart().length);
    const mention =
      parseSourceMention(chunk, false, true) ??
      nounPhrase(view, from, cue.end + chunk.trimEnd().length)?.mention;
    if (!mention) continue;
    sourceEnd = cue.end + chunk.trimEnd().length;
    // "said Corvane Biologics Inc." keeps the abbreviation's stop that the sentence end shares.
    if (ABBREVIATED_SUFFIX.test(chunk.trimEnd()) && text[sourceEnd] === '.') sourceEnd++;
    const sourceStart = cue.end + (chunk.length - chunk.trimStart().length);
    const source =
      sourceEnd > cue.end + chunk.trimEnd().length
        ? { ...mention, name: `${mention.name}.`, mention: `${mention.mention}.` }
        : mention;
    return {
      cueStart: cue.start,
      cueEnd: cue.end,
      lemma: cue.word.lemma,
      order: 'cue-first',
      source,
      sourceStart,
      sourceEnd,
      boundary,
      rightStart: null,
      tailStart: end,
    };
  }
  return null;
}

function readAfterCue(
  view: SentenceView,
  cue: CueCandidate,
  source: SourceMention,
): { cueEnd: number; rightStart: number | null; tailStart: number } {
  const { masked } = view;
  let pos = cue.end;
  let cueEnd = cue.end;
  const rest = () => masked.slice(pos);
  const audience = /^\s+([\p{L}]+)/u.exec(rest());
  if (
    cue.word.lemma === 'tell' &&
    audience &&
    AUDIENCE_WORDS.has(audience[1].toLowerCase()) &&
    !/^(?:the|a|an)$/i.test(audience[1])
  ) {
    pos += audience[0].length;
    cueEnd = pos;
  }
  // "told Reuters the vote was final", "told The Daily Courier that …": a named listener is part of the frame.
  const named = cue.word.lemma === 'tell' ? NAMED_LISTENER.exec(rest()) : null;
  if (named) {
    pos += named[0].length;
    cueEnd = pos;
  }
  // "said Wednesday on Fox News Channel's “Hannity,” that …": a time may come before the setting.
  const time = TIME_ADJUNCT.exec(rest());
  if (time && CUE_SETTINGS.some((pattern) => pattern.test(rest().slice(time[0].length).trimStart()))) {
    pos += time[0].length;
    cueEnd = pos;
  }
  const setting = CUE_SETTINGS.map((pattern) => pattern.exec(rest().trimStart())).find(Boolean);
  if (setting) {
    pos += rest().length - rest().trimStart().length + setting[0].length;
    cueEnd = pos;
  }
  // "He cautioned, however, that …": an adverb between commas sits between the cue and its content.
  const aside =
    /^\s*,\s*(?:however|though|too|also|again|in fact|for example|of course|in turn|in particular|nonetheless|nevertheless|moreover|meanwhile|instead)\s*,(?=\s*(?:that\b|["“‘']))/i.exec(
      rest(),
    );
  if (aside) pos += aside[0].length - 0;
  const tailStart = pos;
  const strongMarker = /^\s*that\b/i.exec(rest());
  if (strongMarker) return { cueEnd, rightStart: pos + strongMarker[0].length, tailStart };
  // `said: "…"`, `said "…"` and `said, "…"` all open a quotation.
  const quoteOrColon = /^\s*[:,]?\s*(?=["“‘'])|^\s*:\s*/.exec(rest());
  if (quoteOrColon) return { cueEnd, rightStart: pos + quoteOrColon[0].length, tailStart };
  // "told reporters on Monday after the talks that …": a `that` after adjuncts or an object.
  const firstWord = (/^\s*([\p{L}]+)/u.exec(rest())?.[1] ?? '').toLowerCase();
  const lateThat = /^([^,;"“]{0,140}?)\bthat\b/i.exec(rest());
  if (
    lateThat &&
    (ADJUNCT_STARTERS.has(firstWord) || cue.word.takesObject) &&
    lateThat[1].split(/\s+/).length <= 16
  ) {
    return { cueEnd, rightStart: pos + lateThat[0].length, tailStart };
  }
  let skipped = pos;
  for (
    let time = TIME_ADJUNCT.exec(masked.slice(skipped));
    time;
    time = TIME_ADJUNCT.exec(masked.slice(skipped))
  )
    skipped += time[0].length;
  const remainder = masked.slice(skipped);
  const words = remainder.match(WORD) ?? [];
  if (words.length === 0 || /^\s*[,;.!?]/.test(remainder))
    return { cueEnd, rightStart: null, tailStart: skipped };
  const nextWord = (words[0] ?? '').toLowerCase();
  if (ADJUNCT_STARTERS.has(nextWord) && !cue.word.takesObject && words.length <= 8)
    return { cueEnd, rightStart: null, tailStart: skipped };
  const marked =
    (view.headline === true && cue.word.strength === 'strong') ||
    // "reported 412 cases", "cited rising costs": a figure or a reason given is what the source said.
    (cue.word.lemma === 'report' && /^\s*(?:about\s+|nearly\s+|more than\s+)?\d/.test(remainder)) ||
    (CITES.has(cue.word.lemma) && /^\s*\p{Ll}/u.test(remainder)) ||
    MARKERS.test(remainder) ||
    (cue.word.strength === 'strong' && opensClause(remainder)) ||
    (cue.word.takesObject === true && OBJECT_THEN_MARKER.test(remainder));
  const documentSource =
    source.document === true ||
    (source.head !== null && (DOCUMENT_NOUNS.has(source.head) || RESEARCH_SOURCES.has(source.head)));
  if ((NEEDS_MARKER.has(cue.word.lemma) || cue.word.strength === 'weak') && !marked && !documentSource)
    return { cueEnd, rightStart: null, tailStart: skipped };
  return {
    cueEnd,
    rightStart: skipped + (remainder.length - remainder.trimStart().length),
    tailStart: skipped,
  };
}

// "added rents were rising": a short noun phrase (case matters: "in May" holds no modal) and a finite verb make a clause with its `that` left out,
// where "added 500 jobs" is an object and the verb is no speech.
const CLAUSE_OPENING =
  /^\s*(?:[\p{L}\d'’-]+\s+){0,5}?(?:is|are|was|were|had|has|have|would|will|could|should|can|may|might|must|did|does|do|remain|remained)\b/u;
const NOT_IN_SUBJECT = /\b(?:that|which|who|whom|where|when|to|and|but)\s/i;

// "asked Ms. Kuhl whether …", "told the panel to …": an object, then the marker of reported content.
const OBJECT_THEN_MARKER = /^\s*(?:[\p{L}.'’-]+\s+){1,5}?(?:whether|if|why|how|what|when|to)\s/u;

function opensClause(remainder: string): boolean {
  const clause = CLAUSE_OPENING.exec(remainder);
  return clause !== null && !NOT_IN_SUBJECT.test(clause[0]);
}

function skipAuxiliariesLeft(text: string, end: number): number {
  let pos = end;
  for (;;) {
    const before = /([\p{L}]+)\s*$/u.exec(text.slice(0, pos));
    if (!before || !AUXILIARIES.has(before[1].toLowerCase()) || before.index === 0) return pos;
    pos = before.index;
  }
}

function trimEnd(text: string, end: number): number {
  while (end > 0 && /\s/.test(text[end - 1])) end--;
  return end;
}

export function endOfSentence(text: string): number {
  let end = text.length;
  while (end > 0 && /[\s.!?…]/.test(text[end - 1])) end--;
  return end;
}
