import { sourcingProfile } from './sourcing-profile';

describe('sourcingProfile', () => {
  it('splits the text by named, unnamed and editorial claims, the rest uncovered', () => {
    const profile = sourcingProfile(100, [
      { kind: 'attributed', start: 0, end: 40, speakerKind: 'person' },
      { kind: 'attributed', start: 40, end: 50, speakerKind: 'unnamed-group' },
      { kind: 'editorial', start: 60, end: 90, speakerKind: 'outlet' },
    ]);
    expect(profile).toEqual({ named: 0.4, unnamed: 0.1, editorial: 0.3, uncovered: 0.2 });
  });

  it('counts overlapping characters once', () => {
    const profile = sourcingProfile(10, [
      { kind: 'attributed', start: 0, end: 6, speakerKind: 'government' },
      { kind: 'editorial', start: 4, end: 10, speakerKind: null },
    ]);
    expect(profile.named + profile.editorial).toBeCloseTo(1);
    expect(profile.editorial).toBeCloseTo(0.4);
  });

  it('gives all zeros for an empty text', () => {
    expect(sourcingProfile(0, [])).toEqual({ named: 0, unnamed: 0, editorial: 0, uncovered: 0 });
  });
});
