// Passive reporting verbs with their agent: "The meeting was first reported by the Courier", "Her death
// was confirmed by the harbour board", "His remarks were quickly derided by Rhea Lund". The subject is
// what was reported and the agent after "by" speaks; cue-candidates.ts drops these participles as no cue,
// since without an agent ("he was criticized") nobody is named.
import type { CueSite } from './cue-sites';
import { nounPhrase } from './clause-subject';
import { Break, SentenceView, endOfSentence } from './sentence-view';
import { parseSourceMention } from './source-mention';

// Verbs whose passive with "by" still reports words. Not "attacked" (an assault), "claimed" (a seat won),
// "denied" (a permit refused), "called" (a vote convened), "accused" (its content follows "of").
const PASSIVE_CUE =
  /\b(?:is|are|was|were|been|being)\s+(?:(?:first|also|later|then|\p{Ll}{3,}ly)\s+)?(?:reported|echoed|confirmed|criticized|criticised|derided|denounced|condemned|described|praised|mocked|ridiculed|questioned|disputed|announced|revealed|disclosed|dismissed|slammed|blasted|lambasted|decried|welcomed|hailed)\s+(?:[\p{L}'’]+\s+){0,3}?by\s+(?=\S)/gu;
// A setting after the agent ("by libertarians on social media", "by the Courier on Monday").
const AFTER_AGENT =
  /\s+(?:on|in|at|during|last|this|yesterday|today|earlier|after|before|via|when|while|as|who|which|that|to|for|already|again|too|also|since|ever)\b.*$/s;

// "reported by email", "confirmed by phone": how, not who.
const CHANNEL = /^(?:e-?mail|phone|telephone|text|video|letter|mail|fax)\b/i;

/** Cheap test before the pattern: most sentences hold no "by". */
export const mayHoldPassiveCue = (masked: string): boolean => masked.includes(' by ');

export function passiveSites(view: SentenceView, breaks: Break[]): CueSite[] {
  const sites: CueSite[] = [];
  for (const match of view.masked.matchAll(PASSIVE_CUE)) {
    const cueStart = match.index!;
    const agentStart = cueStart + match[0].length;
    // The agent runs to the next break after it, less a setting.
    const next = breaks.find((brk) => brk.leftEnd > agentStart && brk.kind !== 'start');
    const raw = view.text.slice(agentStart, next ? next.leftEnd : endOfSentence(view.text));
    if (/["“”]/.test(raw)) continue;
    const chunk = raw.replace(AFTER_AGENT, '').trimEnd();
    if (chunk === '' || /^\p{Ll}+ing\b/u.test(chunk) || CHANNEL.test(chunk)) continue;
    const source =
      parseSourceMention(chunk, false, chunk.length === raw.trimEnd().length) ??
      nounPhrase(view, agentStart, agentStart + chunk.length)?.mention;
    // A pronoun agent names nobody new, and "by email" or "by phone" is a channel.
    if (!source || source.form === 'pronoun') continue;
    const boundary = breaks.filter((brk) => brk.pos <= cueStart).pop()!;
    // The subject must be there: "…, was reported by" after a comma has it before the comma.
    if (view.text.slice(boundary.pos, cueStart).trim() === '') continue;
    sites.push({
      cueStart,
      cueEnd: cueStart + match[0].trimEnd().length,
      lemma: 'passive',
      order: 'cue-first',
      passive: true,
      source,
      sourceStart: agentStart,
      sourceEnd: agentStart + chunk.length,
      boundary,
      rightStart: null,
      tailStart: agentStart + chunk.length,
    });
  }
  return sites;
}
