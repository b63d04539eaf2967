// Participles of speech, whose speaker is read elsewhere in the sentence: the subject of the clause
// before (`…, saying …`), the noun phrase after "with" (`with X calling …`) or the agent of "asked by".
import { readAfterCue } from './after-cue';
import { nounPhrase, sharedSubject } from './clause-subject';
import { skipLeadingAdverbial } from './leading-adverbial';
import type { CueCandidate } from './cue-candidates';
import type { CueSite } from './cue-sites';
import { CUE_WORDS } from './lexicon';
import { Break, SentenceView, tagsOf } from './sentence-view';
import { SourceMention, parseSourceMention } from './source-mention';
import { sourceBeforeVerb } from './subject-before-verb';

// "…, saying …", "… as “fantastic,” telling reporters …": a participle whose speaker is the clause's subject.
export const PARTICIPLES =
  'saying|adding|arguing|insisting|warning|claiming|noting|stressing|explaining|accusing|calling|urging|promising|telling|declaring|announcing|suggesting|predicting|acknowledging|admitting|vowing|pledging|stating|repeating|reiterating|conceding|complaining|asserting|contending|citing|recalling|describing|asking|criticizing|criticising|praising|blaming|denouncing|dismissing|mocking|touting|lamenting|decrying|condemning|blasting|slamming|pointing out|mentioning|referencing|quoting';
// "…, writing: “…”", "…, joking that …": participles that report speech only when a quote, a colon or "that"
// follows ("writing a report", "shouting at the crowd" are acts).
const MARKED_PARTICIPLES =
  'writing|tweeting|replying|remarking|joking|quipping|yelling|shouting|retorting|exclaiming|proclaiming|observing|boasting';
// After a preposition, talk about something reports it too ("began by talking about the debt").
const TALK_PARTICIPLES = 'talking about|speaking about';
/** The first words of every participle the patterns here match, for cue-families.ts's one pass. */
export const PARTICIPLE_WORDS: ReadonlySet<string> = new Set(
  [PARTICIPLES, MARKED_PARTICIPLES, TALK_PARTICIPLES]
    .join('|')
    .split('|')
    .map((participle) => participle.split(' ')[0]),
);
const PARTICIPLE_AFTER_CLAUSE = new RegExp(
  `(?:,|(?<=[”"])|\\s[–—-])\\s+(?:and\\s+)?(?:also\\s+|then\\s+|later\\s+)?(${PARTICIPLES}|(?:${MARKED_PARTICIPLES})(?=\\s*(?:that\\b|[:,]?\\s*["“]|:)))\\b(?:\\s+that\\b)?\\s*`,
  'gi',
);

// "Vell corrected the harbour master by saying …", "Ode joined Republicans in saying …", "was quoted as
// saying …", "began by talking about the debt", "was booed after telling …": the preposition governs the participle, whose speaker is the clause's subject.
export const PARTICIPLE_AFTER_PREPOSITION = new RegExp(
  `\\s(?:by|in|as|after|before|while)\\s+(?:[a-z]+ly\\s+)?(${PARTICIPLES}|${TALK_PARTICIPLES})\\b(?:\\s+that\\b)?\\s*`,
  // Lower case only: "Responds To Question By Saying …" is a headline.
  'g',
);

const LAST_SUBORDINATE = /,\s+(?:when|where|while|as|because|(?:in|under|through) which)\s+(?=[^,]*$)/i;
const SUBORDINATOR = /^(?:When|While|After|Before|Once|If|Because|Although|Though|Where|Whereas)\s+(?=\S)/;

const WITH_PARTICIPLE = new RegExp(
  `\\bwith\\s+([^,;:"“”]{2,90}?)\\s+(${PARTICIPLES})\\b(?:\\s+that\\b)?\\s*`,
  'gi',
);

/**
 * Participles of speech in a sentence: after a clause ("…, saying …"), after "with X", and "asked by X".
 * `participles` is false when the sentence holds none of the participles (cue-families.ts), which spares
 * most sentences the long alternations.
 */
