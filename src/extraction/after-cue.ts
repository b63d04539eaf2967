// Reads what follows a cue: its audience ("told reporters"), setting ("in a statement"), the marker that
// opens reported content ("that", a quote, a colon) and where that content starts, if anywhere.
import { CueCandidate } from './cue-candidates';
import { ADJUNCT_STARTERS, AUDIENCE_WORDS, CUE_SETTINGS, DOCUMENT_NOUNS } from './lexicon';
import { SentenceView, tagsOf } from './sentence-view';
import { SourceMention } from './source-mention';
import { wordsOf } from './words';

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
  'ask',
  'write',
  'post',
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
  'comment',
  'confess',
  'blame',
  'assure',
  'charge',
  'joke',
  'quip',
  'scoff',
  'shout',
  'yell',
  'answer',
  'proclaim',
  'exclaim',
  'retort',
  'recount',
  'report',
  // "questioned the chief executive for three hours" is a hearing; "questioned whether" is speech.
  'question',
  // "has repeated the request nine times" is an act; "repeated that" is speech.
  'repeat',
]);
const CITES = new Set(['cite', 'reference']);
const MARKERS = /^\s*(?:that\b|whether\b|if\b|why\b|how\b|what\b|when\b|to\b|[:,]?\s*["“‘']|:)/i;
const TIME_ADJUNCT =
  /^\s*,?\s*(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:\s+(?:morning|afternoon|evening|night))?|(?:on|last|this|next|early|late|earlier|later)\s+(?:in\s+the\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|weekend|month|year|night|morning|afternoon|evening|spring|summer|autumn|fall|winter|january|february|march|april|may|june|july|august|september|october|november|december)(?:\s+\d{1,2})?|yesterday|today|tonight|earlier|later|recently|again|also|repeatedly|publicly|privately|previously|separately|once|then|too)\b/i;

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
  /^\s+(?:[Tt]he\s+)?\p{Lu}[\p{L}'’-]*(?:\.(?=\s+\p{Lu}))?(?:\s+(?:of\s+)?\p{Lu}[\p{L}'’-]*(?:\.(?=\s+\p{Lu}))?)*/u;

