import { Injectable } from '@nestjs/common';
import { ThrottlerGuard } from '@nestjs/throttler';
import { bearerKey } from './auth.guard';
import { hashKey } from './keys.service';

/** Counts requests per API key when one is sent, per client address otherwise. */
@Injectable()
export class KeyOrAddressThrottlerGuard extends ThrottlerGuard {
  protected override async getTracker(request: Record<string, unknown>): Promise<string> {
    const key = bearerKey((request.headers as Record<string, string | undefined>).authorization);
    // The hash, not the key: throttler storage must never hold a usable secret.
    if (key) return `key:${hashKey(key)}`;
    return `ip:${String(request.ip)}`;
  }
}
