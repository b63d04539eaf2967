// "Even as he criticised the plan, Ode backed the budget", "In what she called a final offer, Mayor Ruiz …":
// a pronoun inside a clause that opens the sentence may point forward, to the subject named right after
// the clause's comma (or the quote that closes on it: 'In what he called a "rant," Ode …'), rather than
// back to the last person named.
import { sentenceSubject } from './name-scan';
import type { SourceMention } from './source-mention';

const OPENING_CLAUSE =
  /^\s*(?:(?:even|just)\s+)?(?:as|while|when|after|before|although|though|since|because|once|in what|by what)\s+(?:he|she)\s[^,;:]{3,140},[”"]?\s*/i;

/** The subject after an opening clause that holds "he" or "she", and where that clause ends. */
export function subjectAfterOpeningClause(sentence: string): { subject: SourceMention; end: number } | null {
  const opening = OPENING_CLAUSE.exec(sentence);
  if (!opening) return null;
  const subject = sentenceSubject(sentence.slice(opening[0].length), false);
  return subject ? { subject, end: opening[0].length } : null;
}
