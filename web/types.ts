// The API's response shapes the workspace reads (see the OpenAPI document at /api/docs).

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export interface SpeakerRef {
  id: string;
  name: string;
  kind: string;
}

export interface Claim {
  id: string;
  documentId: string;
  kind: 'attributed' | 'editorial';
  text: string;
  start: number;
  end: number;
  speaker: SpeakerRef | null;
  reviewStatus: string;
  verdict: string | null;
  state: string;
  version: number;
  provenance: { corroborating: number; disputing: number; context: number };
}

export interface DocumentSummary {
  id: string;
  title: string;
  publisher: string | null;
}

export interface StoredDocument extends DocumentSummary {
  text: string;
}

export interface Evidence {
  id: string;
  stance: string;
  source: {
    documentId: string | null;
    url: string | null;
    title: string | null;
    exact: string | null;
    start: number | null;
    end: number | null;
  };
  note: string | null;
  addedBy: string;
  createdAt: string;
}

export interface Review {
  id: string;
  verdict: string;
  rationale: string;
  reviewer: { name: string; role: string };
  current: boolean;
  createdAt: string;
}

export interface AuditEvent {
  seq: number;
  at: string;
  actor: { name: string; role: string };
  action: string;
  entityType: string;
  changes: { before?: Record<string, unknown> | null; after?: Record<string, unknown> | null };
}

/** GET /api/claims/:id/suggestions (trail suggestions; the route may not exist in this deployment). */
export interface Suggestion {
  id: string;
  stance: string;
  claimId: string;
  documentId: string;
  score: number;
  reasons: string[];
}
