// What the real-news specs compare: the attributed claims of a text, as text and speaker name.
import { extractClaims } from './index';

export const attributed = (text: string) =>
  extractClaims(text, { publisher: 'The Ledger' })
    .claims.filter((claim) => claim.kind === 'attributed')
    .map((claim) => ({ text: claim.text, speaker: claim.speaker?.name ?? null }));
