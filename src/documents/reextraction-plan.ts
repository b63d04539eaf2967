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

const sameClaim = (a: FreshClaim, b: FreshClaim) =>
  a.start === b.start && a.end === b.end && a.kind === b.kind && a.speakerId === b.speakerId;

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
  const unmatched = new Set(stored.filter((c) => c.replaceable));
  const refound: string[] = [];
  const add: T[] = [];
  for (const claim of fresh) {
    const again = [...unmatched].find((c) => sameClaim(c, claim));
    if (again) {
      unmatched.delete(again);
      refound.push(again.id);
      continue;
    }
    const blocked = touched.some(
      (t) => overlap(t, claim) > 0 && !(t.origin === 'manual' && strictlyContains(claim, t)),
    );
    if (!blocked) add.push(claim);
  }
  const superseded = [...unmatched].map((old) => {
    let successor: number | null = null;
    let best = 0;
    add.forEach((claim, i) => {
      if (overlap(old, claim) > best) [best, successor] = [overlap(old, claim), i];
    });
    return { id: old.id, successor };
  });
  return { refound, add, superseded, kept: touched.map((c) => c.id) };
}

function strictlyContains(outer: FreshClaim, inner: { start: number; end: number }): boolean {
  return (
    outer.start <= inner.start && outer.end >= inner.end && outer.end - outer.start > inner.end - inner.start
  );
}
