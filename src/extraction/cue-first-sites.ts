// Cues before their source, after what was said: `"We will act," said Tran`, `"…," said the base chief
// known as Bob`, `"…," warned Ellis`.
import type { CueCandidate } from './cue-candidates';
import type { CueSite } from './cue-sites';
import { nounPhrase } from './clause-subject';
import { Break, SentenceView, endOfSentence } from './sentence-view';
import { SourceMention, parseSourceMention } from './source-mention';
import { CUE_WORDS } from './lexicon';

const hasCueWord = (clause: string) => (clause.match(/\p{Ll}+/gu) ?? []).some((word) => CUE_WORDS.has(word));

const CLAUSE_VERB =
  /^(?:(?!\b(?:when|while|where|who|whom|which|that|as|after|before|because)\b)[^,;:])*\b(?:could|would|will|can|should|may|might|must|is|are|was|were|has|have|had)\b/i;

const ABBREVIATED_SUFFIX = /\b(?:Inc|Corp|Ltd|Co|Jr|Sr|Bros|Plc)$/;

// `"…," said Jane Roe, the chief negotiator.`: the cue directly follows a quote or comma.
export function readCueFirst(view: SentenceView, breaks: Break[], cue: CueCandidate): CueSite | null {
  const { text } = view;
  // `…protected,” said John Krystek`: a closing mark whose opening the sentence lacks is no word.
  const boundary = breaks.find(
    (brk) => brk.pos <= cue.start && text.slice(brk.pos, cue.start).replace(/["”’]/g, '').trim() === '',
  );
  if (!boundary || (boundary.kind !== 'quote' && boundary.kind !== 'comma' && boundary.kind !== 'dash'))
    return null;
  // Only intransitive reporting verbs invert ("said Tran"); "told reporters that …" never does.
  // Right after a quote any of them may (`"Why now?" asked Tran`, `"…," warned Ellis`), when nothing
  // after the name reads as their content.
  const inverted = boundary.kind === 'quote' && cue.word.lemma !== 'tell';
  if ((cue.word.takesObject && !inverted) || cue.word.strength === 'weak' || cue.word.progressive)
    return null;
  const next = breaks.find((brk) => brk.pos > cue.end && brk.kind !== 'comma') ?? null;
  const commaAfter = breaks.find((brk) => brk.pos > cue.end && brk.kind === 'comma');
  let sourceEnd = next ? next.leftEnd : endOfSentence(text);
  // The source may carry an apposition ("said Jane Roe, the chief negotiator"); try with it, then without.
  // "said Dilys Okonjo, who chairs the committee": a relative clause closing the sentence is the source's.
  // Not when the clause reports speech of its own ("declared Senator Ode, who echoed the mayor's …").
  const relative =
    next?.kind === 'relative' && !hasCueWord(text.slice(next.pos, endOfSentence(text)))
      ? endOfSentence(text)
      : sourceEnd;
  // `"…," said the base chief known as Bob` / `said one owner of a shop that sells …`: after a quote,
  // the noun phrase before a relative or participle is the source when the whole will not parse.
  const described = inverted
    ? /\s(?:who|that|known|named|identified)\s/.exec(text.slice(cue.end, sourceEnd))
    : null;
  // "said his best friend at Lehigh, Bruce Tamm, who, like …, remembered": "who" and its comma make no
  // break of their own, and the source ends before them.
  const whoComma = /,\s+(?:who|whose)\b/.exec(text.slice(cue.end, sourceEnd));
  const candidates = [
    relative,
    sourceEnd,
    ...(whoComma ? [cue.end + whoComma.index] : []),
    commaAfter ? commaAfter.leftEnd : sourceEnd,
    ...(described ? [cue.end + described.index] : []),
  ];
  for (const end of candidates) {
    const raw = text.slice(cue.end, end);
    const stripped = raw.replace(
      /\s+(?:on|in|at|during|last|this|yesterday|today|earlier|after|before|via|when|while|as|late)\b.*$/s,
      '',
    );
    // "said his best friend at college, Bruce Tamm": a name after the comma shows the preposition
    // was inside the description, not a setting.
    // When the whole will not read (a relative clause with asides after the name), the end before "who" may.
    const named = stripped.length < raw.length && /^[^,]*,\s+\p{Lu}/u.test(raw.slice(stripped.length));
    const whole = named && parseSourceMention(raw, false, true)?.form === 'name';
    if (named && !whole && whoComma && end > cue.end + whoComma.index) continue;
    const chunk = whole ? raw : stripped;
    // "Rhea Lunde, an expert on …, said a properly set fee in the port could replace …": after a comma, a
    // finite verb in what was cut as a setting shows the noun phrase opens the content, not a source.
    if (boundary.kind === 'comma' && !whole && CLAUSE_VERB.test(raw.slice(stripped.length))) continue;
    // `"…," urged the mayor to resign`: after an object-taking verb, a listener with content follows.
    if (
      cue.word.takesObject &&
      cue.word.lemma !== 'ask' &&
      /\b(?:to|of|for|that|about|with|over)\s/i.test(raw)
    )
      continue;
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
        : (knownAs(text.slice(end, relative), mention) ?? mention);
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
      // The words describing a source read without them still belong to the frame.
      tailStart: described && end === cue.end + described.index ? relative : end,
    };
  }
  return null;
}

// "the base chief known as Bob": the name given after the description is the speaker's.
function knownAs(rest: string, description: SourceMention): SourceMention | null {
  const given =
    /^\s+(?:known as|named|identified as)\s+(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2})/u.exec(rest);
  const named = given && parseSourceMention(given[1], false, true);
  return named && named.form === 'name' ? { ...named, role: description.mention } : null;
}
