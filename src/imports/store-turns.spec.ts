import { StoreTurns } from './store-turns';

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('StoreTurns', () => {
  it("stores an import's batches in batch order, whichever is ready first and whichever was taken first", async () => {
    const turns = new StoreTurns();
    const stored: number[] = [];
    const second = turns.take({ importId: 'a', batch: 1 });
    const first = turns.take({ importId: 'a', batch: 0 });
    const storing = second.run(async () => stored.push(1));
    await tick();
    expect(stored).toEqual([]);
    await first.run(async () => stored.push(0));
    first.end();
    await storing;
    second.end();
    expect(stored).toEqual([0, 1]);
  });

  it('lets a later batch store once an earlier one ends without storing (skipped, or failed)', async () => {
    const turns = new StoreTurns();
    const first = turns.take({ importId: 'a', batch: 0 });
    const second = turns.take({ importId: 'a', batch: 1 });
    let stored = false;
    const storing = second.run(async () => (stored = true));
    await tick();
    expect(stored).toBe(false);
    first.end();
    await storing;
    expect(stored).toBe(true);
  });

  it('passes the turn on when a store fails', async () => {
    const turns = new StoreTurns();
    const first = turns.take({ importId: 'a', batch: 0 });
    const second = turns.take({ importId: 'a', batch: 1 });
    await expect(first.run(() => Promise.reject(new Error('lost')))).rejects.toThrow('lost');
    await expect(second.run(async () => 'stored')).resolves.toBe('stored');
  });

  it('does not hold a batch back for another import, nor for a batch that ended', async () => {
    const turns = new StoreTurns();
    turns.take({ importId: 'a', batch: 0 });
    const other = turns.take({ importId: 'b', batch: 5 });
    await expect(other.run(async () => 'stored')).resolves.toBe('stored');
    other.end();
    const ended = turns.take({ importId: 'b', batch: 6 });
    ended.end();
    await expect(turns.take({ importId: 'b', batch: 7 }).run(async () => 'stored')).resolves.toBe('stored');
  });
});
