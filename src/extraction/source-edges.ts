// The edges of a source before its cue: the words between source and cue ("has long said", "goes on to
// say"), and the fallbacks when the strict grammar reads no source (a tagged noun phrase after a break, a
// relative clause without a comma, the name before a description).
import { Subject, nounPhrase } from './clause-subject';
import { skipLeadingAdverbial } from './leading-adverbial';
import type { CueCandidate } from './cue-candidates';
import { isKnownFirstName } from './first-names';
import { interjectedFrame } from './nested-frames';
import { AUXILIARIES, CUE_WORDS, TITLE_WORDS, WEEKDAY_NAMES } from './lexicon';
import { Break, SentenceView, tagsOf } from './sentence-view';
import { SourceMention, parseSourceMention } from './source-mention';

// Breaks after which a cue closes what came before it.
export const TRAILING_KINDS = new Set(['quote', 'comma', 'dash']);

const NOT_A_SOURCE =
  /^(?:[\d,.]+|(?:last|this|next|early|late)?\s*(?:week|month|year|monday|tuesday|wednesday|thursday|friday|saturday|sunday|morning|afternoon|evening|night|day|weekend)s?)$/i;
const APPOSITION = /^(?:a|an|the|his|her|its|their|one|another|\d+)\s/i;
// "300 homes were affected, not the 200 first reported": a phrase set against what came before is no
// subject; the cue after it is a participle of that phrase ("the 200 [that were] first reported").
const CONTRASTED = /^(?:not|rather than|instead of|than|unlike|up from|down from|compared (?:with|to))\s/i;
// "Among Lund voters, 74 percent said …", "The levy is unfair, one of the bakers insisted.": a source
// after a break. A cue closing the sentence needs content of some length before it ("By morning, the
// campaign's efforts soured" opens with a setting, not content).
export function taggedSourceFits(view: SentenceView, brk: Break, cue: CueCandidate): boolean {
  if (cue.word.strength !== 'strong' || !TRAILING_KINDS.has(brk.kind)) return false;
  const chunk = view.text.slice(brk.pos, cue.start).trim();
  // Tagging costs: a chunk too long for a plain noun phrase is not worth it.
  if (chunk === '' || NOT_A_SOURCE.test(chunk) || chunk.split(/\s+/).length > 8) return false;
  if (CONTRASTED.test(chunk)) return false;
  // "Christopher Knittel, an expert on energy, said": an apposition; the subject reader takes it whole.
  if (/(?:\p{Lu}[\p{L}.'’-]*|\)|\d)$/u.test(view.text.slice(0, brk.leftEnd)) && APPOSITION.test(chunk))
    return false;
  const closing = /^(?:\s+[\p{L}\d'’-]+){0,4}\s*(?:[,.!?;]|$)/u.test(view.masked.slice(cue.end));
  return !closing || view.masked.slice(0, brk.leftEnd).trim().split(/\s+/).length >= 4;
}

// "the kind of job that many economists say is the future", "less credit than aides say he deserves":
// a relative clause without a comma has its own subject. When the cue is followed by the verb of the
// relative's head ("a race that it says will reward patience", "a trend Ode said could drive …"), the
// clause may also be opened by "it" or by no "that" at all.
export function relativeSource(
  view: SentenceView,
  breaks: Break[],
  sourceEnd: number,
  cue: CueCandidate,
): { mention: SourceMention; start: number; boundary: Break } | null {
  // A cue at the very start of the sentence has no break before it, and no room for a relative clause.
  const from = breaks.filter((brk) => brk.pos < sourceEnd).pop()?.pos;
  if (from === undefined) return null;
  const gap = gapAfterCue(view, cue.end);
  const relative =
    /\s(?:that|than)\s+([^,;:"“”]{1,50})$/.exec(view.text.slice(from, sourceEnd)) ??
    (gap && CLAUSE_ONLY.has(cue.word.lemma) ? contactRelative(view, from, sourceEnd) : null);
  if (!relative) return null;
  // "told the committee that the engineer's …": after a cue, "that" opens what was said, not a relative.
  const before = view.masked.slice(Math.max(from, from + relative.index - 60), from + relative.index);
  if ((before.match(/[\p{L}]+/gu) ?? []).slice(-5).some((word) => CUE_WORDS.has(word.toLowerCase())))
    return null;
  const pos = sourceEnd - relative[1].length;
  const mention = parseSourceMention(relative[1], false) ?? nounPhrase(view, pos, sourceEnd)?.mention;
  const pronouns = gap ? /^(?:he|she|they|we|i|it)$/i : /^(?:he|she|they|we|i)$/i;
  if (!mention || (mention.form === 'pronoun' && !pronouns.test(mention.mention))) return null;
  return { mention, start: pos, boundary: { kind: 'relative', pos, leftEnd: from + relative.index } };
}

// Verbs that take a clause, never an object: in "the plan Tarn announced will cost …" the plan is what was
// announced, but in "a trend Ode said could drive …" the trend is the subject of what was said.
const CLAUSE_ONLY = new Set([
  'say',
  'argue',
  'claim',
  'contend',
  'insist',
  'predict',
  'suggest',
  'warn',
  'believe',
  'think',
  'fear',
  'hope',
  'expect',
  'estimate',
  'assert',
  'maintain',
  'allege',
]);

const GAP_VERB = /^\s+(?:could|would|will|is|was|are|were|has|had|have|may|might|should|can|must)\b/;

// The cue is followed by a verb with no subject of its own: the relative's head is that verb's subject.
function gapAfterCue(view: SentenceView, cueEnd: number): boolean {
  if (GAP_VERB.test(view.masked.slice(cueEnd, cueEnd + 12))) return true;
  if (!/^\s+\p{Ll}+ed\b/u.test(view.masked.slice(cueEnd, cueEnd + 20))) return false;
  const next = tagsOf(view, cueEnd, cueEnd + 20).find((token) => token.start >= cueEnd);
  return next?.tag === 'VERB';
}

// "a trend Ode said could drive …", "a decision they say allowed …": a pronoun or a name right after a
// common noun (the head), with no "that" between them.
function contactRelative(view: SentenceView, from: number, sourceEnd: number): RegExpExecArray | null {
  const contact =
    /\s(\p{Ll}[\p{L}-]+)\s+((?:he|she|they|it|we|I)|\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})\s*$/u.exec(
      view.text.slice(from, sourceEnd),
    );
  if (!contact || AUXILIARIES.has(contact[1])) return null;
  const headAt = from + contact.index + 1;
  const head = tagsOf(view, headAt - 20, headAt + contact[1].length).find((token) => token.start === headAt);
  if (head?.tag !== 'NOUN') return null;
  // The same shape as the "that" reading: the source is the last group, found at its own index.
  const source = contact[0].slice(contact[0].indexOf(contact[2], contact[1].length + 1));
  const found = [contact[0], source] as unknown as RegExpExecArray;
  found.index = contact.index + contact[0].length - source.length - 1;
  return found;
}

// "Kevin Brady, chairman of the House Ways and Means Committee, said": a description read after a comma
// is the apposition of the name before it, and the name speaks. The name may carry a title or party
// ("state Rep. Gilda Lund (D-Md.)", "the economist Jared Orr"), stand alone ("Karimi, director of …,") or
// come before two descriptions ("Matt Orr, chief executive of Kestrel, a Dover company,").
export function namedBeforeApposition(
  view: SentenceView,
  breaks: Break[],
  best: { mention: SourceMention; start: number; boundary: Break },
): { mention: SourceMention; start: number; boundary: Break } {
  if (best.boundary.kind !== 'comma' || best.mention.form === 'pronoun') return best;
  if (interjectedFrame(view, best.start, best.mention.mention)) return best;
  // "Steve Cohen, Democrat of Tennessee, said": a party and state read as a name, but describe one.
  // "Sam Ode, the paper's Managing Editor, said": a capitalised role reads as a name, but describes one.
  // "Tarn, during a meeting in Columbus, Ohio, said": the state of a setting's town is no speaker.
  const state =
    best.mention.form === 'name' &&
    TOWN_BEFORE.test(view.text.slice(Math.max(0, best.boundary.leftEnd - 40), best.boundary.leftEnd));
  if (
    best.mention.form === 'name' &&
    !PARTY_OF_PLACE.test(best.mention.mention) &&
    !isRoleName(best.mention) &&
    !state
  )
    return best;
  let comma = best.boundary;
  for (let hops = 0; hops < 2; hops++) {
    // The end-anchored patterns read a bounded tail: over the whole sentence they would be tried everywhere.
    const tail = Math.max(0, comma.leftEnd - 40);
    const end = comma.leftEnd - (/,\s*\d{1,3}$/.exec(view.text.slice(tail, comma.leftEnd))?.[0].length ?? 0);
    // A name, with its title or party, is short and ends on a capital or a bracket; most clauses before
    // "…, the company said" are neither and skip the parse.
    if (!NAME_END.test(view.text.slice(tail, end))) return best;
    const opening = breaks.filter((brk) => brk.pos < end).pop();
    if (!opening) return best;
    const lead = opening.kind === 'start' ? skipLeadingAdverbial(view.text, 0, end) : opening.pos;
    const chunk = view.text.slice(lead, end);
    if (/["“”]/.test(chunk)) return best;
    let named = chunk.split(/\s+/).length > 8 ? null : parseSourceMention(chunk, lead === 0);
    let nameAt = lead;
    // "The drumbeat grew louder as Nina Pell, Arthur Pell's daughter, attacked …": a clause before the
    // name ends on its subordinator; the name after it is what the apposition describes.
    const subordinated = named ? null : SUBORDINATED_NAME.exec(chunk);
    if (subordinated) {
      named = parseSourceMention(subordinated[1], false);
      nameAt = lead + subordinated.index + subordinated[0].length - subordinated[1].length;
    }
    if (named?.form === 'name' && named.kind === 'person' && personName(named, best.mention)) {
      if (nameAt > lead) {
        const role = named.role ?? best.mention.mention;
        return {
          mention: { ...named, role },
          start: nameAt,
          boundary: { kind: 'coord', pos: nameAt, leftEnd: nameAt },
        };
      }
      const start = lead + (chunk.length - chunk.trimStart().length);
      const boundary: Break = lead > opening.pos ? { kind: 'lead', pos: start, leftEnd: lead } : opening;
      const role = named.role ?? (state ? null : best.mention.mention);
      return { mention: { ...named, role }, start, boundary };
    }
    // A first description between commas may itself describe a name before it.
    const setting = state && SETTING.test(chunk);
    if (opening.kind !== 'comma' || (named?.form !== 'description' && !setting)) return best;
    comma = opening;
  }
  return best;
}

// "said Ella Marsh, 32, a former aide who said she would march": the description a relative clause hangs
// on is the apposition of the name before it, who speaks.
export function describedName(view: SentenceView, breaks: Break[], subject: Subject): SourceMention {
  const { mention } = subject;
  if (mention.form !== 'description' && mention.form !== 'group') return mention;
  if (!/^\s*who\s/i.test(view.text.slice(subject.end))) return mention;
  const comma = breaks.find(
    (brk) =>
      brk.kind === 'comma' &&
      brk.pos <= subject.start &&
      view.text.slice(brk.pos, subject.start).trim() === '',
  );
  if (!comma) return mention;
  const named = namedBeforeApposition(view, breaks, { mention, start: subject.start, boundary: comma });
  return named.mention.form === 'name' ? named.mention : mention;
}

// "Mara Beck, who backed Sen. Tom Ode, R-Maine, and opposed Tran during the primaries, said": a relative
// clause with commas of its own, or long, stands between a name and its cue; the name before "who" or
// "whose" speaks, not a noun phrase read inside the clause (which named Tran).
export function nameBeforeRelative(
  view: SentenceView,
  breaks: Break[],
  readEnd: number,
): { mention: SourceMention; start: number; boundary: Break } | null {
  const { text } = view;
  if (!/,\s*$/.test(text.slice(Math.max(0, readEnd - 4), readEnd))) return null;
  // "whose" opens no break of its own (sentence-view.ts), so the relatives are found here.
  const relatives = [...view.masked.slice(0, readEnd).matchAll(/,\s+(?:who|whose)\s+/g)].reverse();
  for (const match of relatives) {
    const relative = { pos: match.index! + match[0].length, leftEnd: match.index! };
    const clause = text.slice(relative.pos, readEnd).replace(/,\s*$/, '');
    if (!/[,—–]/.test(clause) && clause.length <= 60) return null;
    const opening = breaks.filter((brk) => brk.pos < relative.leftEnd).pop();
    // After a comma the words before "who" may end an apposition ("a driver from Ava, Mo., who …").
    if (!opening || opening.kind === 'comma') continue;
    const lead = opening.kind === 'start' ? skipLeadingAdverbial(text, 0, relative.leftEnd) : opening.pos;
    const chunk = text.slice(lead, relative.leftEnd);
    if (/["“”]/.test(chunk) || chunk.trim().split(/\s+/).length > 8) continue;
    const named = parseSourceMention(chunk, lead === 0);
    if (named?.form !== 'name' || named.kind !== 'person') continue;
    const start = lead + (chunk.length - chunk.trimStart().length);
    const boundary: Break = lead > opening.pos ? { kind: 'lead', pos: start, leftEnd: lead } : opening;
    return { mention: named, start, boundary };
  }
  return null;
}

const SUBORDINATED_NAME =
  /(?:^|\s)(?:said|says|asked|added|[Aa]s|[Ww]hile|[Ww]hen|[Aa]fter|[Bb]ecause|[Ss]ince|[Aa]lthough|[Tt]hough|[Bb]efore|[Uu]ntil|[Oo]nce|[Nn]ow)\s+(\p{Lu}\S*(?:\s+\p{Lu}\S*){0,3})$/u;
const TOWN_BEFORE = /\s(?:in|at|near|outside)\s+\p{Lu}[\p{L}.'’-]*$/u;
const SETTING = /^\s*(?:during|at|in|on|after|before|while|speaking)\s/i;
const NAME_END = /(?:\p{Lu}[\p{L}.'’-]*|\))\s*$/u;
const PARTY_OF_PLACE = /^(?:Democrat|Republican|Independent)\s+of\s+\p{Lu}/u;

// A name of one word ("Karimi") is a person only when what describes it is a person's role; a name the
// first-name list or a title vouches for is one anyway.
function personName(named: SourceMention, description: SourceMention): boolean {
  if (/\s/.test(named.name) || named.role !== null || named.gender !== null) return true;
  return description.kind === 'person' && !NOT_A_SOURCE.test(named.name) && !isCommonWord(named.name);
}

// "Managing Editor": a name whose last word is a title and whose first is no first name is a role.
function isRoleName(mention: SourceMention): boolean {
  const words = mention.name.split(/\s+/);
  return (
    mention.kind === 'person' &&
    mention.role === null &&
    TITLE_WORDS.has(words[words.length - 1].toLowerCase()) &&
    !isKnownFirstName(words[0].toLowerCase())
  );
}

// Capitalised words that open sentences without naming anyone ("Still, a spokesman said").
function isCommonWord(word: string): boolean {
  return /^(?:still|now|then|yet|also|meanwhile|however|instead|later|earlier|today|yesterday|separately|indeed|finally|first|again|so|but|and)$/i.test(
    word,
  );
}

export function skipAuxiliariesLeft(text: string, end: number): number {
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
    // "goes on to say", "continues to insist", "took to Twitter to say", "on Tuesday called", "are more
    // likely to say", "went so far as to say": the source
    // is before the frame or the time.
    const frame = INFINITIVE_FRAME.exec(window) ?? TIME_BEFORE_CUE.exec(window);
    if (frame && from + frame.index > 0) {
      pos = from + frame.index;
      continue;
    }
    const found = lastWord(window);
    const before =
      found && (found.index > 0 || from === 0) ? { index: from + found.index, word: found.word } : null;
    if (!before || before.index === 0) return pos;
    const word = before.word;
    // "as she angrily said": a manner adverb between the source and its cue.
    const manner = /^[a-z]{3,}ly$/.test(word) && !NOT_ADVERBS.has(word);
    // "“…,” Will wrote": after its source a capitalised "Will" is no auxiliary but the source, a surname.
    if (word === 'Will') return pos;
    if (!AUXILIARIES.has(word.toLowerCase()) && !EMPHATIC_DO.has(word.toLowerCase()) && !manner) return pos;
    pos = before.index;
  }
}

export const CLAUSE_TIME = new RegExp(
  `^\\s*(?:(?:late|early)\\s+)?(?:on\\s+)?(?:${WEEKDAY_NAMES.join('|')}|(?:last|this)\\s+(?:week|month|year|night))(?:\\s+(?:morning|afternoon|evening|night))?,?\\s+(?=\\S)`,
);
// "Ode, the chair, this past week announced", "The ministry less than two weeks ago said": a time between
// the source and its cue, relative ("this past week") or counted back ("two weeks ago"), is no source.
const TIME_BEFORE_CUE = new RegExp(
  `\\s+(?:on\\s+)?(?:${WEEKDAY_NAMES.join('|')}|(?:last|this|earlier|later)\\s+(?:week|month|year)|(?:this|the)\\s+past\\s+(?:week|weekend|month|year)|(?:(?:less|more)\\s+than\\s+|just\\s+|only\\s+)?(?:a|an|one|two|three|four|five|six|a few|several|\\d+)\\s+(?:days?|weeks?|months?|years?)\\s+ago)\\s*$`,
);
const INFINITIVE_FRAME =
  /\s+(?:continues|continued|continue|continuing|goes on|went on|go on|going on|took to (?:twitter|facebook|social media|the floor|the stage|the airwaves)|(?:was|were|is|are|has been|have been) quick|rushed|hastened|went so far as|went out of (?:his|her|their|its) way|(?:was|were|is|are)(?:\s+[a-z]+ly)?\s+(?:more|less|most|least)\s+likely|(?:was|were) prompted|(?:is|are|was|were) taking pains|took pains)\s+to\s*$/i;
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

const LETTER = /^\p{L}$/u;

// The run of letters that ends `window` before its trailing spaces, as `/(\p{L}+)\s*$/u` finds it, read
// from the end: the pattern would be tried from every position of the window, for every cue.
function lastWord(window: string): { index: number; word: string } | null {
  let end = window.length;
  while (end > 0 && /\s/.test(window[end - 1])) end--;
  let start = end;
  for (;;) {
    if (start > 0 && LETTER.test(window[start - 1])) start--;
    // A letter outside the basic plane is two code units.
    else if (start > 1 && LETTER.test(window.slice(start - 2, start))) start -= 2;
    else break;
  }
  return start < end ? { index: start, word: window.slice(start, end) } : null;
}

function precedingWord(text: string, end: number): string {
  return /([\p{L}]+)$/u.exec(text.slice(Math.max(0, end - 30), end))?.[1] ?? '';
}
