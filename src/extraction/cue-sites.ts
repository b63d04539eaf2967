// Finds reporting cues in a sentence and, for each, the source that speaks and where the attributed
// content could lie (before the cue, after it, or both). Choosing among these is left to patterns.ts.
import { AUXILIARIES, CUE_WORDS, LEADING_CONNECTIVES } from './lexicon';
import { OBJECT_THEN_MARKER, OBJECT_THEN_QUOTE, opensClause, readAfterCue } from './after-cue';
import { clauseSubject, nounPhrase, sharedSubject, skipLeadingAdverbial } from './clause-subject';
import { CueCandidate, cueCandidates } from './cue-candidates';
import { Break, SentenceView, breaksOf, tagsOf } from './sentence-view';
import { SourceMention, parseNameRun, parseSourceMention } from './source-mention';

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

// "…, saying …", "… as “fantastic,” telling reporters …": a participle whose speaker is the clause's subject.
export const PARTICIPLES =
  'saying|adding|arguing|insisting|warning|claiming|noting|stressing|explaining|accusing|calling|urging|promising|telling|declaring|announcing|suggesting|predicting|acknowledging|admitting|vowing|pledging|stating|repeating|reiterating|conceding|complaining|asserting|contending|citing|recalling|describing|asking|criticizing|criticising|praising|blaming|denouncing|dismissing|mocking|touting|lamenting|decrying|condemning|blasting|slamming|pointing out';
const PARTICIPLE_AFTER_CLAUSE = new RegExp(
  `(?:,|(?<=[”"])|\\s[–—-])\\s+(?:and\\s+)?(?:also\\s+|then\\s+|later\\s+)?(${PARTICIPLES})\\b(?:\\s+that\\b)?\\s*`,
  'gi',
);

const WITH_PARTICIPLE = new RegExp(
  `\\bwith\\s+([^,;:"“”]{2,90}?)\\s+(${PARTICIPLES})\\b(?:\\s+that\\b)?\\s*`,
  'gi',
);

const SUBORDINATE_SOURCE =
  /^(.*\S)\s+(?:after|before|when|while|because|since|until|once|although|though|whereas|as)\s+(\S.*)$/s;

const ABBREVIATED_SUFFIX = /\b(?:Inc|Corp|Ltd|Co|Jr|Sr|Bros|Plc)$/;

