// Which level of a nested or interjected report a source speaks at: a frame set into another clause
// ("Mr. Obama, officials said, has grown wary") or opening another frame's content ("Ode said that when
// Tran criticised the board, …") is read at its own level, not as the name before it or a clause of its own.
import type { CueCandidate } from './cue-candidates';
import { readCueFirst } from './cue-first-sites';
import type { CueSite } from './cue-sites';
import { Break, SentenceView } from './sentence-view';

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

// ", which" or ", who" right before a frame's opening comma: the frame is set into that relative clause.
const RELATIVE_BEFORE_FRAME = /,\s*(?:which|who|whom|whose)\s*$/i;

/**
 * "…, which, her advisers believe, would …": the relative pronoun opening the clause a frame is set into
 * (`start`) and the end of the clause before it (`clauseEnd`, before its comma), or null when the frame
 * is not set into a relative clause. A clause of three words or fewer before it is left whole.
 */
export function relativeOpening(
  view: SentenceView,
  from: number,
  frameComma: number,
): { start: number; clauseEnd: number } | null {
  const before = view.masked.slice(from, frameComma);
  const relative = RELATIVE_BEFORE_FRAME.exec(before);
  if (!relative || before.slice(0, relative.index).trim().split(/\s+/).length <= 3) return null;
  const clauseEnd = from + relative.index;
  return { start: clauseEnd + relative[0].search(/\p{L}/u), clauseEnd };
}

const SUBORDINATOR =
  /^\s*(?:when|whenever|if|because|after|before|while|although|though|since|until|once|unless)\s/i;

/**
 * "Ode said that when Tran criticised the board, “he spoke for all of us”": a frame inside a subordinate
 * clause that opens another frame's content is part of that content; the main clause after it is still
 * what the outer source said, so the inner frame starts no claim of its own.
 */
export function opensContent(view: SentenceView, outer: CueSite, inner: CueSite): boolean {
  return (
    outer.rightStart !== null &&
    inner.boundary.kind === 'coord' &&
    inner.boundary.leftEnd <= outer.rightStart &&
    inner.boundary.pos > outer.rightStart &&
    SUBORDINATOR.test(view.masked.slice(inner.boundary.leftEnd, inner.boundary.pos))
  );
}

// The rest of a predicate after an inverted frame's comma (", is too old", ", a pilot, is the silt"): a verb
// or auxiliary, perhaps after an apposition the source was read without, closed by its own comma.
const PREDICATE_AFTER =
  /^\s*,\s+(?:[^,;:"“”]{1,80},\s+)?(?:(?:also|still|now|already|long|never|not|simply)\s+)?(?:is|are|was|were|has|have|had|will|would|could|should|can|may|might|must|did|does|do|\p{Ll}{2,}(?:ed|es))\b/u;

const SUBJECT_BEFORE_FRAME = /^\s*(?:(?:and|but|yet)\s+)?\p{L}[^,;:"“”]{0,80},\s*$/iu;

/**
 * "The ferry, said Ellis, is too old": an inverted frame set between a clause's subject and its
 * predicate. Read source-first, the subject before the comma would be taken for the source; the name
 * after the cue speaks, and the clause around the frame is what was said.
 */
export function invertedInterjection(view: SentenceView, breaks: Break[], cue: CueCandidate): CueSite | null {
  // The subject before the frame is one phrase, with no comma of its own, opening the sentence.
  if (!SUBJECT_BEFORE_FRAME.test(view.masked.slice(0, cue.start))) return null;
  const site = readCueFirst(view, breaks, cue);
  if (!site || site.rightStart !== null || site.boundary.kind !== 'comma') return null;
  if (/^that\s/i.test(site.source.mention)) return null;
  return PREDICATE_AFTER.test(view.masked.slice(site.tailStart)) ? site : null;
}
