import { newArticle } from './factories';

export type Method = 'post' | 'patch';

/** One write route with a body it would accept, and the text fields of that body (dotted paths). */
export interface WriteRoute {
  name: string;
  method: Method;
  path: string;
  body: Record<string, unknown>;
  textFields: string[];
}

/** The name each list writes first into its cursors (checked by the spec that pages through them). */
export const CURSOR_NAMES = {
  documents: 'documents-newest',
  claims: 'claims-newest',
  claimsInText: 'claims-in-text',
  evidence: 'evidence-oldest',
  speakers: 'speakers-by-name',
  imports: 'imports-newest',
} as const;

/** A cursor of the list named, holding `values` as its key: forged, unless the values are a real item's. */
export const cursorOf = (list: keyof typeof CURSOR_NAMES, values: unknown[]) =>
  Buffer.from(JSON.stringify([CURSOR_NAMES[list], ...values])).toString('base64url');

/** What a cursor holds: the list's name, then the key of the item the page ended on. */
export const cursorParts = (cursor: string): unknown[] =>
  JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
export const nested = (depth: number) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;

/** A copy of `body` with the field at a dotted path (`speaker.name`, `authors.0`) set to `value`. */
export function withField(
  body: Record<string, unknown>,
  path: string,
  value: unknown,
): Record<string, unknown> {
  const copy = structuredClone(body);
  const keys = path.split('.');
  let target = copy as Record<string, unknown>;
  for (const key of keys.slice(0, -1)) target = target[key] as Record<string, unknown>;
  target[keys[keys.length - 1]] = value;
  return copy;
}

export const valueAt = (body: Record<string, unknown>, path: string) =>
  path.split('.').reduce<unknown>((v, key) => (v as Record<string, unknown>)[key], body);

/** What the write routes act on: a document, a claim in it with its speaker, and another speaker. */
export interface WriteFixture {
  documentId: string;
  claimId: string;
  claimVersion: number;
  speakerId: string;
  otherSpeakerId: string;
  /** Where the fixture claim's text starts in the document, and the text. */
  start: number;
  exact: string;
}

/** Every write route, each with a body it would take and the text fields of that body. */
export function writeRoutes(f: WriteFixture): WriteRoute[] {
  const { documentId, claimId, claimVersion, speakerId, otherSpeakerId, start, exact } = f;
  return [
    {
      name: 'POST /api/documents',
      method: 'post',
      path: '/api/documents',
      body: newArticle({ url: 'https://news.example/a', metadata: { desk: 'city' } }),
      textFields: ['title', 'text', 'url', 'publisher', 'authors.0', 'language', 'metadata.desk'],
    },
    {
      name: 'POST /api/claims',
      method: 'post',
      path: '/api/claims',
      body: {
        documentId,
        kind: 'attributed',
        start,
        end: start + exact.length,
        exact,
        cue: 'said',
        speaker: { name: 'Nadia Okafor', kind: 'person' },
      },
      textFields: ['documentId', 'exact', 'cue', 'speaker.name'],
    },
    {
      name: 'PATCH /api/claims/:id',
      method: 'patch',
      path: `/api/claims/${claimId}`,
      body: { cue: 'stated', speaker: { name: 'Nadia Okafor', kind: 'person' }, version: claimVersion },
      textFields: ['cue', 'speaker.name'],
    },
    {
      name: 'POST /api/claims/:id/retract',
      method: 'post',
      path: `/api/claims/${claimId}/retract`,
      body: { reason: 'duplicate' },
      textFields: ['reason'],
    },
    {
      name: 'POST /api/documents/:id/retract',
      method: 'post',
      path: `/api/documents/${documentId}/retract`,
      body: { reason: 'duplicate' },
      textFields: ['reason'],
    },
    {
      name: 'POST /api/claims/:id/evidence',
      method: 'post',
      path: `/api/claims/${claimId}/evidence`,
      body: { stance: 'context', url: 'https://stats.example/t', title: 'T', publisher: 'P', note: 'N' },
      textFields: ['url', 'title', 'publisher', 'note'],
    },
    {
      name: 'POST /api/claims/:id/reviews',
      method: 'post',
      path: `/api/claims/${claimId}/reviews`,
      body: { verdict: 'mixed', rationale: 'The papers say otherwise.' },
      textFields: ['rationale'],
    },
    {
      name: 'PATCH /api/speakers/:id',
      method: 'patch',
      path: `/api/speakers/${speakerId}`,
      body: {
        name: 'Ines Duarte',
        role: 'Mayor',
        description: 'D',
        aliases: ['I. Duarte'],
        externalId: 'Q1',
      },
      textFields: ['name', 'role', 'description', 'aliases.0', 'externalId'],
    },
    {
      name: 'POST /api/speakers/:id/merge',
      method: 'post',
      path: `/api/speakers/${otherSpeakerId}/merge`,
      body: { into: speakerId },
      textFields: ['into'],
    },
    {
      name: 'POST /api/keys',
      method: 'post',
      path: '/api/keys',
      body: { name: 'new-key', role: 'researcher' },
      textFields: ['name'],
    },
  ];
}
