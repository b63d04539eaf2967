// Cue sites that report that nothing was said: a refused or negated cue ("declined to say whether"), nobody
// or a time as the source ("No one has asked …", "As the day went on"), nothing as the content ("have said little about"), or a relative
// clause's cue with no content ("who wrote the bill"). The project's
// annotations keep these the outlet's (docs/engine.md, "Negated cues and events"); PolNeAR annotates them.
import type { CueSite } from './cue-sites';
import type { SentenceView } from './sentence-view';
import { EVALUATIONS } from './lexicon';
import { isSpeakerNoun } from './source-words';

// Right before the cue, with an adverb between: "declined to say", "would not immediately say", "never told".
const REFUSED =
  /\b(?:declined|declines|decline|declining|refused|refuses|refuse|refusing|failed|fails)\s+to\s+(?:\p{Ll}+ly\s+)?$|\b(?:not|n['’]t|never)\s+(?:\p{Ll}+ly\s+)?(?:(?:yet|been)\s+)?$/iu;
// "No official would say", not "No. 10 said" or "No 10 said" (Downing Street).
const NOBODY = /^(?:no[ -]one|nobody|none|neither)\b|^no\s+\p{L}/iu;
// "As the day went on, Ode …": a stretch of time is no speaker, whatever cue follows it.
const TIME_SOURCE =
  /^(?:the|that|this)\s+(?:day|night|evening|morning|afternoon|week|weekend|month|year|hours|days|weeks|months|years)$/i;
// "said little about", not "said little had changed".
const NOTHING =
  /^(?:(?:very|so|too)\s+)?(?:little|nothing|next to nothing|almost nothing)(?:\s+(?:about|of|on|in|to|publicly|since|more|else|further)\b|\s*[,.;]|\s*$)/i;

export function saysNothing(view: SentenceView, site: CueSite): boolean {
  if (
    site.order === 'source-first' &&
    REFUSED.test(view.masked.slice(Math.max(0, site.cueStart - 40), site.cueStart))
  )
    return true;
  if (NOBODY.test(site.source.mention) || TIME_SOURCE.test(site.source.mention)) return true;
  // "Sen. Ode, the Maine Democrat who wrote the bill, said …": a cue inside a relative clause, with no content
  // after it, reports an act; the words before the relative are its antecedent, not what was said.
  if (
    site.order === 'source-first' &&
    site.rightStart === null &&
    /\b(?:who|which)$/i.test(site.source.mention)
  )
    return true;
  if (site.rightStart === null) return false;
  const content = view.masked.slice(site.rightStart);
  return (
    NOTHING.test(content) || (site.order === 'source-first' && SUBJECTLESS.test(content) && afterNoun(site))
  );
}

// "the form Ode described has not been filed": content opening on an auxiliary has no subject, and a source
// read as a thing before a name ("the form Ode") is a relative clause without its "that" inside the
// sentence's subject. Not "a letter that he said was drafted", which reports.
const OBJECT_CUES = new Set([
  'announce',
  'mention',
  'cite',
  'propose',
  'reference',
  'recount',
  'recall',
  'reveal',
]);
const SUBJECTLESS = /^(?:has|have|had|is|are|was|were|will|would|can|could|should|must|may|might)\s/;

function afterNoun(site: CueSite): boolean {
  // "a probe the agency said was ongoing" reports: the thing is the subject of what was said. Only a cue
  // whose object the thing is ("the plan Tarn announced") leaves nothing said.
  if (!EVALUATIONS.has(site.lemma) && !OBJECT_CUES.has(site.lemma)) return false;
  const thing = /^(?:the|a|an|this|that)\s+(\p{Ll}+)\s+\p{Lu}/iu.exec(site.source.mention);
  return thing !== null && !isSpeakerNoun(thing[1]);
}