/** All cue sites of a sentence whose source reads as a speaker, in text order. */
export function findCueSites(view: SentenceView): CueSite[] {
  const sites: CueSite[] = [];
  const breaks = breaksOf(view);
  const cues = cueCandidates(view);
  for (const cue of cues) {
    // "…, saying …" is read below as a participle of the clause before.
    if (
      cue.word.progressive &&
      /(?:,|[”"])\s*(?:(?:and|also|then|later)\s+)*$/.test(view.masked.slice(0, cue.start))
    )
      continue;
    const site =
      readSourceFirst(view, breaks, cue) ??
      readCueFirst(view, breaks, cue) ??
      readSubjectFirst(view, breaks, cue);
    if (site) sites.push(site);
  }
  // Most sentences hold no participle of speech; a cheap test spares them the long alternations.
  const participles = /ing\b/.test(view.masked);
  for (const match of participles ? view.masked.matchAll(PARTICIPLE_AFTER_CLAUSE) : []) {
    // After a cue ("…, Tran told a radio station, adding …") the participle is that cue's speaker's.
    const framed = cues.some((cue) => cue.start < match.index!);
    const site = readParticiple(view, match.index!, match.index! + match[0].length, match[1], framed);
    if (site) sites.push(site);
  }
  for (const match of participles && /\bwith\s/i.test(view.masked)
    ? view.masked.matchAll(WITH_PARTICIPLE)
    : []) {
    const site = readWithParticiple(view, match);
    if (site) sites.push(site);
  }
  for (const match of /\basked by\s/i.test(view.masked) ? view.masked.matchAll(ASKED_BY) : []) {
    const site = readAskedBy(view, match);
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
  framed: boolean,
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
    best || framed
      ? null
      : (sharedSubject(view, 0, commaAt, cueStart) ?? subjectBeforeFiniteVerb(view, commaAt));
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
    const mention =
      parseSourceMention(chunk, false, true) ??
      nounPhrase(view, sourceStart, sourceStart + chunk.trimEnd().length)?.mention ??
      looseSource(chunk);
    if (!mention || mention.form === 'pronoun') continue;
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

// "<source> said …" / "…, the ministry said" / "…, which Moscow claims …".
function readSourceFirst(view: SentenceView, breaks: Break[], cue: CueCandidate): CueSite | null {
  const { text } = view;
  // "Tran issued a statement saying …": whoever issued the statement speaks.
  const issued = cue.word.progressive ? ISSUED_DOCUMENT.exec(text.slice(0, cue.start)) : null;
  const sourceEnd = issued ? trimEnd(text, issued.index) : skipAuxiliariesLeft(text, cue.start);
  let best: { mention: SourceMention; start: number; boundary: Break } | null = null;
  let commas = 0;
  // "Jason Sims — a teacher from Mount Pleasant — says": an aside closed by a dash right before the cue.
  const dashClosed = /\s(?:—|–|--?)\s*$/.test(text.slice(0, sourceEnd));
  for (let b = breaks.length - 1; b >= 0; b--) {
    const brk = breaks[b];
    if (brk.pos >= sourceEnd) continue;
    let start = brk.pos;
    let boundary = brk;
    if (brk.kind === 'start') {
      const lead = skipLeadingAdverbial(text, start, sourceEnd);
      if (lead > start) boundary = { ...brk, kind: 'lead', leftEnd: lead };
      start = lead;
    } else {
      // "…, but late Saturday he announced …": a time opening the clause is no part of the source.
      const time = CLAUSE_TIME.exec(text.slice(start, sourceEnd));
      if (time) start += time[0].length;
    }
    const chunk = text.slice(start, sourceEnd);
    if (/["“”‘«»]/.test(chunk)) break;
    // "Shares rose after the bank said …": a subordinate clause opens on its conjunction, without a comma.
    const subordinate = SUBORDINATE_SOURCE.exec(chunk);
    // A source already read at a nearer break wins ("… as a delegate this summer, Welch said").
    const inner = subordinate && !best && parseSourceMention(subordinate[2], false);
    if (subordinate && inner) {
      const at = start + subordinate[1].length;
      const pos = sourceEnd - subordinate[2].length;
      best = { mention: inner, start: pos, boundary: { kind: 'coord', pos, leftEnd: at } };
      break;
    }
    // "what he calls corruption in politics": the source of a free relative clause follows "what".
    const what = /(?:^|\s)what\s+(?=\S)(?!.*\swhat\s)/is.exec(chunk);
    const framedWhat = what && !best && parseSourceMention(chunk.slice(what.index + what[0].length), false);
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
      const framed = parseSourceMention(chunk.slice(as[0].length), false);
      const pos = start + as[0].length;
      if (framed) best = { mention: framed, start: pos, boundary: { kind: 'lead', pos, leftEnd: start } };
      break;
    }
    // "…, a wide range of economists say, …": after a break, a tagged noun phrase the word lists miss.
    const mention =
      parseSourceMention(chunk, start === 0) ??
      (commas === 0 && taggedSourceFits(view, brk, cue)
        ? (nounPhrase(view, start, sourceEnd)?.mention ?? null)
        : null);
    if (mention) best = { mention, start: start + (chunk.length - chunk.trimStart().length), boundary };
    // Asides and relative clauses sit between commas inside a source ("Ana Ruiz, who voted no, said").
    const aside =
      brk.kind === 'comma' ||
      brk.kind === 'relative' ||
      (brk.kind === 'dash' && dashClosed) ||
      // "Powell’s office, when contacted by Reuters, said".
      (brk.kind === 'coord' &&
        /^(?:contacted|asked|reached|approached|questioned)\b/.test(text.slice(brk.pos)));
    if (!aside || ++commas > 3) break;
  }
  best ??= relativeSource(view, breaks, sourceEnd);
  if (!best) return null;
  best = namedBeforeApposition(view, breaks, best);
  const after = readAfterCue(view, cue, best.mention);
  if (issued && after.rightStart !== null) after.cueEnd = Math.max(after.cueEnd, cue.end);
  // After "As Ode points out," the whole clause is what was pointed out, whatever word opens it.
  const framed =
    best.boundary.kind === 'lead' && /^\s*(?:as|like)\s/i.test(text.slice(best.boundary.leftEnd));
  const comma =
    framed && after.rightStart === null ? /^\s*,\s*(?=\S)/.exec(view.masked.slice(after.tailStart)) : null;
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

const NOT_A_SOURCE =
  /^(?:[\d,.]+|(?:last|this|next|early|late)?\s*(?:week|month|year|monday|tuesday|wednesday|thursday|friday|saturday|sunday|morning|afternoon|evening|night|day|weekend)s?)$/i;
const APPOSITION = /^(?:a|an|the|his|her|its|their|one|another|\d+)\s/i;
// "Among Lund voters, 74 percent said …", "The levy is unfair, one of the bakers insisted.": a source
// after a break. A cue closing the sentence needs content of some length before it ("By morning, the
// campaign's efforts soured" opens with a setting, not content).
function taggedSourceFits(view: SentenceView, brk: Break, cue: CueCandidate): boolean {
  if (cue.word.strength !== 'strong' || !TRAILING_KINDS.has(brk.kind)) return false;
  const chunk = view.text.slice(brk.pos, cue.start).trim();
  // Tagging costs: a chunk too long for a plain noun phrase is not worth it.
  if (chunk === '' || NOT_A_SOURCE.test(chunk) || chunk.split(/\s+/).length > 8) return false;
  // "Christopher Knittel, an expert on energy, said": an apposition; the subject reader takes it whole.
  if (/(?:\p{Lu}[\p{L}.'’-]*|\)|\d)$/u.test(view.text.slice(0, brk.leftEnd)) && APPOSITION.test(chunk))
    return false;
  const closing = /^(?:\s+[\p{L}\d'’-]+){0,4}\s*(?:[,.!?;]|$)/u.test(view.masked.slice(cue.end));
  return !closing || view.masked.slice(0, brk.leftEnd).trim().split(/\s+/).length >= 4;
}

// "the kind of job that many economists say is the future", "less credit than aides say he deserves":
// a relative clause without a comma has its own subject.
function relativeSource(
  view: SentenceView,
  breaks: Break[],
  sourceEnd: number,
): { mention: SourceMention; start: number; boundary: Break } | null {
  const from = breaks.filter((brk) => brk.pos < sourceEnd).pop()!.pos;
  const relative = /\s(?:that|than)\s+([^,;:"“”]{1,50})$/.exec(view.text.slice(from, sourceEnd));
  if (!relative) return null;
  // "told the committee that the engineer's …": after a cue, "that" opens what was said, not a relative.
  const before = view.masked.slice(Math.max(from, from + relative.index - 60), from + relative.index);
  if ((before.match(/[\p{L}]+/gu) ?? []).slice(-5).some((word) => CUE_WORDS.has(word.toLowerCase())))
    return null;
  const pos = sourceEnd - relative[1].length;
  const mention = parseSourceMention(relative[1], false) ?? nounPhrase(view, pos, sourceEnd)?.mention;
  if (!mention || (mention.form === 'pronoun' && !/^(?:he|she|they|we|i)$/i.test(mention.mention)))
    return null;
  return { mention, start: pos, boundary: { kind: 'relative', pos, leftEnd: from + relative.index } };
}

// "Kevin Brady, chairman of the House Ways and Means Committee, said": a description read after a comma
// is the apposition of the name before it, and the name speaks.
function namedBeforeApposition(
  view: SentenceView,
  breaks: Break[],
  best: { mention: SourceMention; start: number; boundary: Break },
): { mention: SourceMention; start: number; boundary: Break } {
  if (best.boundary.kind !== 'comma' || best.mention.form === 'name' || best.mention.form === 'pronoun')
    return best;
  const before = view.text.slice(0, best.boundary.leftEnd).replace(/,\s*\d{1,3}$/, '');
  const run = /(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}'’-]*$/u.exec(before);
  if (!run) return best;
  const opening = breaks.filter((brk) => brk.pos <= run.index).pop()!;
  const lead = opening.kind === 'start' ? skipLeadingAdverbial(view.text, 0, run.index) : opening.pos;
  if (view.text.slice(lead, run.index).trim() !== '') return best;
  const named = parseNameRun(run[0]);
  if (!named || named.kind !== 'person') return best;
  const boundary: Break = lead > opening.pos ? { kind: 'lead', pos: run.index, leftEnd: lead } : opening;
  return { mention: { ...named, role: best.mention.mention }, start: run.index, boundary };
}

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
  if (
    (!LEADING_CONNECTIVES.has(opener) && !participle) ||
    /^(?:but|and|yet|so|also|still|now|then)$/.test(opener)
  )
    return boundary;
  // "In 2016 the agency fined the tannery …, a penalty that groups called …" opens with a clause, not a setting.
  const clause = tagsOf(view, 0, boundary.leftEnd).some(
    (token) =>
      token.end <= boundary.leftEnd &&
      // A verb quoted inside the setting ("to cheers of “Go Mara!”") is not the sentence's.
      !view.quotes.some((quote) => token.start >= quote.start && token.end <= quote.end) &&
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
      /^["“‘']/.test(view.text.slice(after.rightStart)) ||
      // "asked Lund how he was", "urged the board to wait".
      (cue.word.takesObject === true &&
        (OBJECT_THEN_MARKER.test(remainder) || OBJECT_THEN_QUOTE.test(remainder)));
    // "said the deal was on": after "say" itself, whatever follows is what was said. "Ode, who announced
    // a plan on Monday, …": right after "who" the speaker is the name before it, read as surely as a name.
    const afterWho = /,\s*who\s+$/i.test(
      view.masked.slice(Math.max(0, cue.start - 12), skipAuxiliariesLeft(view.text, cue.start)) + ' ',
    );
    if (
      !marked &&
      !afterWho &&
      cue.word.lemma !== 'say' &&
      !(SAYING.has(cue.word.lemma) && opensClause(remainder))
    )
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
    boundary: leadingSetting(view, subject.boundary, after.rightStart !== null),
    contentEnd: subject.contentEnd,
    ...after,
  };
}

// `"…," said Jane Roe, the chief negotiator.`: the cue directly follows a quote or comma.
function readCueFirst(view: SentenceView, breaks: Break[], cue: CueCandidate): CueSite | null {
  const { text } = view;
  // `…protected,” said John Krystek`: a closing mark whose opening the sentence lacks is no word.
  const boundary = breaks.find(
    (brk) => brk.pos <= cue.start && text.slice(brk.pos, cue.start).replace(/["”’]/g, '').trim() === '',
  );
  if (!boundary || (boundary.kind !== 'quote' && boundary.kind !== 'comma' && boundary.kind !== 'dash'))
    return null;
  // Only intransitive reporting verbs invert ("said Tran"); "told reporters that …" never does.
  // `"Why now?" asked Tran` is the exception: a question quoted right before "asked".
  const asked = cue.word.lemma === 'ask' && boundary.kind === 'quote';
  if ((cue.word.takesObject && !asked) || cue.word.strength === 'weak' || cue.word.progressive) return null;
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

function skipAuxiliariesLeft(text: string, end: number): number {
  let pos = end;
  for (;;) {
    // The words just before the cue are all that matter; an anchored pattern over the whole sentence
    // would rescan it for every cue.
    const from = Math.max(0, pos - 60);
    const window = text.slice(from, pos);
    // "they’ve said", "he’s saying": a contracted auxiliary after the source.
    const contracted = /\p{L}(['’](?:s|re|ve|ll|d))\s+$/u.exec(window);
    if (
      contracted &&
      /^(?:he|she|it|they|we|i|you|who|that)$/i.test(precedingWord(text, from + contracted.index + 1))
    )
      return from + contracted.index + 1;
    // "goes on to say", "continues to insist", "took to Twitter to say", "on Tuesday called": the source
    // is before the frame or the time.
    const frame = INFINITIVE_FRAME.exec(window) ?? TIME_BEFORE_CUE.exec(window);
    if (frame && from + frame.index > 0) {
      pos = from + frame.index;
      continue;
    }
    const found = /([\p{L}]+)\s*$/u.exec(window);
    const before =
      found && (found.index > 0 || from === 0) ? { index: from + found.index, word: found[1] } : null;
    if (!before || before.index === 0) return pos;
    const word = before.word;
    // "as she angrily said": a manner adverb between the source and its cue.
    const manner = /^[a-z]{3,}ly$/.test(word) && !NOT_ADVERBS.has(word);
    if (!AUXILIARIES.has(word.toLowerCase()) && !EMPHATIC_DO.has(word.toLowerCase()) && !manner) return pos;
    pos = before.index;
  }
}

const CLAUSE_TIME =
  /^\s*(?:(?:late|early)\s+)?(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|(?:last|this)\s+(?:week|month|year|night))(?:\s+(?:morning|afternoon|evening|night))?,?\s+(?=\S)/;
const TIME_BEFORE_CUE =
  /\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|(?:last|this|earlier|later)\s+(?:week|month|year))\s*$/;
const INFINITIVE_FRAME =
  /\s+(?:continues|continued|continue|continuing|goes on|went on|go on|going on|took to (?:twitter|facebook|social media|the floor|the stage|the airwaves)|(?:was|were|is|are|has been|have been) quick|rushed|hastened)\s+to\s*$/i;
const NOT_ADVERBS = new Set([
  'family',
  'ally',
  'rally',
  'assembly',
  'supply',
  'anomaly',
  'monopoly',
  'bully',
  'belly',
  'reply',
  'july',
  'italy',
  'daily',
  'weekly',
  'monthly',
  'only',
  'early',
  'likely',
  'elderly',
  'friendly',
  'lonely',
  'holy',
]);
// "did say"; a negated cue ("has not said whether") reports nothing said and stays the outlet's.
const EMPHATIC_DO = new Set(['did', 'does', 'do']);

function precedingWord(text: string, end: number): string {
  return /([\p{L}]+)$/u.exec(text.slice(Math.max(0, end - 30), end))?.[1] ?? '';
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
