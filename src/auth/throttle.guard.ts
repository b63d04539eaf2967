import { ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import {
  InjectThrottlerOptions,
  InjectThrottlerStorage,
  ThrottlerGuard,
  ThrottlerModuleOptions,
  ThrottlerStorage,
} from '@nestjs/throttler';
import { LRUCache } from 'lru-cache';
import { bearerKey } from './auth.guard';
import { KeysService } from './keys.service';

interface TrackedRequest {
  ip: string;
  headers: Record<string, string | string[] | undefined>;
}

/**
 * Counts requests per client address until a key is authenticated, then per key, across every route (one
 * bucket each, not one per route). A key that does not authenticate counts against the address it came
 * from, so made-up keys run into the address's limit (429) instead of earning a fresh bucket each.
 */
@Injectable()
export class KeyOrAddressThrottlerGuard extends ThrottlerGuard {
  // Addresses whose failed key lookups reached the limit in this window: their keys are not looked up again.
  private readonly failedLookups = new LRUCache<string, { count: number }>({ max: 10_000, ttl: 60_000 });

  constructor(
    @InjectThrottlerOptions() options: ThrottlerModuleOptions,
    @InjectThrottlerStorage() storage: ThrottlerStorage,
    reflector: Reflector,
    private readonly keys: KeysService,
  ) {
    super(options, storage, reflector);
  }

  protected override async getTracker(request: Record<string, unknown>): Promise<string> {
    const { ip, headers } = request as unknown as TrackedRequest;
    const address = `ip:${ip}`;
    const key = bearerKey(headers.authorization);
    if (!key) return address;
    const failures = this.failedLookups.get(address);
    if (failures && failures.count >= this.lookupBudget()) return address;
    const found = await this.keys.authenticate(key);
    // By id, not the secret: throttler storage must never hold a usable key.
    if (found) return `key:${found.id}`;
    if (failures) failures.count += 1;
    else this.failedLookups.set(address, { count: 1 });
    return address;
  }

  // One bucket per tracker for all routes together.
  protected override generateKey(_context: ExecutionContext, tracker: string, throttler: string): string {
    return `${throttler}:${tracker}`;
  }

  private lookupBudget(): number {
    const limit = this.throttlers[0]?.limit;
    return typeof limit === 'number' ? limit : 600;
  }
}
