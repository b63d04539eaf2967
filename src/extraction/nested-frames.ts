// Which level of a nested or interjected report a source speaks at: a frame set into another clause
// ("Mr. Obama, officials said, has grown wary") or opening another frame's content ("Ode said that when
// Tran criticised the board, …") is read at its own level, not as the name before it or a clause of its own.
import { SentenceView } from './sentence-view';

// A predicate resuming after the frame's comma: an auxiliary or a past form, perhaps after a short adverb.
const RESUMED_PREDICATE =
  /^\s+\p{Ll}+,\s+(?:(?:also|still|now|already|long|never|not|since)\s+)?(?:is|are|was|were|has|have|had|will|would|could|should|can|may|might|must|did|does|do|\p{Ll}{2,}ed)\b/u;

/**
 * "Mr. Obama, officials said, has grown wary of …": a source that runs into its one-word cue with no comma
 * of its own, where the cue's comma is followed by the rest of a predicate, is a frame interjected into the
 * sentence's clause. The words before its opening comma are that clause's subject, not a name it describes
 * (an apposition, "Kevin Brady, chairman of the panel, said", is closed by its own comma).
 */
export function interjectedFrame(view: SentenceView, sourceStart: number, mention: string): boolean {
  if (!view.text.startsWith(mention, sourceStart)) return false;
  const after = sourceStart + mention.length;
  return RESUMED_PREDICATE.test(view.masked.slice(after, after + 60));
}