export function participleSites(view: SentenceView, cues: CueCandidate[], participles: boolean): CueSite[] {
  const sites: CueSite[] = [];
  for (const match of participles ? view.masked.matchAll(PARTICIPLE_AFTER_CLAUSE) : []) {
    // After a cue ("…, Tran told a radio station, adding …") the participle is that cue's speaker's.
    const frame = cues.filter((cue) => cue.start < match.index!).pop();
    const site = readParticiple(view, match.index!, match.index! + match[0].length, match[1], frame);
    if (site) sites.push(site);
  }
  for (const match of participles ? view.masked.matchAll(PARTICIPLE_AFTER_PREPOSITION) : []) {
    const site = readParticiple(view, match.index!, match.index! + match[0].length, match[1]);
    // "after telling his aides …", "while acknowledging …": a time clause, read only when a name or pronoun
    // is the subject ("One month after announcing …" and "Most recently, … after mocking …" are not).
    const temporal = /^\s(?:after|before|while)\s/.test(match[0]);
    if (!site || (temporal && site.source.form !== 'name' && site.source.form !== 'pronoun')) continue;
    // "by talking about the pier, the crowd …": what was talked about is a noun phrase up to the comma.
    const comma = / about$/.test(match[1]) ? view.masked.slice(site.rightStart ?? 0).search(/[,;]/) : -1;
    if (comma >= 0) site.contentEnd = site.rightStart! + comma;
    sites.push(site);
  }
  for (const match of participles && /\bwith\s/i.test(view.masked)
    ? view.masked.matchAll(WITH_PARTICIPLE)
    : []) {
    const site = readWithParticiple(view, match);
    if (site) sites.push(site);
  }
  const opening = participles ? OPENING_CUE.exec(view.masked) : null;
  const openingSite = opening && readOpeningParticiple(view, opening);
  if (openingSite) sites.push(openingSite);
  for (const match of /\basked by\s/i.test(view.masked) ? view.masked.matchAll(ASKED_BY) : []) {
    const site = readAskedBy(view, match);
    if (site) sites.push(site);
  }
  return sites;
}

// "He disagreed, saying it would take weeks": the participle's speaker is the sentence's subject.
function readParticiple(
  view: SentenceView,
  commaAt: number,
  contentStart: number,
  participle: string,
  frame?: CueCandidate,
): CueSite | null {
  const { text } = view;
  const framed = frame !== undefined;
  let start = skipOpeningParticiple(text, skipLeadingAdverbial(text, 0, commaAt), commaAt);
  // "When Ode launched his campaign by talking about …": inside the subordinate clause (no comma has
  // closed it yet) the subject follows the subordinator.
  if (!text.slice(start, commaAt).includes(','))
    start += SUBORDINATOR.exec(text.slice(start, commaAt))?.[0].length ?? 0;
  // "The first clash came at a rally, when protesters interrupted her, shouting “…”": the participle's
  // speaker is the subject of the last clause before it.
  const lastClause = LAST_SUBORDINATE.exec(text.slice(start, commaAt));
  if (lastClause) start += lastClause.index + lastClause[0].length;
  const words = [...text.slice(start, commaAt).matchAll(/\S+/g)];
  let best: { mention: SourceMention; end: number } | null = frame
    ? speakerBeforeFrame(view, frame, commaAt)
    : null;
  if (best) start = best.end - best.mention.mention.length;
  const beforeFrame = best !== null;
  for (let count = best ? Infinity : 1; count <= Math.min(words.length - 1, 10); count++) {
    const end = words[count - 1].index! + words[count - 1][0].length + start;
    const mention = parseSourceMention(text.slice(start, end), start === 0);
    if (mention && /^\p{Ll}/u.test(words[count][0])) best = { mention, end };
  }
  // An opening word that modifies the next leaves the tagged subject to find, even after a frame.
  const opening = best;
  const modifier = best !== null && !beforeFrame && modifiesNextWord(view, best);
  if (modifier) best = null;
  if (best && !frame) best = sourceBeforeVerb(view, start, best);
  // "Sen. Mark Kirk, R-Ill., who faces a tough race, rescinded his endorsement, saying …": a source with
  // asides ends at a comma before the verb.
  for (const comma of best ? [] : text.slice(start, commaAt).matchAll(/,\s+(?=\p{Ll})/gu)) {
    const end = start + comma.index! + 1;
    const mention = parseSourceMention(text.slice(start, end), start === 0);
    if (mention && mention.form !== 'pronoun') {
      best = { mention, end };
      break;
    }
  }
  const cueStart = commaAt + view.masked.slice(commaAt).indexOf(participle);
  // "Washington (AFP) – Democrat Jo Ode has taken a swipe at …, saying …": the tagged subject of the clause.
  const subject =
    best || (framed && !modifier)
      ? null
      : (sharedSubject(view, 0, commaAt, cueStart) ?? subjectBeforeFiniteVerb(view, commaAt));
  if (modifier && !subject) best = opening;
  const source = best ?? (subject && { mention: subject.mention, end: subject.end });
  if (!source) return null;
  const after = participleContent(view, cueStart, participle, source.mention, contentStart);
  if (!after) return null;
  const boundary: Break = { kind: 'coord', pos: cueStart, leftEnd: commaAt };
  return {
    cueStart,
    lemma: participle,
    order: 'source-first',
    source: source.mention,
    sourceStart: subject ? subject.start : start,
    sourceEnd: source.end,
    boundary,
    ...after,
  };
}

