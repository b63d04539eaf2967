import { createHash } from 'node:crypto';

/** The hash that precedes the first event. */
export const GENESIS_HASH = '0'.repeat(64);

/** What an event's hash covers: everything it says, plus the hash of the event before it. */
export interface HashedEventContent {
  seq: number;
  prevHash: string;
  actor: { name: string; role: string; keyId: string | null };
  action: string;
  entityType: string;
  entityId: string;
  parent: { type: string; id: string } | null;
  changes: unknown;
  at: string;
}

/**
 * JSON with object keys sorted at every depth: jsonb does not keep key order, so the hash must not
 * depend on it. Undefined values are dropped, as JSON.stringify and jsonb both do.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value))
    return `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

export function eventHash(content: HashedEventContent): string {
  return createHash('sha256').update(canonicalJson(content), 'utf8').digest('hex');
}
