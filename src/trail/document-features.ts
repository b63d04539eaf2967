// What the trail compares of a new document, computed from its text and the engine's claims alone: the
// syndication fingerprint (shingles, names) and each claim's statement features. Plain TypeScript, so the
// extraction worker thread computes it next to the engine, off the event loop that stores and indexes.
import { documentEntities } from './entities';
import { shingles } from './shingles';
import { StatementFeatures, statementFeatures } from './statement';

export interface DocumentFeatures {
  /** The text's sampled shingle hashes. */
  shingles: number[];
  /** The names the text mentions. */
  entities: string[];
  /** Each claim's features, in the order of the claims given. */
  statements: StatementFeatures[];
}

/** A claim as the engine gives it: a span of the text and its reporting cue. */
export interface ClaimSpan {
  start: number;
  end: number;
  cue: string | null;
}

export function documentFeatures(text: string, claims: ClaimSpan[]): DocumentFeatures {
  return {
    shingles: shingles(text),
    entities: documentEntities(text),
    // A stored claim's text is exactly this span (its quote selector's `exact`).
    statements: claims.map((c) => statementFeatures(text.slice(c.start, c.end), c.cue)),
  };
}

/** A stored document's features, its claims' by claim id: what TrailService.indexDocuments can take. */
export interface KnownFeatures {
  shingles: number[];
  entities: string[];
  statements: ReadonlyMap<string, StatementFeatures>;
}