// "Republican front-runner Jo Ode is insisting …, claiming …": one capitalised word opening the clause
// before a lower-case word that is no verb modifies that word (an adjective or a noun as in "Talk show
// host"); the clause's tagged subject is the source.
function modifiesNextWord(view: SentenceView, best: { mention: SourceMention; end: number }): boolean {
  if (/\s/.test(best.mention.mention.trim()) || best.mention.form === 'pronoun') return false;
  const next = tagsOf(view, best.end, best.end + 40).find((token) => token.start >= best.end);
  return (
    next !== undefined && /^\p{Ll}/u.test(next.text) && !['VERB', 'AUX', 'ADV', 'ADP'].includes(next.tag)
  );
}

// "The plan will fail, Ode said, adding …": a participle right after a cue that closes the clause speaks for
// that cue's speaker, named between the break before it and the cue, not for the clause's subject.
function speakerBeforeFrame(
  view: SentenceView,
  frame: CueCandidate,
  commaAt: number,
): { mention: SourceMention; end: number } | null {
  if (!/^[^,;"“”]{0,40}$/.test(view.masked.slice(frame.end, commaAt))) return null;
  const before = view.masked.slice(Math.max(0, frame.start - 80), frame.start);
  const opening = /(?:,|[”"])\s*([^,;:"“”]+?)\s*$/u.exec(before);
  if (!opening) return null;
  const end = frame.start - (before.length - before.trimEnd().length);
  const mention = parseSourceMention(opening[1], false, true);
  return mention ? { mention, end } : null;
}

// "Facing mounting criticism from both parties, Ode released a statement, describing …": a participle
// phrase opening the sentence is a setting; the clause's subject comes after its comma.
const OPENING_PARTICIPLE = /^\s*\p{Lu}\p{Ll}{2,}ing\s[^,;"“”]{2,100},\s*(?=\S)/u;

function skipOpeningParticiple(text: string, start: number, end: number): number {
  const opening = OPENING_PARTICIPLE.exec(text.slice(start, end));
  return opening ? start + opening[0].length : start;
}

// "On Thursday, after staying neutral for months, Warren endorsed Ode, saying …": the noun phrase between
// the last comma and the clause's first finite verb.
function subjectBeforeFiniteVerb(
  view: SentenceView,
  commaAt: number,
): { mention: SourceMention; start: number; end: number } | null {
  const verb = tagsOf(view, 0, commaAt).find(
    (token) =>
      token.end <= commaAt &&
      (token.tag === 'AUX' || (token.tag === 'VERB' && !/ing$/.test(token.text))) &&
      !view.quotes.some((quote) => token.start >= quote.start && token.end <= quote.end),
  );
  if (!verb) return null;
  const comma = view.masked.lastIndexOf(',', verb.start);
  const from = comma < 0 ? skipLeadingAdverbial(view.text, 0, verb.start) : comma + 1;
  const phrase = nounPhrase(view, from, verb.start);
  return phrase && phrase.mention.form !== 'pronoun'
    ? phrase
    : phrase && /^(?:he|she|they|we|i)$/i.test(phrase.mention.mention)
      ? phrase
      : null;
}

// What a participle governs, read as its finite verb's would be: "telling reporters on Friday that …"
// starts after the `that`, "adding 500 jobs" is no speech.
function participleContent(
  view: SentenceView,
  cueStart: number,
  participle: string,
  source: SourceMention,
  contentStart: number,
): { cueEnd: number; rightStart: number; tailStart: number } | null {
  const cueEnd = cueStart + participle.length;
  const lower = participle.toLowerCase();
  const stem = lower.replace(/ing$/, '');
  const phrase = lower.includes(' ') ? lower.replace(/^(\S+)ing/, (_, verb: string) => `${verb}ed`) : null;
  const word = phrase
    ? { lemma: phrase, strength: 'strong' as const }
    : [stem, `${stem}e`, `${stem}ed`, `${stem.replace(/(.)\1$/, '$1')}ed`]
        .map((form) => CUE_WORDS.get(form))
        .find(Boolean);
  if (!word) return { cueEnd, rightStart: contentStart, tailStart: contentStart };
  const after = readAfterCue(view, { start: cueStart, end: cueEnd, word }, source);
  return after.rightStart === null ? null : { ...after, rightStart: after.rightStart };
}

// "Declaring that the port would stay open, the mayor promised …", "Since announcing in March that …, Ode
// has …": a participle of speech opening the sentence speaks for the subject after its phrase's comma.
const OPENING_CUE = new RegExp(
  `^\\s*(?:(?:after|since|before|upon|while|in)\\s+)?(${PARTICIPLES})\\b(?:\\s+that\\b)?\\s*`,
  'i',
);

function readOpeningParticiple(view: SentenceView, match: RegExpExecArray): CueSite | null {
  const participle = match[1];
  const cueStart = match.index + match[0].indexOf(participle, match[0].search(/\S/));
  for (const comma of view.masked.slice(cueStart).matchAll(/,\s*/g)) {
    const from = cueStart + comma.index! + comma[0].length;
    const verb = tagsOf(view, from, from + 90).find(
      (token) =>
        token.start >= from &&
        /^\p{Ll}/u.test(token.text) &&
        (token.tag === 'AUX' || (token.tag === 'VERB' && !/ing$/.test(token.text))),
    );
    const subject = verb && nounPhrase(view, from, verb.start);
    if (!subject) continue;
    const after = participleContent(
      view,
      cueStart,
      participle,
      subject.mention,
      match.index + match[0].length,
    );
    if (!after || after.rightStart >= from) return null;
    return {
      cueStart,
      lemma: participle.toLowerCase(),
      order: 'source-first',
      source: subject.mention,
      sourceStart: subject.start,
      sourceEnd: subject.end,
      boundary: { kind: 'start', pos: 0, leftEnd: 0 },
      ...after,
      contentEnd: from - comma[0].length,
    };
  }
  return null;
}

// "…, with Martin Ode calling Tran a fraud": the participle's subject follows "with".
function readWithParticiple(view: SentenceView, match: RegExpMatchArray): CueSite | null {
  const withAt = match.index!;
  const sourceStart = withAt + /^with\s+/i.exec(match[0])![0].length;
  const sourceEnd = sourceStart + match[1].length;
  const mention =
    parseSourceMention(match[1], false, true) ?? nounPhrase(view, sourceStart, sourceEnd)?.mention ?? null;
  if (!mention || mention.form === 'pronoun') return null;
  const cueStart = sourceEnd + view.masked.slice(sourceEnd).indexOf(match[2]);
  const rightStart = withAt + match[0].length;
  const leftEnd = withAt - (/[\s,]*$/.exec(view.masked.slice(0, withAt))?.[0].length ?? 0);
  return {
    cueStart,
    cueEnd: cueStart + match[2].length,
    lemma: match[2].toLowerCase(),
    order: 'source-first',
    source: mention,
    sourceStart,
    sourceEnd,
    boundary: { kind: 'coord', pos: cueStart, leftEnd },
    rightStart,
    tailStart: rightStart,
  };
}

// "When asked by a reporter if that remains his view": the agent asked, the question is the content.
const ASKED_BY = /\basked by\s+([^,;:"“”]{2,60}?)\s+(?=(?:whether|if|about|why|how|what|when|to)\s)/gi;

function readAskedBy(view: SentenceView, match: RegExpMatchArray): CueSite | null {
  const cueStart = match.index!;
  const sourceStart = cueStart + match[0].indexOf(match[1]);
  const sourceEnd = sourceStart + match[1].length;
  const mention =
    parseSourceMention(match[1], false, true) ?? nounPhrase(view, sourceStart, sourceEnd)?.mention;
  if (!mention || mention.form === 'pronoun') return null;
  const rightStart = cueStart + match[0].length;
  const comma = view.masked.indexOf(',', rightStart);
  return {
    cueStart,
    cueEnd: cueStart + 'asked'.length,
    lemma: 'ask',
    order: 'source-first',
    source: mention,
    sourceStart,
    sourceEnd,
    boundary: { kind: 'lead', pos: cueStart, leftEnd: cueStart },
    rightStart,
    tailStart: rightStart,
    contentEnd: comma < 0 ? null : comma,
  };
}
