import { ThrottlerStorage } from '@nestjs/throttler';

type ThrottlerStorageRecord = Awaited<ReturnType<ThrottlerStorage['increment']>>;

interface Bucket {
  /** When each counted hit leaves the window, oldest first; entries before `head` have left. */
  expiries: number[];
  head: number;
  /** The window the X-RateLimit-Reset header counts down, renewed once it has passed. */
  windowEndsAt: number;
  blockedUntil: number | null;
}

/**
 * @nestjs/throttler's in-memory storage, with its semantics (a sliding window of counted hits, then a block of
 * blockDuration), at a constant cost per request. The library's own copies and filters the client's whole
 * list of hits on every request (6.7.1): at the rate a busy key reaches, thousands of timestamps per request.
 * Hits are counted with the same ttl, so they expire in the order they came and leave from the front.
 */
export class SlidingWindowThrottlerStorage implements ThrottlerStorage {
  private readonly buckets = new Map<string, Bucket>();
  private nextSweepAt = 0;

  increment(
    key: string,
    ttl: number,
    limit: number,
    blockDuration: number,
    throttlerName: string,
  ): Promise<ThrottlerStorageRecord> {
    const now = Date.now();
    this.sweep(now, ttl);
    const id = `${throttlerName}\u0000${key}`;
    let bucket = this.buckets.get(id);
    if (!bucket) {
      bucket = { expiries: [], head: 0, windowEndsAt: now + ttl, blockedUntil: null };
      this.buckets.set(id, bucket);
    }
    dropExpired(bucket, now);
    if (bucket.windowEndsAt <= now) bucket.windowEndsAt = now + ttl;
    if (bucket.blockedUntil !== null && bucket.blockedUntil <= now) {
      bucket.blockedUntil = null;
      bucket.expiries = [];
      bucket.head = 0;
    }
    if (bucket.blockedUntil === null) {
      bucket.expiries.push(now + ttl);
      if (bucket.expiries.length - bucket.head > limit) bucket.blockedUntil = now + blockDuration;
    }
    return Promise.resolve({
      totalHits: bucket.expiries.length - bucket.head,
      timeToExpire: Math.ceil((bucket.windowEndsAt - now) / 1000),
      isBlocked: bucket.blockedUntil !== null,
      timeToBlockExpire: bucket.blockedUntil === null ? 0 : Math.ceil((bucket.blockedUntil - now) / 1000),
    });
  }

  /** How many clients are tracked (idle ones are forgotten within two windows). */
  get size(): number {
    return this.buckets.size;
  }

  // Forgets idle clients once a window, so the map holds only recent ones.
  private sweep(now: number, ttl: number): void {
    if (now < this.nextSweepAt) return;
    this.nextSweepAt = now + ttl;
    for (const [id, bucket] of this.buckets) {
      dropExpired(bucket, now);
      const blocked = bucket.blockedUntil !== null && bucket.blockedUntil > now;
      if (!blocked && bucket.head === bucket.expiries.length) this.buckets.delete(id);
    }
  }
}

function dropExpired(bucket: Bucket, now: number): void {
  const { expiries } = bucket;
  while (bucket.head < expiries.length && expiries[bucket.head] <= now) bucket.head++;
  // Compacted once the expired part is the larger half: each hit is copied at most once on average.
  if (bucket.head > 64 && bucket.head * 2 > expiries.length) {
    bucket.expiries = expiries.slice(bucket.head);
    bucket.head = 0;
  }
}
