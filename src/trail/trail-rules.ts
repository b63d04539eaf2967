// The version of the rules whose results the trail stores: each indexed claim's features (statementFeatures),
// its terms (indexTerms), its speaker key (claimSpeakerKeys) and each document's names (documentEntities).
// Bump it in any change that makes them give something else for a stored text: a worker's start and
// `trail reindex` then refresh the stored rows (TrailRefreshService). trail-rules.spec.ts fails until the
// version is bumped and the new digest of their results is recorded beside it.
export const TRAIL_RULES_VERSION = '2026-12-02.1';
