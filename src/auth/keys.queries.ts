import { EntityManager } from 'typeorm';
import { ApiKey } from './api-key.entity';
import { Role } from './roles';

// The API keys' persistence: each query a named function taking the caller's EntityManager.

/** A key to store: only its hash and shown prefix, never the key itself. */
export interface NewKeyRow {
  name: string;
  role: Role;
  keyHash: string;
  prefix: string;
  createdBy: string;
}

/** Stores a new key; answers it as saved (with id and creation time). */
export function insertKey(em: EntityManager, row: NewKeyRow): Promise<ApiKey> {
  return em.save(em.create(ApiKey, row));
}

/** Every key, revoked ones too, newest first. */
export function keysNewestFirst(em: EntityManager): Promise<ApiKey[]> {
  return em.getRepository(ApiKey).find({ order: { createdAt: 'DESC', id: 'DESC' } });
}

/** The key, its row locked until the caller's transaction ends; null when there is no such key. */
export function lockKey(em: EntityManager, id: string): Promise<ApiKey | null> {
  return em.findOne(ApiKey, { where: { id }, lock: { mode: 'pessimistic_write' } });
}

/** Marks the key revoked at the given time. */
export async function setKeyRevoked(em: EntityManager, id: string, revokedAt: Date): Promise<void> {
  await em.update(ApiKey, { id }, { revokedAt });
}

/** The key with this hash, revoked or not; null when there is none. */
export function keyByHash(em: EntityManager, keyHash: string): Promise<ApiKey | null> {
  return em.getRepository(ApiKey).findOneBy({ keyHash });
}
