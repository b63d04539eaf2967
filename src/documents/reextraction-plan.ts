import type { StoredClaim } from '../claims/claims.service';
import { ClaimKind } from '../claims/claim-enums';

export type { StoredClaim };

/** A claim of the new run. */
export interface FreshClaim {
  kind: ClaimKind;
  start: number;
  end: number;
  speakerId: string | null;
}

export interface ReextractionPlan<T extends FreshClaim> {
  /** Replaceable claims the new run found again (same span, kind and speaker): they keep their ids. */
  refound: string[];
  /** Claims of the new run to store. */
  add: T[];
  /** Replaceable claims the new run did not find again, each with the index in `add` of its successor. */
  superseded: Array<{ id: string; successor: number | null }>;
  /** Claims fact-checkers made or touched, kept as they are. */
  kept: string[];
}

const overlap = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

/**
 * Weighs a new run against the stored claims. Fact-checkers' claims stay, and a new claim overlapping
 * one of them is left out (it would duplicate their work), except a new claim that strictly contains a
 * manual claim: manual claims are additions nested in the text, not corrections of the engine.
 * Automatic claims nobody touched are found again (kept, ids unchanged) or superseded, each pointing at
 * the added claim that overlaps it most.
 */
export function planReextraction<T extends FreshClaim>(
  stored: StoredClaim[],
  fresh: T[],
): ReextractionPlan<T> {
  const touched = stored.filter((c) => !c.replaceable);
  // Replaceable claims by span, kind and speaker, each list in stored order: a lookup per new claim, not a scan
  // (a long document has tens of thousands of claims on each side).
  const unmatched = new Map<string, StoredClaim[]>();
  for (const claim of stored) {
    if (!claim.replaceable) continue;
    const list = unmatched.get(identity(claim));
    if (list) list.push(claim);
    else unmatched.set(identity(claim), [claim]);
  }
  const refound = new Set<string>();
  const add: T[] = [];
  for (const claim of fresh) {
    const again = unmatched.get(identity(claim))?.find((c) => !refound.has(c.id));
    if (again) {
      refound.add(again.id);
      continue;
    }
    const blocked = touched.some(
      (t) => overlap(t, claim) > 0 && !(t.origin === 'manual' && strictlyContains(claim, t)),
    );
    if (!blocked) add.push(claim);
  }
  const successorOf = successorFinder(add);
  const superseded = stored
    .filter((c) => c.replaceable && !refound.has(c.id))
    .map((old) => ({ id: old.id, successor: successorOf(old) }));
  return { refound: [...refound], add, superseded, kept: touched.map((c) => c.id) };
}

const identity = (c: FreshClaim) => `${c.start}|${c.end}|${c.kind}|${c.speakerId}`;

/**
 * For a superseded claim, the index in `add` of the claim overlapping it most (the first such on a tie), or
 * null: a binary search over the added claims by start, looking back no further than the longest one reaches.
 */
function successorFinder(add: FreshClaim[]): (old: { start: number; end: number }) => number | null {
  const byStart = add.map((_, i) => i).sort((a, b) => add[a].start - add[b].start || a - b);
  const longest = add.reduce((max, c) => Math.max(max, c.end - c.start), 0);
  return (old) => {
    // The first added claim (by start) that starts at or after the old one ends: none from there on overlaps.
    let low = 0;
    let high = byStart.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (add[byStart[mid]].start < old.end) low = mid + 1;
      else high = mid;
    }
    let successor: number | null = null;
    let best = 0;
    for (let k = low - 1; k >= 0 && add[byStart[k]].start >= old.start - longest; k--) {
      const i = byStart[k];
      const amount = overlap(old, add[i]);
      if (amount > best || (amount === best && amount > 0 && successor !== null && i < successor)) {
        [best, successor] = [amount, i];
      }
    }
    return successor;
  };
}

function strictlyContains(outer: FreshClaim, inner: { start: number; end: number }): boolean {
  return (
    outer.start <= inner.start && outer.end >= inner.end && outer.end - outer.start > inner.end - inner.start
  );
}
