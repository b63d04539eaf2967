// Finds reporting cues in a sentence and, for each, the source that speaks and where the attributed
// content could lie (before the cue, after it, or both). Choosing among these is left to patterns.ts.
import { EVALUATIONS, LEADING_CONNECTIVES, WEEKDAY_NAMES } from './lexicon';
import { readAccordingTo } from './according-to';
import { OBJECT_THEN_MARKER, OBJECT_THEN_QUOTE, opensClause, readAfterCue } from './after-cue';
import { clauseSubject, nounPhrase } from './clause-subject';
import { holdsOwnClause, skipLeadingAdverbial } from './leading-adverbial';
import { CueCandidate, cueCandidates } from './cue-candidates';
import { cueFamilies } from './cue-families';
import { readCueFirst } from './cue-first-sites';
import { invertedInterjection } from './nested-frames';
import { mayHoldNounCue, nounCueSites } from './noun-cue-sites';
import { saysNothing } from './nothing-said';
import { longSubject } from './long-subject';
import { participleSites } from './participle-sites';
import { mayHoldPassiveCue, passiveSites } from './passive-sites';
import { Break, SentenceView, breaksOf, tagsOf } from './sentence-view';
import {
  CLAUSE_TIME,
  TRAILING_KINDS,
  describedName,
  nameBeforeRelative,
  namedBeforeApposition,
  relativeSource,
  skipAuxiliariesLeft,
  taggedSourceFits,
} from './source-edges';
import { wholeList } from './source-lists';
import { SourceMention, parseSourceMention } from './source-mention';
import { sourceBeforeVerb } from './subject-before-verb';

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
  // "The meeting was first reported by the Courier": the subject, cue and agent are one claim.
  passive?: boolean;
}

// Not after an auxiliary: in "Ode, who was once a pitchman, has vowed" the word is an adverb.
const SUBORDINATE_SOURCE =
  /^(.*\S)(?<!\b(?:was|were|is|are|has|had|have|been))\s+(?:after|before|when|while|because|since|until|once|although|though|whereas|as)\s+(\S.*)$/s;

