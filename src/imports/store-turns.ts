import type { ImportBatchJob } from './import-queue';

/** A batch's turn to store: `run` its store once, or not at all; `end` it in either case, once done. */
export interface StoreTurn {
  run: <T>(store: () => Promise<T>) => Promise<T>;
  end: () => void;
}

/**
 * Keeps a worker running several batches at once storing each import's batches in file order: a batch stores
 * once the batches of its import before it that this worker holds have, however soon its own extraction ended
 * (or in which order the queue handed them over). Of two lines with the same text the earlier is then the
 * one stored, as with one batch at a time. Batches of different imports do not wait for each other.
 */
export class StoreTurns {
  private readonly held = new Map<string, Array<{ batch: number; done: Promise<void> }>>();

  take({ importId, batch }: ImportBatchJob): StoreTurn {
    let release!: () => void;
    const entry = { batch, done: new Promise<void>((resolve) => (release = resolve)) };
    const held = this.held.get(importId) ?? [];
    this.held.set(importId, [...held, entry]);
    const end = () => {
      release();
      const rest = (this.held.get(importId) ?? []).filter((e) => e !== entry);
      if (rest.length > 0) this.held.set(importId, rest);
      else this.held.delete(importId);
    };
    return {
      run: async (store) => {
        // Looked up when the batch is ready, not when it was taken: an earlier batch taken later counts too.
        const earlier = (this.held.get(importId) ?? []).filter((e) => e.batch < batch);
        await Promise.all(earlier.map((e) => e.done));
        try {
          return await store();
        } finally {
          release();
        }
      },
      end,
    };
  }
}
