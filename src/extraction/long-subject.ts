// A subject too long or too varied for the source grammar, before a plain verb of saying: "Large majorities
// of ferry users in four towns served by the route said …", "Many speakers at the vigil — including … —
// said …", "Several people I have spoken with said …". Between the clause's start and "said" a sentence
// can hold no other finite verb outside a relative clause or an aside, so the noun phrase that opens the
// clause is its subject; the words after its head only describe it.
import type { Subject } from './clause-subject';
import { nounPhrase } from './clause-subject';
import { skipLeadingAdverbial } from './leading-adverbial';
import { TaggedToken } from './pos';
import { Break, SentenceView, tagsOf } from './sentence-view';

const CALENDAR =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|january|february|march|april|june|july|august|september|october|november|december|week|month|year|morning|afternoon|evening|night)$/i;
const HEAD_TAGS = /^(?:DET|ADJ|NOUN|PROPN|NUM)$/;
const RELATIVE = /^(?:who|whom|whose|that|which)$/i;
const PERSONAL = /^(?:i|we|you|they|he|she)$/i;
const QUANTIFIER = /^(?:many|most|some|several|few|all|both|none|each|half|dozens|hundreds|thousands)$/i;

export function longSubject(view: SentenceView, breaks: Break[], sourceEnd: number): Subject | null {
  const clause = breaks
    .filter((brk) => brk.pos <= sourceEnd && (brk.kind === 'start' || brk.kind === 'coord'))
    .pop();
  if (!clause) return null;
  const opening = /^\s*(?:but|and|yet|so)\s+/i.exec(view.text.slice(clause.pos));
  const start =
    clause.kind === 'start'
      ? skipLeadingAdverbial(view.text, 0, sourceEnd)
      : clause.pos + (opening?.[0].length ?? 0);
  if (/["“”«»:;]|''/.test(view.text.slice(start, sourceEnd))) return null;
  const tokens = tagsOf(view, start, sourceEnd).filter(
    (token) => token.start >= start && token.end <= sourceEnd,
  );
  // "Many of the local harbour leaders who'd rather …": the head follows a quantifier and its "of".
  const first = QUANTIFIER.test(tokens[0]?.text ?? '') && /^of$/i.test(tokens[1]?.text ?? '') ? 2 : 0;
  if (tokens.length < 3 || tokens.length > 40 || !/^(?:DET|ADJ|NOUN|PROPN|NUM)$/.test(tokens[first].tag))
    return null;
  let head = first;
  while (
    head < tokens.length &&
    (HEAD_TAGS.test(tokens[head].tag) || isPossessive(tokens[head]) || participleAdjective(tokens, head))
  )
    head++;
  const last = tokens[head - 1];
  // "Three-in-five GOP insiders": a count alone is no head.
  if (head === first || head === tokens.length || !/^(?:NOUN|PROPN)$/.test(last.tag)) return null;
  // "Saturday at the convention Rep. Ruiz said": a day opens a setting, not the subject.
  if (CALENDAR.test(last.text)) return null;
  if (!describesOnly(tokens.slice(head), last)) return null;
  const phrase = nounPhrase(view, tokens[0].start, last.end);
  if (!phrase || phrase.mention.form === 'pronoun') return null;
  const boundary: Break = start > clause.pos ? { kind: 'lead', pos: start, leftEnd: clause.pos } : clause;
  return { ...phrase, end: sourceEnd, boundary, contentEnd: null };
}

// "A redacted copy of the memo", "the leaked report": a participle between a determiner and a noun describes it.
function participleAdjective(tokens: TaggedToken[], at: number): boolean {
  return (
    tokens[at].tag === 'VERB' &&
    /(?:ed|en)$/.test(tokens[at].text) &&
    tokens[at - 1]?.tag === 'DET' &&
    /^(?:NOUN|ADJ)$/.test(tokens[at + 1]?.tag ?? '')
  );
}

function isPossessive(token: TaggedToken): boolean {
  return token.tag === 'PART' && /^['’]s?$/.test(token.text);
}

// The words after the head: prepositional phrases, participles, asides between dashes or brackets and
// relative clauses, but no finite verb of their own and no second clause.
function describesOnly(rest: TaggedToken[], head: TaggedToken): boolean {
  // "The port closed on Monday and …": a past form right after the head is the clause's own verb.
  if (rest[0].tag === 'VERB' && !/ing$/.test(rest[0].text) && !/^by$/i.test(rest[1]?.text ?? ''))
    return false;
  let aside = false;
  let relative = false;
  let previous = head;
  for (const [i, token] of rest.entries()) {
    if (/^[—–(]$|^--$/.test(token.text)) aside = !aside || token.text === '(';
    else if (token.text === ')') aside = false;
    else if (RELATIVE.test(token.text)) relative = true;
    // "people I have spoken with": a pronoun after a noun opens a relative clause without "that".
    else if (PERSONAL.test(token.text) && /^(?:NOUN|PROPN)$/.test(previous.tag)) relative = true;
    else if (!aside && !relative) {
      if (token.tag === 'AUX' || token.tag === 'SCONJ') return false;
      // "a memo seen by Reuters", "voters polled": a participle right after a noun, before a preposition.
      const participle =
        /(?:ed|en)$/.test(token.text) &&
        /^(?:NOUN|PROPN)$/.test(previous.tag) &&
        (i === rest.length - 1 || rest[i + 1].tag === 'ADP');
      // "fishermen trying to win back their licences": a verb after "to" is an infinitive.
      const infinitive = /^to$/i.test(previous.text);
      if (token.tag === 'VERB' && !/ing$/.test(token.text) && !participle && !infinitive) return false;
      if (token.tag === 'PRON' && !/^(?:its|his|her|their|our|my|your)$/i.test(token.text)) return false;
    }
    previous = token;
  }
  return true;
}
