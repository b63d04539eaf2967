// The role a figure plays in its claim: a change ("fell by 300", "a 3 percent rise", "halved") or a level (a
// total, a share, a price: "1,200 passengers", "36 percent full"). Two figures of one unit in different roles
// are two quantities: "numbers fell by 300" and "1,200 passengers a day" neither agree nor conflict. Plain
// TypeScript.
import { HEDGE_WORDS } from './hedges';
import { foldedStem, stem } from './statement-lexicon';

export type FigureRole = 'change' | 'level';

const RISE = stem('rise');
const FALL = stem('cut');
// Verbs of a change the synonym folds leave apart: "lost a fifth of their pay", "gained 4 percent".
const MOVES = new Set(['lose', 'loses', 'lost', 'losing', 'gain', 'gains', 'gained', 'shed', 'sheds']);
const isMove = (token: string | undefined) =>
  token !== undefined &&
  /^\p{L}/u.test(token) &&
  (MOVES.has(token) || [RISE, FALL].includes(foldedStem(token)));
// How far before its "by" a change's verb may be: "cut migraine attacks by a quarter".
const VERB_REACH = 4;
// Words between a figure and the "by" or the verb of its change: "fell by about a fifth", "rose more than 6".
const BETWEEN = new Set([
  ...HEDGE_WORDS,
  'a',
  'an',
  'one',
  'more',
  'less',
  'than',
  'at',
  'least',
  '$',
  '£',
  '€',
]);
const SHIFTS = new Set(['up', 'down']);

/**
 * The role of the figure written from `tokens[at]` to `tokens[end]` (its unit, when it has one; `amount` when
 * it is a percentage, a sum or of no unit, not a counted noun or a span): a change when a rise or fall word leads
 * an amount ("fell 12 percent", "up 4 percent") or any figure through "by" or "of" ("cut by a quarter", "a rise
 * of 3 percent"), follows an amount ("a 3 percent rise", "12 percent lower"), or is the figure itself ("halved").
 */
export function figureRole(tokens: readonly string[], at: number, end: number, amount: boolean): FigureRole {
  if (isMove(tokens[at]) && at === end) return 'change';
  let j = at - 1;
  while (j >= 0 && BETWEEN.has(tokens[j])) j--;
  const before = tokens[j];
  // A count of things after a verb of change is what changed, not by how much ("would cut 300 jobs"), and a span
  // after one is when ("the alarm was raised three days after").
  if (SHIFTS.has(before) || (amount && isMove(before))) return 'change';
  // "fallen by 12,000", "fallen sharply by 12,000"; "a rise of 3 percent".
  if (before === 'by' && tokens.slice(Math.max(0, j - VERB_REACH), j).some(isMove)) return 'change';
  if (before === 'of' && isMove(tokens[j - 1])) return 'change';
  // "61 percent, up from 54 percent": the earlier value follows, the figure is a level.
  const after = [tokens[end], tokens[end + 1]];
  const shift = after.some((word, k) => SHIFTS.has(word!) && tokens[end + k + 1] !== 'from');
  if (amount && (shift || after.some(isMove))) return 'change';
  return 'level';
}
