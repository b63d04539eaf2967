import { isoTime } from '../../common/timestamps';
import type { ClaimReview, CreativeWork, Graph, Organization, Person, Rating } from 'schema-dts';
import { Verdict, VERDICT_LABELS } from '../../claims/claim-enums';
import { ReportClaim, ReportSpeaker } from '../report-claim';
import {
  currentReview,
  ReportFormatter,
  ReportLinks,
  reportLinks,
  ReportOrganization,
} from './report-formatter';

export const BEST_RATING = 6;
export const WORST_RATING = 1;

/**
 * The numeric scale of reviewRating: 6 true … 1 false, with misleading (literally accurate, false
 * impression) just above mostly-false. Unverifiable is not a point on a truth scale, so it has no
 * ratingValue and is carried by alternateName alone.
 */
export const RATING_VALUES: Record<Verdict, number | null> = {
  true: 6,
  'mostly-true': 5,
  mixed: 4,
  misleading: 3,
  'mostly-false': 2,
  false: 1,
  unverifiable: null,
};

function rating(verdict: Verdict, explanation: string | null): Rating {
  const value = RATING_VALUES[verdict];
  return {
    '@type': 'Rating',
    ...(value === null ? {} : { ratingValue: value }),
    bestRating: BEST_RATING,
    worstRating: WORST_RATING,
    // A label for people, as fact-checkers publish it ("Mostly false"); the slug stays in our own formats.
    alternateName: VERDICT_LABELS[verdict],
    ...(explanation ? { ratingExplanation: explanation } : {}),
  };
}

// schema.org's `author` expects a Person or an Organization. An unnamed group ("officials", "residents") is
// neither: several unidentified people, not one organisation. So its claim has no `author`; the Claim's
// `description` says who is quoted instead.
function speakerAgent(speaker: ReportSpeaker, url: string): Person | Organization | null {
  const sameAs =
    speaker.externalId && /^Q\d+$/.test(speaker.externalId)
      ? `https://www.wikidata.org/wiki/${speaker.externalId}`
      : undefined;
  const common = { '@id': url, name: speaker.name, ...(sameAs ? { sameAs } : {}) };
  switch (speaker.kind) {
    case 'person':
      return { '@type': 'Person', ...common };
    case 'government':
      return { '@type': 'GovernmentOrganization', ...common };
    case 'outlet':
      return { '@type': 'NewsMediaOrganization', ...common };
    case 'organization':
      return { '@type': 'Organization', ...common };
    case 'unnamed-group':
      return null;
  }
}

function organizationOf(organization: ReportOrganization, links: ReportLinks): Organization {
  return { '@type': 'Organization', name: organization.name, url: organization.url ?? `${links.base}/` };
}

/** One ClaimReview for a reviewed claim, or null when the claim has no verdict. */
export function claimReviewOf(
  claim: ReportClaim,
  links: ReportLinks,
  organization: ReportOrganization,
): ClaimReview | null {
  if (!claim.verdict) return null;
  const review = currentReview(claim);
  const document = claim.document;
  // Editorial assertions are the outlet's own voice: their author is the publisher.
  const claimAuthor =
    claim.kind === 'editorial' && document.publisher
      ? ({ '@type': 'NewsMediaOrganization', name: document.publisher } satisfies Organization)
      : claim.speaker
        ? speakerAgent(claim.speaker, links.speaker(claim.speaker.id))
        : null;
  const unnamed =
    claim.kind === 'attributed' && claim.speaker?.kind === 'unnamed-group'
      ? `Attributed to unnamed sources: ${claim.speakerMention ?? claim.speaker.name}`
      : null;
  const appearance: CreativeWork = {
    '@type': document.kind === 'article' ? 'NewsArticle' : 'CreativeWork',
    '@id': links.document(document.id),
    url: document.url ?? links.readerDocument(document.id),
    headline: document.title,
    ...(document.publishedAt ? { datePublished: isoTime(document.publishedAt) } : {}),
    ...(document.publisher
      ? { publisher: { '@type': 'NewsMediaOrganization', name: document.publisher } }
      : {}),
    ...(document.authors.length > 0
      ? { author: document.authors.map((name): Person => ({ '@type': 'Person', name })) }
      : {}),
  } as CreativeWork;
  return {
    '@type': 'ClaimReview',
    '@id': `${links.claim(claim.id)}#review`,
    // The page where people read the fact check: the reader's claim page, not the JSON API.
    url: links.readerClaim(claim.id),
    claimReviewed: claim.text,
    datePublished: isoTime(review?.createdAt ?? claim.updatedAt),
    // The fact-checking organisation publishes the review; the API key that entered it is an internal detail.
    author: organizationOf(organization, links),
    reviewRating: rating(claim.verdict, review?.rationale ?? null),
    itemReviewed: {
      '@type': 'Claim',
      ...(claimAuthor ? { author: claimAuthor } : {}),
      ...(unnamed ? { description: unnamed } : {}),
      appearance,
      firstAppearance: appearance,
      ...(document.publishedAt ? { datePublished: isoTime(document.publishedAt) } : {}),
    },
  };
}

/** schema.org ClaimReview JSON-LD: `{ "@context": "https://schema.org", "@graph": [ClaimReview…] }`, reviewed claims only. */
export const claimReviewFormat: ReportFormatter = {
  passes: 1,
  records: 'reviewed',
  async *write(context, source) {
    const links = reportLinks(context.baseUrl);
    const head: Omit<Graph, '@graph'> = { '@context': 'https://schema.org' };
    yield `${JSON.stringify(head).slice(0, -1)},"@graph":[`;
    let first = true;
    for await (const claims of source.claims('text')) {
      const reviews = claims
        .map((c) => claimReviewOf(c, links, context.organization))
        .filter((r): r is ClaimReview => r !== null);
      yield reviews.map((r) => (first ? ((first = false), '\n') : ',\n') + JSON.stringify(r)).join('');
    }
    yield '\n]}\n';
  },
};
