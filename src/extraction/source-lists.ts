// "Ana Ruiz, Tom Ode and Mara Lund said", "Critics, neighbors and local officials say": a list without a
// comma before its "and" reaches the cue as a comma break and a coordinated pair; the pair alone was read
// as the source. The first item, of the same form, joins it: the whole list speaks.
import { skipLeadingAdverbial } from './leading-adverbial';
import { Break, SentenceView } from './sentence-view';
import { SourceMention, parseSourceMention } from './source-mention';

type Read = { mention: SourceMention; start: number; boundary: Break };

const PAIR = /^\S.*\s(?:and|or)\s+\S/;
const SHORT_ITEM = /^\s*\S+(?:\s+\S+){0,3}\s*$/;

/** The source widened to the item before it when it is the coordinated end of a list of three or more. */
export function wholeList(view: SentenceView, breaks: Break[], best: Read): Read {
  const { mention, boundary } = best;
  if (boundary.kind !== 'comma' || mention.form === 'pronoun' || !PAIR.test(mention.mention)) return best;
  if (view.text.slice(boundary.leftEnd, best.start).trim() !== ',') return best;
  const opening = breaks.filter((brk) => brk.pos < boundary.leftEnd).pop();
  if (!opening || (opening.kind !== 'start' && opening.kind !== 'comma')) return best;
  const from = opening.kind === 'start' ? skipLeadingAdverbial(view.text, 0, boundary.leftEnd) : opening.pos;
  const item = view.text.slice(from, boundary.leftEnd);
  if (!SHORT_ITEM.test(item)) return best;
  const first = parseSourceMention(item, from === 0);
  if (!first || first.form !== mention.form || (first.kind === 'person') !== (mention.kind === 'person'))
    return best;
  const start = from + (item.length - item.trimStart().length);
  const whole = view.text.slice(start, best.start + mention.mention.length);
  return {
    mention: { ...mention, mention: whole, name: `${first.name}, ${mention.name}`, head: mention.head },
    start,
    boundary: opening.kind === 'start' && from > 0 ? { kind: 'lead', pos: start, leftEnd: from } : opening,
  };
}
