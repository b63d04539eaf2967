import { randomFillSync } from 'node:crypto';

// Random bytes are drawn from the system for this many ids at once, as crypto.randomUUID() does: one system
// call per id was most of an id's cost (a bulk import makes tens of thousands a batch).
const IDS_PER_DRAW = 256;
const pool = Buffer.alloc(16 * IDS_PER_DRAW);
let next = pool.length;

/**
 * A version 7 UUID (RFC 9562): the millisecond it was made, then 74 random bits. Ids made later sort after
 * earlier ones, so a B-tree on them takes each new entry at its right-hand end, on a page already in memory,
 * where a random UUID lands on any page of the index: once the index outgrows shared buffers, each such
 * insert reads a page, dirties it and writes it whole to the WAL after every checkpoint.
 */
export function timeOrderedUuid(now: number = Date.now()): string {
  if (next === pool.length) {
    randomFillSync(pool);
    next = 0;
  }
  const bytes = Buffer.from(pool.subarray(next, next + 16));
  // Each id's bytes are used once: the pool is refilled before any of them is handed out again.
  next += 16;
  bytes.writeUIntBE(now, 0, 6);
  bytes[6] = (bytes[6] & 0x0f) | 0x70;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