// "Pell, who identifies as Hispanic, told …": in a relative clause closed right before the cue, "as" is a
// preposition, not the conjunction that opens a clause with its own source.
// "Hale, a Liberal who served as a Marine, denounced …": the relative clause may follow a description.
const RELATIVE_AS = /(?:^|,)\s*(?:[^,;:"“”]*\s)?(?:who|whose|which)\s+[^,;:"“”]*?\s+as\s+[^,;:"“”]*,\s*$/i;

// "As reported by the Courier, …" names its source as plainly as "according to" and is read the same way.
const ACCORDING_TO = /\b(?:according to|as (?:first |previously |originally )?reported by)\s+/gi;

/** All cue sites of a sentence whose source reads as a speaker, in text order. */
export function findCueSites(view: SentenceView): CueSite[] {
  const sites: CueSite[] = [];
  // One pass over the words says which cue words the sentence holds and which families of cue it can.
  const families = cueFamilies(view.masked);
  const cues = cueCandidates(view, families);
  // A test before the match iterator: few sentences say "according to".
  const accordingTo = view.masked.search(ACCORDING_TO) >= 0 ? [...view.masked.matchAll(ACCORDING_TO)] : [];
  // Most sentences hold no cue at all; only the cue readers need the sentence's breaks.
  const possessed = mayHoldNounCue(view.masked);
  const passive = mayHoldPassiveCue(view.masked);
  const breaks = cues.length > 0 || accordingTo.length > 0 || possessed || passive ? breaksOf(view) : [];
  for (const cue of cues) {
    // "…, saying …" is read below as a participle of the clause before.
    if (
      cue.word.progressive &&
      /(?:(?:,|[”"])\s*(?:(?:and|also|then|later)\s+)*|\s(?:by|in|as)\s+)$/.test(
        view.masked.slice(0, cue.start),
      )
    )
      continue;
    const site =
      invertedInterjection(view, breaks, cue) ??
      readSourceFirst(view, breaks, cue) ??
      readCueFirst(view, breaks, cue) ??
      readSubjectFirst(view, breaks, cue);
    if (site && !saysNothing(view, site)) sites.push(site);
  }
  sites.push(...participleSites(view, cues, families.participles).filter((site) => !saysNothing(view, site)));
  if (possessed) sites.push(...nounCueSites(view, breaks));
  if (passive) sites.push(...passiveSites(view, breaks));
  for (const match of accordingTo) {
    const site = readAccordingTo(
      view,
      breaks,
      match.index!,
      match.index! + match[0].trimEnd().length,
      match.index! + match[0].length,
    );
    if (site) sites.push(site);
  }
  return sites.sort((a, b) => a.cueStart - b.cueStart);
}

// "<source> said …" / "…, the ministry said" / "…, which Moscow claims …".
function readSourceFirst(view: SentenceView, breaks: Break[], cue: CueCandidate): CueSite | null {
  const { text } = view;
  // "Tran issued a statement saying …": whoever issued the statement speaks.
  const issued = cue.word.progressive ? ISSUED_DOCUMENT.exec(text.slice(0, cue.start)) : null;
  const sourceEnd = issued ? trimEnd(text, issued.index) : skipAuxiliariesLeft(text, cue.start);
  let best: { mention: SourceMention; start: number; boundary: Break } | null = null;
  let commas = 0;
  let asideEnd = sourceEnd;
  let asideLeftEnd = sourceEnd;
  // "Jason Sims — a teacher from Mount Pleasant — says": an aside closed by a dash right before the cue.
  const dashClosed = /\s(?:—|–|--?)\s*$/.test(text.slice(0, sourceEnd));
  // "Ode, citing “the strength of the port,” said", "Ode, recalling their lunches with Mrs. Lund, described":
  // a participle aside stands between the source and its cue; the source is read up to the aside's comma.
  // The aside may end on an apposition of its own ("Oduya, facing a challenge in Kent, a coastal county, said")
  // or a town's state ("Ode, speaking at a rally in Salem, Ore., warned").
  const participleAside = PARTICIPLE_ASIDE.exec(view.masked.slice(0, sourceEnd));
  const readEnd = participleAside ? participleAside.index + 1 : sourceEnd;
  best = nameBeforeRelative(view, breaks, readEnd);
  for (let b = best ? -1 : breaks.length - 1; b >= 0; b--) {
    const brk = breaks[b];
    if (brk.pos >= readEnd) continue;
    let start = brk.pos;
    let boundary = brk;
    if (brk.kind === 'start') {
      const lead = skipLeadingAdverbial(text, start, readEnd, holdsOwnClause(view));
      if (lead > start) boundary = { ...brk, kind: 'lead', leftEnd: lead };
      start = lead;
    } else {
      // "…, but late Saturday he announced …": a time opening the clause is no part of the source.
      const time =
        CLAUSE_TIME.exec(text.slice(start, readEnd)) ??
        SETTING_BEFORE_PRONOUN.exec(text.slice(start, readEnd));
      if (time) start += time[0].length;
    }
    const chunk = withoutTitles(view, start, readEnd);
    if (chunk === null) break;
    // "Shares rose after the bank said …": a subordinate clause opens on its conjunction, without a comma.
    // "Ana Ruiz, who served as chief of staff, told …": inside a relative clause "as" opens no clause.
    const subordinate =
      brk.kind === 'relative' || RELATIVE_AS.test(chunk) ? null : SUBORDINATE_SOURCE.exec(chunk);
    // A source already read at a nearer break wins ("… as a delegate this summer, Welch said").
    const inner = subordinate && !best && parseSourceMention(subordinate[2], false);
    if (subordinate && inner) {
      const at = start + subordinate[1].length;
      const pos = readEnd - subordinate[2].length;
      best = { mention: inner, start: pos, boundary: { kind: 'coord', pos, leftEnd: at } };
      break;
    }
    // "what he calls corruption in politics": the source of a free relative clause follows "what".
    const what = /(?:^|\s)what\s+(?=\S)(?!.*\swhat\s)/is.exec(chunk);
    // "in what Ana Ruiz, the campaign's treasurer, called …": a name with its apposition outranks the
    // apposition read alone at the nearer comma.
    const framedWhat =
      what &&
      (!best || chunk.includes(',', what.index)) &&
      parseSourceMention(chunk.slice(what.index + what[0].length), false);
    if (what && framedWhat) {
      const pos = start + what.index + what[0].length;
      best = {
        mention: framedWhat,
        start: pos,
        boundary: { kind: 'coord', pos, leftEnd: start + what.index },
      };
      break;
    }
    // "As Ruth Ode has pointed out, the levy is a tax on renters": the frame opens the sentence.
    const as = boundary.kind !== 'comma' && /^\s*(?:as|like)\s+(?=\S)/i.exec(chunk);
    if (as) {
      const pos = start + as[0].length;
      // "As the Courier's harbour desk reported": a tagged noun phrase when the word lists fail.
      const framed =
        parseSourceMention(chunk.slice(as[0].length), false) ??
        nounPhrase(view, pos, readEnd)?.mention ??
        null;
      if (framed) best = { mention: framed, start: pos, boundary: { kind: 'lead', pos, leftEnd: start } };
      break;
    }
    // "…, a wide range of economists say, …": after a break, a tagged noun phrase the word lists miss.
    const read =
      parseSourceMention(chunk, start === 0) ??
      (commas === 0 && taggedSourceFits(view, brk, cue)
        ? (nounPhrase(view, start, readEnd)?.mention ?? null)
        : null);
    const mention =
      read && SHARED_VERB_END.test(chunk.slice(-8))
        ? sourceBeforeVerb(view, start, { mention: read, end: readEnd }).mention
        : read;
    // "Members of the board backed Ode, the chair said": words before a nearer source that hold a verb are
    // a clause of their own, not the name that source describes.
    if (mention && best && holdsVerb(view, start, asideLeftEnd)) break;
    if (mention) best = { mention, start: start + (chunk.length - chunk.trimStart().length), boundary };
    // Asides and relative clauses sit between commas inside a source ("Ana Ruiz, who voted no, said").
    const listed = listItem(text, breaks, b);
    const aside =
      listed ||
      // "Ode, host of KBX's “Harbor Week,” said": a quoted title closes the description, not a quote.
      (brk.kind === 'quote' && titleEndingAt(view, brk.leftEnd) !== undefined) ||
      brk.kind === 'comma' ||
      brk.kind === 'relative' ||
      (brk.kind === 'dash' && dashClosed) ||
      // "Powell’s office, when contacted by Reuters, said".
      (brk.kind === 'coord' &&
        /^(?:contacted|asked|reached|approached|questioned)\b/.test(text.slice(brk.pos)));
    // "Lena Ward, 30, of Salem, Ore., who …, said": an age between commas is no clause of its own.
    if (!aside || (!listed && !AGE_ASIDE.test(text.slice(brk.pos, asideEnd)) && ++commas > 3)) break;
    asideEnd = brk.pos;
    asideLeftEnd = brk.leftEnd;
  }
  best ??= relativeSource(view, breaks, sourceEnd, cue);
  if (!best) return null;
  // "And, as The Times reported, Ode …": after a bare connective the frame opens the sentence.
  const connective = best.boundary.kind === 'coord' && CONNECTIVE_AS.exec(text.slice(0, best.boundary.pos));
  if (connective)
    best = { ...best, boundary: { kind: 'lead', pos: best.boundary.pos, leftEnd: connective[1].length } };
  best = wholeList(view, breaks, namedBeforeApposition(view, breaks, best));
  const after = readAfterCue(view, cue, best.mention);
  if (issued && after.rightStart !== null) after.cueEnd = Math.max(after.cueEnd, cue.end);
  // After "As Ode points out," the whole clause is what was pointed out, whatever word opens it.
  const framed =
    best.boundary.kind === 'lead' && /^\s*(?:as|like)\s/i.test(text.slice(best.boundary.leftEnd));
  const comma =
    framed && after.rightStart === null ? FRAME_CLOSE.exec(view.masked.slice(after.tailStart)) : null;
  if (comma) after.rightStart = after.tailStart + comma[0].length;
  return {
    cueStart: cue.start,
    lemma: cue.word.lemma,
    order: 'source-first',
    source: best.mention,
    sourceStart: best.start,
    sourceEnd: trimEnd(text, sourceEnd),
    boundary: leadingSetting(view, best.boundary, after.rightStart !== null),
    ...after,
  };
}

// Tagged only for four words or more, one of them lower-case: "Tom Ode, the chair, said" and "The board's
// chairwoman, Ana Ruiz, said" need no tags.
const holdsVerb = (view: SentenceView, from: number, to: number) =>
  /^\s*\S+\s+\S+\s+\S+\s+\S/.test(view.text.slice(from, to)) &&
  /(?:^|\s)\p{Ll}/u.test(view.text.slice(from, to)) &&
  tagsOf(view, from, to).some(
    (token) =>
      token.start >= from &&
      token.end <= to &&
      // "Shane Shook", "Richard Burr": a capitalised word is a name, whatever the tagger makes of it.
      /^\p{Ll}/u.test(token.text) &&
      (token.tag === 'AUX' || (token.tag === 'VERB' && !/ing$/.test(token.text))),
  );

const AGE_ASIDE = /^\s*\d{1,3}\s*,?\s*$/;
// "A lawyer for the union declined to comment but said": words ending on a conjunction are a clause whose
// verb the cue shares; the strict grammar reads a description with any tail as a group, so the source
// ends at that clause's verb.
const SHARED_VERB_END = /\s(?:and|but)\s*$/;
// A quoted title: up to six words, capitalised but for short ones, after a possessive, a word for a
// work or programme, or "of", "on", "known as" ("host of MSNBC's “Morning Joe,”", "author of “Tides”").
const TITLE_WORDS =
  /^\p{Lu}[\p{L}'’-]*(?:\s+(?:\p{Lu}[\p{L}'’-]*|of|the|a|an|and|in|on|to|for|with|at|&))*[,.]?$/u;
const BEFORE_TITLE =
  /(?:\p{L}['’]s|\b(?:show|program|programme|book|film|movie|series|podcast|documentary|column|newsletter|album|song|play|novel|memoir|magazine|blog|of|on|as|called|titled|entitled))\s*$/iu;
const titleEndingAt = (view: SentenceView, end: number) =>
  view.quotes.find(
    (quote) =>
      quote.end === end &&
      quote.end - quote.start <= 60 &&
      TITLE_WORDS.test(view.text.slice(quote.start + 1, quote.end - 1).trim()) &&
      BEFORE_TITLE.test(view.text.slice(Math.max(0, quote.start - 20), quote.start)),
  );
// The words from start to end with each quoted title read as the word "title" (a source may name a show
// or a book: "host of KBX's “Harbor Week,”"), or null when they hold any other quote.
function withoutTitles(view: SentenceView, start: number, end: number): string | null {
  const chunk = view.text.slice(start, end);
  if (!/["“”‘«»]/.test(chunk)) return chunk;
  let plain = chunk;
  for (const quote of view.quotes) {
    if (quote.end <= start || quote.start >= end) continue;
    if (quote.start < start || quote.end > end || !titleEndingAt(view, quote.end)) return null;
    // The same length, so positions found in the words stay positions in the sentence.
    const comma = /[,.]$/.test(view.text.slice(quote.start, quote.end - 1)) ? ',' : '';
    const word = 'title'.padEnd(quote.end - quote.start - comma.length) + comma;
    plain = plain.slice(0, quote.start - start) + word + plain.slice(quote.end - start);
  }
  return /["“”‘«»]/.test(plain) ? null : plain;
}
// "Ana Ruiz, director for ports, ferries, and harbors, said": a break inside a list of lower-case items
// (its ", and" or one of its commas) is no clause of its own; the description holds the whole list.
const LIST_ITEM = /^\s*\p{Ll}[\p{L}-]*(?:\s+\p{Ll}[\p{L}-]*){0,2}\s*$/u;
function listItem(text: string, breaks: Break[], b: number): boolean {
  const brk = breaks[b];
  const next = breaks.slice(b + 1).find((later) => later.kind === 'coord' || later.kind === 'comma');
  const closing = brk.kind === 'coord' ? brk : next;
  if (
    !closing ||
    closing.kind !== 'coord' ||
    !/^\s*,\s*(?:and|or)\s+$/.test(text.slice(closing.leftEnd, closing.pos))
  )
    return false;
  const item = brk.kind === 'coord' ? breaks[b - 1] : brk;
  const last = breaks[breaks.indexOf(closing) + 1];
  return (
    item !== undefined &&
    last?.kind === 'comma' &&
    LIST_ITEM.test(text.slice(closing.pos, last.leftEnd)) &&
    item.kind === 'comma' &&
    (brk.kind === 'coord' || next === closing) &&
    LIST_ITEM.test(text.slice(item.pos, closing.leftEnd))
  );
}
const CONNECTIVE_AS = /^(\s*(?:and|but|however|yet|still|indeed|meanwhile|moreover|also|so)\s*,\s*)as\s+$/i;
// The comma closing "As Ode reported," after a short time ("reported just today,").
const FRAME_CLOSE =
  /^\s*(?:(?:just\s+)?(?:today|yesterday|recently|previously|earlier|first|(?:last|this)\s+\p{L}+|on\s+\p{Lu}\p{L}+)\s*)?,\s*(?=\S)/u;

// "…, at the town hall this week she said …": a setting before a pronoun subject, without its comma.
const SETTING_BEFORE_PRONOUN = /^\s*(?:at|in|on|during)\s+[^,;:"“”]{1,40}?\s+(?=(?:he|she|they|we|I)\s*$)/;

// "Democratic critics, led by Sen. Iris Vane of Maine, said": a passive participle with its agent too;
// "Ode, asked about the pilots, said", "Ode, when asked specifically why, said", "Ode, while touring the
// pier, said", "Ode, after a long pause, said", "Ode, after the row broke in
// March, initially said": a question put to the source, or a setting between commas (the setting was read
// as the source, or the source with its aside as no name at all).
const PARTICIPLE_ASIDE =
  /,\s+(?:(?!including\s+(?:the\s+)?\p{Lu})\p{Ll}{3,}ing|(?:led|backed|joined|accompanied|flanked|supported|headed|represented)\s+by|(?:(?:when|while|after|before|since|once)\s+(?:being\s+\p{Ll}{3,}ed|\p{Ll}{3,}ing)\s)|(?:(?:when|if|once|after)\s+)?(?:asked|pressed|questioned)\s+(?:\p{Ll}+ly\s+)?(?:about|on|by|whether|if|why|what|how)|(?:after|following|during|before|amid|despite)\s+(?=\p{L})|(?:in|at|on|with)\s+(?:a|an|the|his|her|their|its|this|that|some|[\d]+)\s)[^,;:]*(?:,\s+(?:(?:a|an|the)\s[^,;:]*|\p{Lu}[\p{L}.]{1,12}))?(?:,|[”"»]|·')\s*$/u;

const ISSUED_DOCUMENT =
  /\s+(?:also\s+)?(?:issued|released|sent|posted|put out|published|tweeted|wrote|ran|aired|launched)\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,2}(?:statement|letter|email|note|ad|advertisement|video|tweet|post|message|memo|release|op-ed|column)\s*$/u;

// "In an interview on Radio Kestrel's “Morning Desk,” Anand said …": when content follows the cue, a
// setting before the source is no content of its own, however long or quoted it is.
// With nothing after the cue, a plain setting ("In his filing, Tran reported …") is no content either.
function leadingSetting(view: SentenceView, boundary: Break, contentAfter: boolean): Break {
  if (boundary.kind !== 'comma' && (boundary.kind !== 'quote' || !contentAfter)) return boundary;
  const opener = /^\s*([\p{L}]+)/u.exec(view.masked)?.[1].toLowerCase() ?? '';
  // "Walking into the hall, the senator said …": an opening participle phrase is a setting too.
  const participle = contentAfter && /^\p{L}{3,}ing$/u.test(opener);
  // "Wednesday on Fox News Channel’s “Hannity,” Gingrich said …": a day opens a setting as "on Monday" does.
  const day = contentAfter && WEEKDAYS.has(opener) && !/^\s*\p{L}+['’]/u.test(view.masked);
  // "To a question on “privatization,” Sanders said …": what the source answered.
  const answered = contentAfter && opener === 'to';
  if (
    (!LEADING_CONNECTIVES.has(opener) && !participle && !day && !answered) ||
    /^(?:but|and|yet|so|also|still|now|then)$/.test(opener)
  )
    return boundary;
  // "In 2016 the agency fined the tannery …, a penalty that groups called …" opens with a clause, not a setting.
  const clause = tagsOf(view, 0, boundary.leftEnd).some(
    (token, i, tokens) =>
      token.end <= boundary.leftEnd &&
      // "Walking in to chants of", "To a question on": in an opening phrase a verb after "to" is an
      // infinitive (or a mis-tagged noun); after a connective it may be the subject's ("any attempt to …").
      !((participle || answered) && /^to$/i.test(tokens[i - 1]?.text ?? '')) &&
      // A verb quoted inside the setting ("to cheers of “Go Mara!”") is not the sentence's.
      !view.quotes.some((quote) => token.start >= quote.start && token.end <= quote.end) &&
      (token.tag === 'AUX' || (token.tag === 'VERB' && !/ing$/.test(token.text))),
  );
  return clause ? boundary : { ...boundary, kind: 'lead' };
}

const WEEKDAYS = new Set(WEEKDAY_NAMES.map((day) => day.toLowerCase()));

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
// An evaluation (lexicon.ts) takes its object as content after a subject read loosely; not after "to"
// ("tried to attack" reads no subject well), not as a participle ("featuring voters … criticizing the plan",
// read with the clause before it in participle-sites.ts), and "call" only as a verb after a conjunction or
// relative pronoun ("a wake-up call for …" is a noun that a later quote made a candidate).
function evaluation(view: SentenceView, cue: CueCandidate): boolean {
  if (!EVALUATIONS.has(cue.word.lemma) || cue.word.progressive) return false;
  const before = view.masked.slice(Math.max(0, cue.start - 30), cue.start);
  if (/\bto\s+$/i.test(before)) return false;
  // "a dealer accused of forgery": "accused" right before "of" is a passive, and its subject accused nobody.
  if (cue.word.lemma === 'accuse' && /^\s+of\b/.test(view.masked.slice(cue.end))) return false;
  return cue.word.lemma !== 'call' || /\b(?:and|but|who|that)\s+(?:\p{Ll}+ly\s+)?$/iu.test(before);
}
// Verbs that report speech and nothing else, after which any long noun phrase can be the subject.
const PLAIN_SAYING = new Set(['say', 'tell']);
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
      /^["“‘']/.test(view.text.slice(after.rightStart)) ||
      // "asked Lund how he was", "urged the board to wait".
      (cue.word.takesObject === true &&
        (OBJECT_THEN_MARKER.test(remainder) || OBJECT_THEN_QUOTE.test(remainder)));
    // "said the deal was on": after "say" itself, whatever follows is what was said. "Ode, who announced
    // a plan on Monday, …": right after "who" the speaker is the name before it, read as surely as a name.
    const afterWho = /,\s*who\s+$/i.test(
      view.masked.slice(Math.max(0, cue.start - 12), skipAuxiliariesLeft(view.text, cue.start)) + ' ',
    );
    // "… and called for new cranes": a call for something is a demand made in words, whatever follows.
    const demand = /^call(?:ed|s|ing)? (?:\S+ )*?(?:for|on)$/.test(cue.word.lemma);
    if (
      !marked &&
      !afterWho &&
      !demand &&
      !evaluation(view, cue) &&
      cue.word.lemma !== 'say' &&
      !(SAYING.has(cue.word.lemma) && opensClause(remainder))
    )
      return null;
    if (ANONYMITY.test(remainder)) return null;
  }
  const sourceEnd = skipAuxiliariesLeft(view.text, cue.start);
  const subject =
    clauseSubject(view, breaks, sourceEnd) ??
    (after.rightStart !== null && PLAIN_SAYING.has(cue.word.lemma)
      ? longSubject(view, breaks, sourceEnd)
      : null);
  if (!subject || (after.rightStart === null && !TRAILING_KINDS.has(subject.boundary.kind))) return null;
  const source = describedName(view, breaks, subject);
  return {
    cueStart: cue.start,
    lemma: cue.word.lemma,
    order: 'source-first',
    source,
    sourceStart: subject.start,
    sourceEnd: trimEnd(view.text, sourceEnd),
    boundary: leadingSetting(view, subject.boundary, after.rightStart !== null),
    contentEnd: subject.contentEnd,
    ...after,
  };
}

function trimEnd(text: string, end: number): number {
  while (end > 0 && /\s/.test(text[end - 1])) end--;
  return end;
}
