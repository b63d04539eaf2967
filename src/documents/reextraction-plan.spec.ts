import { FreshClaim, planReextraction, StoredClaim } from './reextraction-plan';

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
