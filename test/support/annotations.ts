import { newArticle } from './factories';
import { TestApp } from './test-app';

export interface Claim {
  id: string;
  documentId: string;
  text: string;
  start: number;
  end: number;
  version: number;
  cue: string | null;
  kind: string;
  reviewStatus: string;
  verdict: string | null;
  speaker: { id: string; name: string } | null;
  retractedAt: string | null;
  retractionReason: string | null;
}

/** Helpers for the fact-checking specs: documents, hand-made claims and audit history, through the API. */
export function annotations(t: () => TestApp, fc: () => Record<string, string>) {
  async function newDocument(overrides: Record<string, unknown> = {}) {
    const article = newArticle(overrides);
    const document = (await t().http.post('/api/documents').set(fc()).send(article).expect(201)).body;
    return { article, document: document as { id: string; text: string } };
  }

  /** A hand-made claim over part of the last sentence of a new article (the whole one is an extracted claim). */
  async function manualClaim(extra: Record<string, unknown> = {}) {
    const { article, document } = await newDocument();
    const exact = 'built on land once used by a brewery';
    const start = article.text.indexOf(exact);
    const body = {
      documentId: document.id,
      kind: 'editorial',
      start,
      end: start + exact.length,
      exact,
      ...extra,
    };
    const claim = (await t().http.post('/api/claims').set(fc()).send(body).expect(201)).body as Claim;
    return { article, document, claim };
  }

  const history = async (type: string, id: string) =>
    (await t().http.get(`/api/${type}/${id}/history`).expect(200)).body.items as Array<{
      action: string;
      entityType: string;
      actor: { name: string; role: string };
      changes: { before: Record<string, unknown> | null; after: Record<string, unknown> | null };
    }>;

  return { newDocument, manualClaim, history };
}