// "told host Tom Reyes", "told Harbour Radio host Tom Reyes": a listener named with the role that puts the
// question, after up to three words of the outlet.
const ROLE_LISTENER =
  /^\s+(?:[Tt]he\s+)?(?:\p{Lu}[\p{L}'’.&-]*\s+){0,3}(?:host|anchor|reporter|correspondent|interviewer|moderator|columnist)\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}/u;

const PROMISING = new Set(['vow', 'promise', 'pledge', 'threaten', 'demand', 'urge']);
// Verbs whose object is the listener, not part of the content ("told his supporters, “…”").
const LISTENING = new Set(['tell', 'ask', 'assure', 'inform', 'warn', 'remind', 'urge']);
// "reported 412 cases", "reported its smallest quarterly profit in 17 years": a figure is what was reported.
// "reported earnings of $8.42 a share", "reported raising $9 million": figures without a determiner too, also
// after an adverb ("reported disappointingly flat user growth"), as a range ("between $5,000 and $15,000")
// and after two gerunds ("reported raising and spending about $9 million").
const REPORTED_FIGURE =
  /^\s*(?:(?:about|nearly|more than|almost|some|between|roughly|only|just)\s+)?[\d$]|^\s*(?:(?:its|their|his|her|a|an|the)\s+(?:[\p{L}-]+\s+){0,4}|\p{Ll}+ly\s+(?:[\p{L}-]+\s+){0,3})?(?:profits?|loss(?:es)?|earnings|revenues?|sales|income|deficit|surplus|growth)\b|^\s*(?:raising|having|holding|spending|receiving|earning|losing|owing)(?:\s+and\s+(?:raising|spending|receiving|earning|losing))?\s+(?:(?:about|nearly|more than|only|just|a total of|a combined total of)\s+)?(?:\$|\d|investments|assets|debts?)/u;
// A typewriter quote ('') reads '· in the masked text, its second mark masked with the content.
// Without a comma or colon before it, only a double quote opens the content ("called the program ''Inside
// Edition''" names a show).
const LATE_QUOTE = /^(\s+[^,;:"“”.!?]{1,70}?)\s*(?:[:,]\s*(?=["“]|'['·])|(?=["“])|:\s*(?=\S))/;
const ADJUNCTS_THEN_QUOTE =
  /^((?:,?\s+(?:\p{Ll}{2,}ly|(?:in|on|at|with|during|after|before|via|through|from|over|amid|under)\s+[^,;:"“”.!?]{1,40}?)){2,3})\s*[:,]\s*(?=["“])/u;
const ASKED_THEN_QUESTION =
  /^(?:\s+(?:the|a|an|his|her|their|our|its|my|him|them|me|us|\p{Lu}[\p{L}'’.-]*)(?:\s+[\p{L}'’.-]+){0,4}?)\s*,?\s+(?=(?:who|whom|whether|if|why|what|how|when|which|where)\b)/u;
const SPOKEN_NOUN =
  /^\s+(?:a|an|the|this|that|one|his|her|their|its)\s+(?:[\p{L}-]+,?\s+){0,3}(?:caveat|warning|note|question|answer|response|reply|message|statement|plea|promise|prediction|reminder|thought|point|explanation|assessment|verdict|advice|rejoinder|retort|quip|joke|request|challenge|appeal|vow|pledge|line)$/u;
const LISTENER_ONLY = /^([^,;:.!?"“]*)(?:[.!?]?\s*$|,\s*(?:and\s+)?\p{Ll}+ing\b)/u;
const VENUE = /^\s+(?:on|in|for|with|to)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’.&-]*\s*){1,5}(?=,|\s+that\b|\s*:)/u;

const CLOSING_TIME =
  /^\s+(?:ever since|since then|all along|repeatedly|many times|often|before|in the past|from the start|for (?:years|months|weeks|decades|some time|a long time))(?=\s*[.!?]?\s*$)/i;

export function readAfterCue(
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
  const named =
    cue.word.lemma === 'tell' ? (ROLE_LISTENER.exec(rest()) ?? NAMED_LISTENER.exec(rest())) : null;
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
  // The first setting that matches; the patterns are tried in order and stop there.
  const settingText = rest().trimStart();
  let setting: RegExpExecArray | null = null;
  for (const pattern of CUE_SETTINGS) if ((setting = pattern.exec(settingText))) break;
  if (setting) {
    pos += rest().length - rest().trimStart().length + setting[0].length;
    // "in a column on Harbor News," / "in an interview with The Post": the setting's venue.
    const venue = VENUE.exec(rest());
    if (venue) pos += venue[0].length;
    cueEnd = pos;
  }
  // "He cautioned, however, that …": an adverb between commas sits between the cue and its content.
  const aside =
    /^\s*,\s*(?:however|though|too|also|again|in fact|for example|of course|in turn|in particular|nonetheless|nevertheless|moreover|meanwhile|instead)\s*,(?=\s*(?:that\b|["“‘']))/i.exec(
      rest(),
    );
  if (aside) pos += aside[0].length - 0;
  // "replied evenly, “…”", "said flatly that …": a manner adverb between the cue and its marker.
  const manner = aside ? null : /^\s+\p{Ll}{2,}ly(?=\s*(?:that\b|[:,]?\s*(?:["“‘]|'['·])))/u.exec(rest());
  if (manner) {
    pos += manner[0].length;
    cueEnd = pos;
  }
  // "…, as Lund has said ever since.": a time adverbial closing the sentence is when, not what, was said.
  const closingTime = CLOSING_TIME.exec(rest());
  if (closingTime) return { cueEnd, rightStart: null, tailStart: pos + closingTime[0].length };
  const tailStart = pos;
  const strongMarker = /^\s*that\b/i.exec(rest());
  if (strongMarker) return { cueEnd, rightStart: pos + strongMarker[0].length, tailStart };
  // `said: "…"`, `said "…"` and `said, "…"` all open a quotation.
  const quoteOrColon = /^\s*[:,]?\s*(?=["“‘'])|^\s*:\s*/.exec(rest());
  if (quoteOrColon) return { cueEnd, rightStart: pos + quoteOrColon[0].length, tailStart };
  const firstWord = (/^\s*([\p{L}]+)/u.exec(rest())?.[1] ?? '').toLowerCase();
  // `says to the crowd: “…”`, `told his supporters, “…”`: an audience or setting, then the quotation.
  const lateQuote = LATE_QUOTE.exec(rest());
  if (
    lateQuote &&
    // "called the vote “rigged”", "mocked the mayor for “…”": the object is part of what was said.
    // "added about Tran: “…”": the topic, then the quotation.
    (ADJUNCT_STARTERS.has(firstWord) ||
      firstWord === 'about' ||
      LISTENING.has(cue.word.lemma) ||
      // "added a caveat: “…”", "gave a blunt answer: “…”": a word for what is said names the quotation.
      (SPOKEN_NOUN.test(lateQuote[1]) && /:\s*$/.test(lateQuote[0]))) &&
    lateQuote[1].trim().split(/\s+/).length <= (ADJUNCT_STARTERS.has(firstWord) ? 10 : 6) &&
    !/\b(?:that|whether|if)\b/i.test(lateQuote[1])
  )
    return { cueEnd, rightStart: pos + lateQuote[0].length, tailStart: pos + lateQuote[1].length };
  // "announced on her website, in capital letters, “…”", "responded pointedly, with a smile: “…”": adverbs and
  // settings, comma after comma, then the quotation.
  const adjuncts = cue.word.lemma === 'call' ? null : ADJUNCTS_THEN_QUOTE.exec(rest());
  if (adjuncts) return { cueEnd, rightStart: pos + adjuncts[0].length, tailStart: pos + adjuncts[1].length };
  // "asked our readers who their favourite speaker was", "asked him then, if …": the person asked, then
  // the question; as with "asked the witness whether …", the person asked is part of what was asked.
  const question = cue.word.lemma === 'ask' ? ASKED_THEN_QUESTION.exec(rest()) : null;
  if (question && !relativeAfterObject(view, pos + question[0].length))
    return { cueEnd, rightStart: pos + (rest().length - rest().trimStart().length), tailStart };
  // "told reporters on Monday after the talks that …": a `that` after adjuncts or an object.
  // Not past a dash: "reported on Tuesday -- a change that …" opens an apposition to the whole clause.
  const lateThat = /^((?:(?!--)[^,;"“—–]){0,140}?)\bthat\b/i.exec(rest());
  if (
    lateThat &&
    (ADJUNCT_STARTERS.has(firstWord) || cue.word.takesObject) &&
    // "calls this a false narrative that voters will not buy": a "that" after a name given is a relative.
    cue.word.lemma !== 'call' &&
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
  const words = wordsOf(remainder);
  // "conceded in a statement but claimed …": a second verb, not content.
  if (words.length === 0 || /^\s*(?:[,;.!?]|(?:and|but|or)\s)/.test(remainder))
    return { cueEnd, rightStart: null, tailStart: skipped };
  const nextWord = (words[0] ?? '').toLowerCase();
  // "has vowed to leave spending untouched": what is promised or threatened is the content.
  if (
    PROMISING.has(cue.word.lemma) &&
    /^\s*to\s+\p{Ll}/u.test(remainder) &&
    !/^\s*to\s+(?:the|a|an|his|her|their|its|reporters|supporters)\b/.test(remainder)
  )
    return {
      cueEnd,
      rightStart: skipped + (remainder.length - remainder.trimStart().length),
      tailStart: skipped,
    };
  // "say this is just a rough patch": "this" opens a clause, not a time.
  const clauseAfter =
    !/^(?:in|on|at|during|after|before|via|through|with|to|from|over|amid|under|by|when|while|following)$/.test(
      nextWord,
    );
  if (
    ADJUNCT_STARTERS.has(nextWord) &&
    !cue.word.takesObject &&
    words.length <= 8 &&
    !(clauseAfter && opensClause(remainder))
  )
    // "said of the council's support.": the topic belongs to the frame, not to a leftover clause.
    return {
      cueEnd,
      rightStart: null,
      tailStart: skipped + (nextWord === 'of' ? /^[^,;:.!?"“”]*/.exec(remainder)![0].trimEnd().length : 0),
    };
  const marked =
    (view.headline === true && cue.word.strength === 'strong') ||
    // "reported 412 cases", "cited rising costs": a figure or a reason given is what the source said.
    (cue.word.lemma === 'report' && REPORTED_FIGURE.test(remainder)) ||
    // "blamed the outage on hackers", "blames the press for the flap": whom or what is held responsible.
    (cue.word.lemma === 'blame' && /^\s*(?:[\p{L}'’.-]+\s+){1,6}(?:for|on)\s/u.test(remainder)) ||
    (CITES.has(cue.word.lemma) && /^\s*\p{Ll}/u.test(remainder)) ||
    MARKERS.test(remainder) ||
    (cue.word.strength === 'strong' && opensClause(remainder)) ||
    (cue.word.takesObject === true && OBJECT_THEN_MARKER.test(remainder)) ||
    // "declaring it “another super Tuesday”": a short object, then what it was declared to be.
    OBJECT_THEN_QUOTE.test(remainder);
  const documentSource =
    source.document === true ||
    (source.head !== null && (DOCUMENT_NOUNS.has(source.head) || RESEARCH_SOURCES.has(source.head)));
  if (
    (NEEDS_MARKER.has(cue.word.lemma) || cue.word.strength === 'weak') &&
    !marked &&
    !documentSource &&
    // "Ode revealed her husband had …": a person reveals what they say, as a finding reveals what it shows.
    !(
      (cue.word.strength === 'strong' || (cue.word.lemma === 'reveal' && source.kind === 'person')) &&
      taggedClause(view, skipped)
    )
  )
    return { cueEnd, rightStart: null, tailStart: skipped };
  // "…, Tran told a council panel Wednesday.": a listener and nothing said after it.
  // After a named listener ("told the AP his firm …") what follows is what was told.
  const listener =
    cue.word.lemma === 'tell' && !marked && (cueEnd === cue.end || ADJUNCT_STARTERS.has(nextWord))
      ? LISTENER_ONLY.exec(remainder)
      : null;
  if (listener) return { cueEnd, rightStart: null, tailStart: skipped + listener[1].length };
  return {
    cueEnd,
    rightStart: skipped + (remainder.length - remainder.trimStart().length),
    tailStart: skipped,
  };
}

// "added rents were rising": a short noun phrase (case matters: "in May" holds no modal) and a finite verb make a clause with its `that` left out,
// where "added 500 jobs" is an object and the verb is no speech.
const CLAUSE_OPENING =
  /^\s*(?:[\p{L}\d'’-]+\s+){0,5}?(?:(?:is|are|was|were|had|has|have|would|will|could|should|can|may|might|must|did|does|do|remain|remained)\b|(?:[Hh]e|[Ss]he|[Ii]t|[Tt]hey|[Ww]e|I|[Yy]ou|[Tt]hat|[Tt]here)['’](?:s|re|ll|ve|d|m)\b|\p{Ll}+n['’]t\b)/u;
// "reported it sold $30 billion": a subject pronoun and a verb open a clause.
const PRONOUN_CLAUSE =
  /^\s*(?:[Hh]e|[Ss]he|[Ii]t|[Tt]hey|[Ww]e|I)\s+(?!(?:to|for|in|on|at|with|from|by|as|and|or|about|into|over|up|down|out|off|back|too|all)\b)\p{Ll}+\b/u;
const NOT_IN_SUBJECT = /\b(?:that|which|who|whom|where|when|to|and|but)\s/i;

// "asked Ms. Kuhl whether …", "told the panel to …": an object, then the marker of reported content.
export const OBJECT_THEN_QUOTE = /^\s*(?:[\p{L}.'’-]+\s+){1,4}["“]/u;
// "asked the former mayor during a radio call if …": "whether" and "if" may come after a longer object.
export const OBJECT_THEN_MARKER =
  /^\s*(?:[\p{L}.'’-]+\s+){1,5}?(?:whether|if|why|how|what|when|to|about)\s|^\s*(?:[\p{L}.'’-]+\s+){6,10}?(?:whether|if)\s/u;

// "asked the man who ran the shop for directions": "who" or "which" and a verb right after the person asked
// open a relative clause about them, not the question.
function relativeAfterObject(view: SentenceView, at: number): boolean {
  if (!/^wh(?:o|ich)\s/i.test(view.masked.slice(at, at + 6))) return false;
  const next = tagsOf(view, at, at + 30).find((token) => token.start > at);
  return next?.tag === 'VERB' || next?.tag === 'AUX';
}

export function opensClause(remainder: string): boolean {
  if (PRONOUN_CLAUSE.test(remainder)) return true;
  const clause = CLAUSE_OPENING.exec(remainder);
  // "Latinos and Blacks have": names joined by "and" are one subject.
  return (
    clause !== null && !NOT_IN_SUBJECT.test(clause[0].replace(/(\p{Lu}\S*)\s+and\s+(?=\p{Lu})/gu, '$1 '))
  );
}

const COUNT_BOUND =
  /^\s*(?:at least|at most|more than|fewer than|less than|nearly|almost|about|roughly|some|only)\s+(?=[\d\p{Ll}])/u;

// "reported the email came hours later": a short noun phrase and a finite verb open a clause whose
// `that` was left out, which the word lists above cannot see when the verb is no auxiliary.
function taggedClause(view: SentenceView, start: number): boolean {
  // "reported at least six trawlers filled …": a bound on a count opens the noun phrase.
  const from = start + (COUNT_BOUND.exec(view.masked.slice(start, start + 40))?.[0].length ?? 0);
  const tokens = tagsOf(view, from, Math.min(view.text.length, from + 80)).filter(
    (token) => token.start >= from,
  );
  const verb = tokens.findIndex((token) => token.tag === 'VERB' || token.tag === 'AUX');
  if (verb < 2 || verb > 5 || /ing$/.test(tokens[verb].text)) return false;
  const phrase = tokens.slice(0, verb);
  // "revealed her husband had …": the tagger calls a possessive determiner a pronoun.
  const possessive = phrase[0].tag === 'PRON' && /^(?:his|her|its|their|our|my|your)$/i.test(phrase[0].text);
  return (
    (phrase[0].tag === 'DET' ||
      phrase[0].tag === 'PROPN' ||
      possessive ||
      (from > start && phrase[0].tag === 'NUM')) &&
    phrase.every((token, i) => /^(?:DET|ADJ|NOUN|PROPN|NUM)$/.test(token.tag) || (i === 0 && possessive)) &&
    /NOUN|PROPN/.test(phrase[phrase.length - 1].tag) &&
    // "added the jobs needed to …": a participle right after the noun describes it.
    !/^\s+(?:by|to|for|in|on|at|from|with)\b/.test(view.masked.slice(tokens[verb].end))
  );
}
