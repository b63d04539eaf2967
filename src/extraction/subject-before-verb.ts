// The strict grammar takes any words after a description's prepositional phrase as part of it ("A
// spokeswoman for Keelwell also declined to", "a spokesman for the board emailed"): when such a source
// is read before its clause's verb, it ends where the verb (and any adverb before it) begins.
import { SentenceView, tagsOf } from './sentence-view';
import { SourceMention, parseSourceMention } from './source-mention';

// Only a description long enough to hold a prepositional phrase and a verb after it is worth tagging.
const MAY_RUN_ON = /^\S+(?:\s+\S+){3,}$/;

/** The source between `start` and `end`, cut before the first finite verb when the words after its head hold one. */
export function sourceBeforeVerb(
  view: SentenceView,
  start: number,
  found: { mention: SourceMention; end: number },
): { mention: SourceMention; end: number } {
  const { mention } = found;
  if ((mention.form !== 'group' && mention.form !== 'description') || !MAY_RUN_ON.test(mention.mention))
    return found;
  const tokens = tagsOf(view, start, found.end).filter(
    (token) => token.start >= start && token.end <= found.end,
  );
  // A lower-case word only: the tagger reads some names and titles as verbs ("Ford", "Acting Director").
  const verb = tokens.findIndex(
    (token, i) =>
      i > 1 &&
      /^\p{Ll}/u.test(token.text) &&
      (token.tag === 'AUX' || (token.tag === 'VERB' && !/ing$/.test(token.text))),
  );
  if (verb < 0) return found;
  let last = verb - 1;
  while (last > 0 && tokens[last].tag === 'ADV') last--;
  const end = tokens[last].end;
  const shorter = parseSourceMention(view.text.slice(start, end), start === 0);
  return shorter && shorter.form !== 'pronoun' ? { mention: shorter, end } : found;
}
