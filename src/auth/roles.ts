export const ROLES = ['admin', 'factchecker', 'researcher'] as const;
export type Role = (typeof ROLES)[number];

// Ordered: a role may do everything the roles below it may.
const RANK: Record<Role, number> = { researcher: 1, factchecker: 2, admin: 3 };

export function roleAtLeast(role: Role, required: Role): boolean {
  return RANK[role] >= RANK[required];
}

/** Who did something: an API key's name and role, or an anonymous reader, or the system (CLI, migrations). */
export interface Actor {
  name: string;
  role: Role | 'anonymous' | 'system';
  /** The API key used; null for anonymous readers and the CLI. */
  keyId: string | null;
}

export const ANONYMOUS: Actor = { name: 'anonymous', role: 'anonymous', keyId: null };

/** Writes made outside a request (ingest scripts, tests) unless the caller names someone. */
export const SYSTEM_ACTOR: Actor = { name: 'system', role: 'system', keyId: null };
