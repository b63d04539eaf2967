// "According to X": a cue so clear that any noun phrase after it is the source, before or after its content.
import { nounPhrase } from './clause-subject';
import { skipLeadingAdverbial } from './leading-adverbial';
import type { CueSite } from './cue-sites';
import { Break, SentenceView, endOfSentence } from './sentence-view';
import { SourceMention, parseSourceMention } from './source-mention';
import { parseNameRun } from './source-names';

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
