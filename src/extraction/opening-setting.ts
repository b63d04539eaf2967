// "Saturday at the state party convention Sen. Ann Ode (D-Maine) said …": a setting opens the sentence
// without its comma; the source is the name after it, not a person called Saturday nor the setting.
import { WEEKDAY_NAMES } from './lexicon';
import type { SourceMention } from './source-mention';

const OPENING_SETTING = new RegExp(
  `^(?:(?:${WEEKDAY_NAMES.join('|')})\\s+)?(?:[Aa]t|[Dd]uring)\\s+(?:the|a|an)\\s`,
);

const PREPOSITION =
  /^(?:of|in|at|on|near|outside|inside|by|from|to|for|with|behind|across|around|before|after)$/;
const COMMON_WORD = /^(?!(?:the|a|an)$)\p{Ll}/u;

/**
 * The first capitalised run after an opening setting that reads as a name; null when none does, and
 * undefined when the chunk opens with no such setting.
 */
export function afterOpeningSetting(
  mention: string,
  parse: (chunk: string) => SourceMention | null,
): SourceMention | null | undefined {
  // With its comma the setting is skipped before the source is read ("At a rally in Dover, families …").
  if (!OPENING_SETTING.test(mention) || mention.includes(',')) return undefined;
  const words = mention.split(/\s+/);
  // "at the State Department" is a place named whole: the setting needs a common noun of its own.
  for (let i = 3; i < words.length; i++) {
    if (!/^\p{Lu}/u.test(words[i]) || !words.slice(2, i).some((word) => COMMON_WORD.test(word))) continue;
    // "At a rally outside of City Hall (in Dover)": a place inside the setting, not a source after it.
    if (PREPOSITION.test(words[i - 1]) || !words.slice(i).every((word) => /^[\p{Lu}(]/u.test(word)))
      return null;
    const found = parse(words.slice(i).join(' '));
    if (found && found.form === 'name') return found;
  }
  return null;
}
