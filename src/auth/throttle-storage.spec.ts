import { ThrottlerStorage, ThrottlerStorageService } from '@nestjs/throttler';
import { SlidingWindowThrottlerStorage } from './throttle-storage';

const TTL = 60_000;
const LIMIT = 3;

// Each case runs against the library's storage too: ours must answer the guard exactly as it does.
const storages: Array<[string, () => ThrottlerStorage & { onApplicationShutdown?(): void }]> = [
  ['SlidingWindowThrottlerStorage', () => new SlidingWindowThrottlerStorage()],
  ['@nestjs/throttler ThrottlerStorageService', () => new ThrottlerStorageService()],
];

describe.each(storages)('%s', (_name, create) => {
  let storage: ReturnType<typeof create>;
  let now: number;
  const hit = (key = 'ip:1', blockDuration = TTL) =>
    storage.increment(key, TTL, LIMIT, blockDuration, 'default');

  beforeEach(() => {
    now = 1_000_000;
    jest.spyOn(Date, 'now').mockImplementation(() => now);
    storage = create();
  });
  afterEach(() => {
    storage.onApplicationShutdown?.();
    jest.restoreAllMocks();
  });

  it('counts hits up to the limit, then blocks the one past it for the block duration', async () => {
    for (let n = 1; n <= LIMIT; n++) {
      expect(await hit()).toEqual({
        totalHits: n,
        timeToExpire: 61 - n,
        isBlocked: false,
        timeToBlockExpire: expect.any(Number),
      });
      now += 1_000;
    }
    expect(await hit(undefined, 30_000)).toMatchObject({
      totalHits: LIMIT + 1,
      isBlocked: true,
      timeToBlockExpire: 30,
    });
    now += 10_500;
    expect(await hit(undefined, 30_000)).toMatchObject({
      totalHits: LIMIT + 1,
      isBlocked: true,
      timeToBlockExpire: 20,
    });
  });

  it('counts each key apart', async () => {
    for (let n = 0; n < LIMIT; n++) await hit('ip:1');
    expect(await hit('ip:2')).toMatchObject({ totalHits: 1, isBlocked: false });
    expect(await hit('ip:1')).toMatchObject({ isBlocked: true });
  });

  it('lets a hit leave the window a ttl after it was counted (sliding, not fixed)', async () => {
    await hit();
    now += 30_000;
    await hit();
    await hit();
    now += 30_000; // the first hit has left
    expect(await hit()).toMatchObject({ totalHits: 3, isBlocked: false, timeToExpire: 60 });
    expect(await hit()).toMatchObject({ isBlocked: true });
  });

  it('starts afresh once the block is over, with the blocked requests not counted', async () => {
    for (let n = 0; n <= LIMIT; n++) await hit();
    now += 5_000;
    for (let n = 0; n < 10; n++) expect(await hit()).toMatchObject({ isBlocked: true });
    now += TTL;
    expect(await hit()).toMatchObject({ totalHits: 1, isBlocked: false });
  });

  it('renews the reset window once it has passed', async () => {
    await hit();
    now += 45_000;
    expect(await hit()).toMatchObject({ timeToExpire: 15 });
    now += 20_000;
    expect(await hit()).toMatchObject({ totalHits: 2, timeToExpire: 60 });
  });

  it('keeps counting exactly over many windows of a high limit', async () => {
    const limit = 10_000;
    let last = { totalHits: 0, isBlocked: false };
    // 100 hits a second for three minutes: 6,000 live at a time, under the limit.
    for (let i = 0; i < 18_000; i++) {
      now += 10;
      last = await storage.increment('key:k', TTL, limit, TTL, 'default');
      expect(last.isBlocked).toBe(false);
    }
    expect(last.totalHits).toBe(6_000);
  });
});

describe('SlidingWindowThrottlerStorage memory', () => {
  it('forgets clients whose hits have all left the window', async () => {
    let now = 0;
    jest.spyOn(Date, 'now').mockImplementation(() => now);
    const storage = new SlidingWindowThrottlerStorage();
    for (let i = 0; i < 1_000; i++) await storage.increment(`ip:${i}`, TTL, LIMIT, TTL, 'default');
    expect(storage.size).toBe(1_000);
    now += TTL + 1;
    await storage.increment('ip:new', TTL, LIMIT, TTL, 'default');
    expect(storage.size).toBe(1);
    jest.restoreAllMocks();
  });
});
