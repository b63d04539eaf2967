import { VERDICTS } from '../../claims/claim-enums';
import { BEST_RATING, claimReviewOf, RATING_VALUES, WORST_RATING } from './claimreview.format';
import { reportClaim, reportDocument, speaker } from './report-claim.fixture';
import { reportLinks } from './report-formatter';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = Record<string, any>;
const links = reportLinks('https://ct.example/');
const org = { name: 'Valley Fact Check', url: 'https://factcheck.example/' };
const review = (id: string, verdict: 'mixed' | 'false', supersededById: string | null) => ({
  id,
  verdict,
  rationale: `because ${id}`,
  reviewerName: 'Jane Checker',
  reviewerRole: 'factchecker' as const,
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
    expect(claimReviewOf(reportClaim(), links, org)).toBeNull();
  });

  it('rates by the current review, authored by the fact-checking organisation, linking the reader page', () => {
    const claim = reportClaim({
      verdict: 'false',
      reviews: [review('r1', 'mixed', 'r2'), review('r2', 'false', null)],
    });
    const result = claimReviewOf(claim, links, org) as unknown as Loose;
    expect(result.reviewRating).toEqual({
      '@type': 'Rating',
      ratingValue: 1,
      bestRating: 6,
      worstRating: 1,
      alternateName: 'False',
      ratingExplanation: 'because r2',
    });
    expect(result.author).toEqual({
      '@type': 'Organization',
      name: 'Valley Fact Check',
      url: 'https://factcheck.example/',
    });
    expect(JSON.stringify(result)).not.toContain('Jane Checker');
    expect(result.datePublished).toBe('2026-03-07T00:00:00.000Z');
    expect(result.url).toBe('https://ct.example/claims/claim-1');
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
    const result = claimReviewOf(claim, links, { name: 'Valley Fact Check', url: null }) as unknown as Loose;
    expect(result.reviewRating).not.toHaveProperty('ratingValue');
    expect(result.reviewRating.alternateName).toBe('Unverifiable');
    expect(result.itemReviewed.author).toEqual({ '@type': 'NewsMediaOrganization', name: 'Valley Courier' });
    expect(result.itemReviewed.appearance).toMatchObject({
      '@type': 'CreativeWork',
      url: 'https://ct.example/documents/doc-1',
    });
    // Without ORG_URL the organisation's page is the service's own home page.
    expect(result.author).toEqual({
      '@type': 'Organization',
      name: 'Valley Fact Check',
      url: 'https://ct.example/',
    });
  });

  it('gives every verdict a human label, "Mostly false" rather than a slug', () => {
    const labels = VERDICTS.map(
      (verdict) =>
        (claimReviewOf(reportClaim({ verdict }), links, org) as unknown as Loose).reviewRating.alternateName,
    );
    expect(labels).toEqual([
      'True',
      'Mostly true',
      'Mixed',
      'Mostly false',
      'False',
      'Misleading',
      'Unverifiable',
    ]);
  });

  it('types speakers by kind, and gives an unnamed group no Organization author but a description', () => {
    const authorOf = (kind: 'person' | 'organization' | 'government' | 'unnamed-group') =>
      (
        claimReviewOf(
          reportClaim({
            verdict: 'false',
            speaker: speaker('sp-9', 'officials', kind),
            speakerMention: 'officials',
          }),
          links,
          org,
        ) as unknown as Loose
      ).itemReviewed;
    expect(authorOf('person').author['@type']).toBe('Person');
    expect(authorOf('organization').author['@type']).toBe('Organization');
    expect(authorOf('government').author['@type']).toBe('GovernmentOrganization');
    const unnamed = authorOf('unnamed-group');
    expect(unnamed).not.toHaveProperty('author');
    expect(unnamed.description).toBe('Attributed to unnamed sources: officials');
  });
});
