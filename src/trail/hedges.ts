// How exact a figure is, from the words before it ("about £6m", "more than 900", "a fifth"), and whether two
// hedged figures of one unit can be one figure. Plain TypeScript, read with the figures of quantities.ts.
import { magnitude } from './quantities';

/**
 * How exact a figure is, from the words before it: about (within a tenth either way), at least (up to a quarter
 * more), at most (up to a fifth less), or nearly (up to a tenth less); a span in months is 28 to 31 days a month
 * against a span in other units (calendar).
 */
export type Hedge = 'about' | 'above' | 'below' | 'nearly' | 'calendar';
const HEDGES = new Map<string, Hedge>([
  ['about', 'about'],
  ['around', 'about'],
  ['roughly', 'about'],
  ['approximately', 'about'],
  ['approx', 'about'],
  ['some', 'about'],
  ['circa', 'about'],
  ['nearer', 'about'],
  ['closer', 'about'],
  ['estimated', 'about'],
  ['nearly', 'nearly'],
  ['almost', 'nearly'],
  ['over', 'above'],
  ['under', 'below'],
  ['below', 'below'],
]);
/** Words that say how exact a figure is, not what it counts. */
export const HEDGE_WORDS: ReadonlySet<string> = new Set([...HEDGES.keys()]);
const PAIRED_HEDGES = new Map<string, Hedge>([
  ['more than', 'above'],
  ['at least', 'above'],
  ['in excess', 'above'],
  ['close to', 'about'],
  ['closer to', 'about'],
  ['fewer than', 'below'],
  ['less than', 'below'],
  ['up to', 'below'],
  ['at most', 'below'],
  ['upwards of', 'above'],
]);

/**
 * The hedge of the figure written from `tokens[at]` ("about £6m", "more than 900", "at least 10 years"); a
 * share in words ("a fifth", "halved": `share`) is read as about.
 */
export function hedgeOf(
  tokens: string[],
  at: number,
  share: boolean,
  unit: string | null = null,
): Hedge | undefined {
  let j = at - 1;
  if (/^[$£€]$/.test(tokens[j] ?? '')) j--;
  if (tokens[j] === 'a' || tokens[j] === 'an' || tokens[j] === 'by') j--;
  if (
    tokens[j] === 'than' ||
    tokens[j] === 'to' ||
    tokens[j] === 'least' ||
    tokens[j] === 'most' ||
    tokens[j] === 'of'
  ) {
    const hedge =
      PAIRED_HEDGES.get(`${tokens[j - 1]} ${tokens[j]}`) ??
      PAIRED_HEDGES.get(`${tokens[j - 2]} ${tokens[j - 1]}`);
    // "no more than 40": at most.
    if (hedge) return hedge === 'above' && tokens[j - 2] === 'no' ? 'below' : hedge;
  }
  // A month is four weeks and a few days: "two months" may be "eight weeks".
  return HEDGES.get(tokens[j]) ?? (share ? 'about' : unit === 'month' ? 'calendar' : undefined);
}

const RANGES: Record<Hedge, [number, number]> = {
  about: [0.9, 1.1],
  above: [1, 1.25],
  below: [0.8, 1],
  nearly: [0.9, 1],
  calendar: [28 / 30, 31 / 30],
};

/**
 * Whether two values of one unit, either of them hedged, can be one figure: their ranges meet ("about 19"
 * and "a fifth", "8.7 million" and "nearer 9 million"; not "about 6 million" and "nearer 9 million"). Two
 * exact values agree only when equal, which is tested before.
 */
export function hedgedAgree(
  a: string,
  aHedge: Hedge | undefined,
  b: string,
  bHedge: Hedge | undefined,
): boolean {
  if (aHedge === undefined && bHedge === undefined) return false;
  // Months against months are exact: "11 months" is not "12 months".
  if (aHedge === 'calendar' && bHedge === 'calendar') return false;
  const [x, y] = [magnitude(a), magnitude(b)];
  if (!Number.isFinite(x) || !Number.isFinite(y)) return false;
  const [xLow, xHigh] = aHedge ? RANGES[aHedge] : [1, 1];
  const [yLow, yHigh] = bHedge ? RANGES[bHedge] : [1, 1];
  return x * xLow <= y * yHigh && y * yLow <= x * xHigh;
}
