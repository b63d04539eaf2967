import { BeforeApplicationShutdown, Injectable, Logger } from '@nestjs/common';
import { setTimeout as sleep } from 'node:timers/promises';
import { isDatabaseUnavailable } from '../database/connection-errors';
import { ExtractionPool } from '../documents/extraction-pool';
import { TrailRefreshService } from '../trail/trail-refresh.service';
import { TrailService } from '../trail/trail.service';
import { ImportBatchProcessor } from './import-batch.processor';
import { BatchJob, ImportQueue } from './import-queue';
import { StoreTurns } from './store-turns';

// Batches in progress at once in one worker: while one is written and indexed (mostly the database's work),
// the next is extracted (the extraction pool's), so neither waits for the other.
const BATCHES_AT_ONCE = 2;
// Waits between tries while the database cannot be reached at start: growing, never longer than this.
const MAX_RETRY_WAIT_MS = 5_000;

/** Runs import batches from the queue in this process (`npm run worker`, or in-process with `npm start`). */
@Injectable()
export class ImportWorker implements BeforeApplicationShutdown {
  private readonly logger = new Logger(ImportWorker.name);
  private readonly turns = new StoreTurns();
  private readonly closing = new AbortController();

  constructor(
    private readonly queue: ImportQueue,
    private readonly processor: ImportBatchProcessor,
    private readonly trail: TrailService,
    private readonly refresh: TrailRefreshService,
    private readonly extraction: ExtractionPool,
  ) {}

  /**
   * Starts taking batches. The service starts its worker after it listens, so the database may go away (a
   * restart, a failover) during the start: the start then waits for it to come back, as the API's pool does,
   * rather than fail and take the service down with it.
   */
  async start(): Promise<void> {
    // Its threads ready before the first batch arrives, which would otherwise wait for them to start.
    await this.extraction.warm();
    await this.onceReachable('take import batches', () =>
      this.queue.work((job) => this.runBatch(job), BATCHES_AT_ONCE),
    );
    // Batches a crash left stored but not yet indexed for the claim trail (jobs already run meanwhile).
    const indexed = await this.onceReachable('index the claim trail', () => this.trail.reindex());
    if (indexed > 0) this.logger.log(`indexed ${indexed} documents the claim trail had not seen`);
    // Rows an earlier version of the trail's rules stored (the rules changed with this code).
    const refreshed = await this.onceReachable('refresh the claim trail', () => this.refresh.refresh());
    if (refreshed > 0)
      this.logger.log(`refreshed ${refreshed} claims the claim trail's earlier rules had indexed`);
  }

  beforeApplicationShutdown(): void {
    this.closing.abort();
  }

  private async runBatch(job: BatchJob): Promise<void> {
    const turn = this.turns.take(job.data);
    try {
      await this.processor.run(job.data, turn.run);
    } catch (error) {
      // pg-boss tries the job again until its retries are spent; then the import has failed.
      if (job.retryCount < job.retryLimit) {
        this.logger.warn(
          `import ${job.data.importId} batch ${job.data.batch}: ${(error as Error).message}; retrying`,
        );
        throw error;
      }
      await this.processor.failImport(job.data.importId, job.data.batch, error);
    } finally {
      turn.end();
    }
  }

  /** Runs `step` until it gets past an unreachable database; any other failure, or a stop, ends the start. */
  private async onceReachable<T>(what: string, step: () => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await step();
      } catch (error) {
        if (!isDatabaseUnavailable(error) || this.closing.signal.aborted) throw error;
        const wait = Math.min(MAX_RETRY_WAIT_MS, 250 * 2 ** attempt);
        this.logger.warn(`cannot ${what} yet (${(error as Error).message}); trying again in ${wait} ms`);
        // A stop during the wait ends it at once (the rejection ends the start, which the stop asked for).
        await sleep(wait, undefined, { signal: this.closing.signal });
      }
    }
  }
}
