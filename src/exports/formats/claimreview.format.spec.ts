import { VERDICTS } from '../../claims/claim-enums';
import { BEST_RATING, claimReviewOf, RATING_VALUES, WORST_RATING } from './claimreview.format';
import { reportClaim, reportDocument } from './report-claim.fixture';
import { reportLinks } from './report-formatter';

const links = reportLinks('https://ct.example/');
const review = (id: string, verdict: 'mixed' | 'false', supersededById: string | null) => ({
  id,
  verdict,
  rationale: `because ${id}`,
  reviewerName: 'Jane Checker',
  reviewerRole: 'factchecker',
  supersededById,
  createdAt: new Date(`2026-03-0${id === 'r1' ? 6 : 7}T00:00:00Z`),
});

describe('ClaimReview rating scale', () => {
  it('puts every truth verdict on the scale, true best and false worst, and unverifiable off it', () => {
    expect(RATING_VALUES.true).toBe(BEST_RATING);
    expect(RATING_VALUES.false).toBe(WORST_RATING);
    const ordered = ['false', 'mostly-false', 'misleading', 'mixed', 'mostly-true', 'true'] as const;
    expect(ordered.map((v) => RATING_VALUES[v])).toEqual([1, 2, 3, 4, 5, 6]);
    expect(RATING_VALUES.unverifiable).toBeNull();
    expect(Object.keys(RATING_VALUES).sort()).toEqual([...VERDICTS].sort());
  });
});

describe('claimReviewOf', () => {
  it('gives nothing for a claim without a verdict', () => {
    expect(claimReviewOf(reportClaim(), links)).toBeNull();
  });

  it('rates by the current review and names its reviewer', () => {
    const claim = reportClaim({
      verdict: 'false',
      reviews: [review('r1', 'mixed', 'r2'), review('r2', 'false', null)],
    });
    const result = claimReviewOf(claim, links) as unknown as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    expect(result.reviewRating).toEqual({
      '@type': 'Rating',
      ratingValue: 1,
      bestRating: 6,
      worstRating: 1,
      alternateName: 'false',
      ratingExplanation: 'because r2',
    });
    expect(result.author).toEqual({ '@type': 'Person', name: 'Jane Checker' });
    expect(result.datePublished).toBe('2026-03-07T00:00:00.000Z');
    expect(result.url).toBe('https://ct.example/api/claims/claim-1');
    expect(result.itemReviewed.author).toMatchObject({ '@type': 'Person', name: 'Nadia Okafor' });
    expect(result.itemReviewed.appearance).toMatchObject({
      '@type': 'NewsArticle',
      url: 'https://courier.example/depot',
    });
  });

  it('leaves ratingValue out for unverifiable, and credits an editorial assertion to the outlet', () => {
    const claim = reportClaim({
      kind: 'editorial',
      verdict: 'unverifiable',
      document: reportDocument({ kind: 'report', url: null }),
    });
    const result = claimReviewOf(claim, links) as unknown as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    expect(result.reviewRating).not.toHaveProperty('ratingValue');
    expect(result.reviewRating.alternateName).toBe('unverifiable');
    expect(result.itemReviewed.author).toEqual({ '@type': 'NewsMediaOrganization', name: 'Valley Courier' });
    expect(result.itemReviewed.appearance).toMatchObject({
      '@type': 'CreativeWork',
      url: 'https://ct.example/api/documents/doc-1',
    });
    expect(result).not.toHaveProperty('author');
  });
});
