export { CLAIM_KINDS, QUOTE_TYPES, type ClaimKind, type QuoteType } from '../extraction/types';

export const CLAIM_ORIGINS = ['extraction', 'manual'] as const;
export type ClaimOrigin = (typeof CLAIM_ORIGINS)[number];

/** Where a claim stands: current, replaced by a re-extraction, or withdrawn by a fact-checker. */
export const CLAIM_STATES = ['current', 'superseded', 'retracted'] as const;
export type ClaimState = (typeof CLAIM_STATES)[number];

export const REVIEW_STATUSES = ['unreviewed', 'in-review', 'reviewed'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

export const VERDICTS = [
  'true',
  'mostly-true',
  'mixed',
  'mostly-false',
  'false',
  'misleading',
  'unverifiable',
] as const;
export type Verdict = (typeof VERDICTS)[number];

/** How a verdict reads to people (reports, ClaimReview's alternateName). */
export const VERDICT_LABELS: Record<Verdict, string> = {
  true: 'True',
  'mostly-true': 'Mostly true',
  mixed: 'Mixed',
  'mostly-false': 'Mostly false',
  false: 'False',
  misleading: 'Misleading',
  unverifiable: 'Unverifiable',
};
