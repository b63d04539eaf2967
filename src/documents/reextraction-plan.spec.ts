import { FreshClaim, planReextraction, ReextractionPlan, StoredClaim } from './reextraction-plan';

const stored = (id: string, start: number, end: number, extra: Partial<StoredClaim> = {}): StoredClaim => ({
  id,
  kind: 'attributed',
  start,
  end,
  speakerId: 'speaker-1',
  origin: 'extraction',
  replaceable: true,
  ...extra,
});
const fresh = (start: number, end: number, extra: Partial<FreshClaim> = {}): FreshClaim => ({
  kind: 'attributed',
  start,
  end,
  speakerId: 'speaker-1',
  ...extra,
});

describe('planReextraction', () => {
  it('keeps the id of a claim the new run finds again with the same span, kind and speaker', () => {
    const plan = planReextraction([stored('a', 0, 10)], [fresh(0, 10)]);
    expect(plan).toEqual({ refound: ['a'], add: [], superseded: [], kept: [] });
  });

  it('supersedes a claim whose span, kind or speaker changed, pointing at the claim that replaced it', () => {
    const plan = planReextraction(
      [stored('span', 0, 10), stored('kind', 20, 30), stored('speaker', 40, 50)],
      [fresh(0, 12), fresh(20, 30, { kind: 'editorial' }), fresh(40, 50, { speakerId: 'speaker-2' })],
    );
    expect(plan.refound).toEqual([]);
    expect(plan.add).toHaveLength(3);
    expect(plan.superseded).toEqual([
      { id: 'span', successor: 0 },
      { id: 'kind', successor: 1 },
      { id: 'speaker', successor: 2 },
    ]);
  });

  it('points a superseded claim at the new claim overlapping it most, or at none', () => {
    const plan = planReextraction([stored('a', 0, 20), stored('gone', 50, 60)], [fresh(0, 5), fresh(5, 20)]);
    expect(plan.superseded).toEqual([
      { id: 'a', successor: 1 },
      { id: 'gone', successor: null },
    ]);
  });

  it('keeps touched claims and leaves out new claims overlapping them', () => {
    const plan = planReextraction(
      [stored('edited', 0, 10, { replaceable: false })],
      [fresh(0, 10), fresh(5, 15), fresh(20, 30)],
    );
    expect(plan.kept).toEqual(['edited']);
    expect(plan.add).toEqual([fresh(20, 30)]);
  });

  it('adds a new claim that strictly contains a manual claim, but not one that only overlaps or equals it', () => {
    const manual = stored('manual', 10, 20, { origin: 'manual', replaceable: false });
    const plan = planReextraction(
      [manual],
      [fresh(0, 30, { kind: 'editorial' }), fresh(10, 20), fresh(15, 40)],
    );
    expect(plan.add).toEqual([fresh(0, 30, { kind: 'editorial' })]);
  });

  it('keeps an editorial claim that contains a manual claim when the new run finds it again', () => {
    const plan = planReextraction(
      [
        stored('editorial', 0, 50, { kind: 'editorial', speakerId: 'outlet' }),
        stored('manual', 10, 20, { origin: 'manual', replaceable: false }),
      ],
      [fresh(0, 50, { kind: 'editorial', speakerId: 'outlet' })],
    );
    expect(plan).toEqual({ refound: ['editorial'], add: [], superseded: [], kept: ['manual'] });
  });
});

// The plan as first written (a scan of every stored claim per new claim): the indexed one must agree with it.
const overlap = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
const sameClaim = (a: FreshClaim, b: FreshClaim) =>
  a.start === b.start && a.end === b.end && a.kind === b.kind && a.speakerId === b.speakerId;
const strictlyContains = (outer: FreshClaim, inner: { start: number; end: number }) =>
  outer.start <= inner.start && outer.end >= inner.end && outer.end - outer.start > inner.end - inner.start;
function scanningPlan<T extends FreshClaim>(stored: StoredClaim[], fresh: T[]): ReextractionPlan<T> {
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

describe('planReextraction on many claims', () => {
  // A small deterministic generator: spans that repeat, nest and overlap, two speakers, some touched claims.
  function claims(seed: number, count: number) {
    let state = seed;
    const next = (n: number) => {
      state = (state * 1103515245 + 12345) % 2147483648;
      return state % n;
    };
    const span = () => {
      const start = next(400);
      return { start, end: start + 1 + next(40) };
    };
    const storedClaims = Array.from({ length: count }, (_, i) =>
      stored(`c${i}`, 0, 0, {
        ...span(),
        speakerId: next(3) === 0 ? null : `speaker-${next(2)}`,
        kind: next(4) === 0 ? 'editorial' : 'attributed',
        origin: next(10) === 0 ? 'manual' : 'extraction',
        replaceable: next(6) !== 0,
      }),
    );
    const freshClaims = Array.from({ length: count }, () =>
      fresh(0, 0, {
        ...span(),
        speakerId: next(3) === 0 ? null : `speaker-${next(2)}`,
        kind: next(4) === 0 ? 'editorial' : 'attributed',
      }),
    );
    // Some new claims repeat stored ones exactly, as a re-run mostly does.
    for (let i = 0; i < count; i += 2) {
      const { start, end, kind, speakerId } = storedClaims[next(count)];
      freshClaims[i] = fresh(start, end, { kind, speakerId });
    }
    return { storedClaims, freshClaims };
  }

  it.each([1, 2, 3, 4, 5])('gives the same plan as a full scan (seed %i)', (seed) => {
    const { storedClaims, freshClaims } = claims(seed, 300);
    expect(planReextraction(storedClaims, freshClaims)).toEqual(scanningPlan(storedClaims, freshClaims));
  });

  // A scan per claim took minutes at this size; the loaded CI machine gets generous room.
  it('plans 40,000 claims against 40,000 in seconds, not minutes', () => {
    const storedClaims = Array.from({ length: 40_000 }, (_, i) => stored(`c${i}`, i * 50, i * 50 + 40));
    const freshClaims = storedClaims.map((c, i) => fresh(c.start + (i % 2), c.end));
    const started = performance.now();
    const plan = planReextraction(storedClaims, freshClaims);
    expect(performance.now() - started).toBeLessThan(5000);
    expect(plan.refound).toHaveLength(20_000);
    expect(plan.superseded).toHaveLength(20_000);
    expect(plan.superseded.every((s) => s.successor !== null)).toBe(true);
  });
});
