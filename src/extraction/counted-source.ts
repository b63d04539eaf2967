// "While 86 percent backed the plan, 43 said the same", "39 have said they support Ode": a bare count or
// share after an earlier one counts people of the group just named, and speaks as that count.
import type { SourceMention } from './source-mention';

const BARE_COUNT =
  /^(?:(?:about|nearly|almost|only|just|some)\s+)?(\d{1,3}(?:,\d{3})*|\d+(?:\.\d+)?\s*(?:%|percent|per cent))$/i;

export function countedSource(mention: string): SourceMention | null {
  const count = BARE_COUNT.exec(mention);
  if (!count) return null;
  // "only 24 percent" is the same share as "24 percent": the qualifier is no part of the name.
  return {
    form: 'group',
    mention,
    name: count[1],
    kind: 'unnamed-group',
    role: null,
    gender: null,
    head: 'people',
  };
}
