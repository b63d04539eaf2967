import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { LRUCache } from 'lru-cache';
import { createHash, randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { DomainError, EntityNotFound } from '../common/domain-errors';
import { ApiKey } from './api-key.entity';
import { CreatedKeyResponse, KeyResponse, toKeyResponse } from './dto/key.response';
import { insertKey, keyByHash, keysNewestFirst, lockKey, setKeyRevoked } from './keys.queries';
import { Actor, Role } from './roles';

const KEY_PREFIX = 'ct_';
const PREFIX_SHOWN = 10;
// The only shape `create` makes: the prefix and 32 random bytes in base64url. Anything else is refused unread.
const KEY_SHAPE = /^ct_[A-Za-z0-9_-]{43}$/;
// Lookups are remembered briefly, failed ones too, so a flood of made-up keys costs no query each. A key revoked
// through this service is forgotten at once; one revoked by another process (the CLI) works until its entry expires.
const LOOKUP_TTL_MS = 30_000;
const LOOKUP_CACHE_SIZE = 10_000;

/**
 * SHA-256 of the key. Keys are 32 random bytes, so there is nothing to guess a dictionary from and a
 * slow password KDF would add latency to every request without adding safety; a plain hash also lets
 * the lookup use the unique index.
 */
export function hashKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

@Injectable()
export class KeysService {
  private readonly lookups = new LRUCache<string, { key: ApiKey | null }>({
    max: LOOKUP_CACHE_SIZE,
    ttl: LOOKUP_TTL_MS,
  });

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** Creates a key; the returned `key` is the only time it exists outside its holder. */
  async create(input: { name: string; role: Role }, actor: Actor): Promise<CreatedKeyResponse> {
    const key = `${KEY_PREFIX}${randomBytes(32).toString('base64url')}`;
    return this.db.transaction(async (em) => {
      const saved = await insertKey(em, {
        name: input.name,
        role: input.role,
        keyHash: hashKey(key),
        prefix: key.slice(0, PREFIX_SHOWN),
        createdBy: actor.name,
      });
      const response = toKeyResponse(saved);
      await this.audit.record(em, {
        actor,
        action: 'create',
        entityType: 'api-key',
        entityId: saved.id,
        changes: { before: null, after: { name: saved.name, role: saved.role, prefix: saved.prefix } },
      });
      return { ...response, key };
    });
  }

  async list(): Promise<KeyResponse[]> {
    const keys = await keysNewestFirst(this.db.manager);
    return keys.map(toKeyResponse);
  }

  async revoke(id: string, actor: Actor): Promise<KeyResponse> {
    const revoked = await this.db.transaction(async (em) => {
      const key = await lockKey(em, id);
      if (!key) throw new EntityNotFound('api key', id);
      if (key.revokedAt) throw new DomainError('conflict', `api key ${id} is already revoked`);
      key.revokedAt = new Date();
      await setKeyRevoked(em, id, key.revokedAt);
      await this.audit.record(em, {
        actor,
        action: 'revoke',
        entityType: 'api-key',
        entityId: id,
        changes: { before: { revokedAt: null }, after: { revokedAt: key.revokedAt.toISOString() } },
      });
      return toKeyResponse(key);
    });
    // After the commit, so no lookup in between can remember the key as live again.
    this.forget(id);
    return revoked;
  }

  private forget(id: string): void {
    for (const [hash, entry] of this.lookups.entries()) {
      if (entry.key?.id === id) this.lookups.delete(hash);
    }
  }

  /** The live key with this secret, or null (unknown or revoked); remembered for up to LOOKUP_TTL_MS. */
  async authenticate(key: string): Promise<ApiKey | null> {
    if (!KEY_SHAPE.test(key)) return null;
    const hash = hashKey(key);
    const cached = this.lookups.get(hash);
    if (cached) return cached.key;
    const found = await keyByHash(this.db.manager, hash);
    const live = found && !found.revokedAt ? found : null;
    this.lookups.set(hash, { key: live });
    return live;
  }
}
