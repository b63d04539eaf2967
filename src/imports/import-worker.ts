import { Injectable, Logger } from '@nestjs/common';
import { ExtractionPool } from '../documents/extraction-pool';
import { TrailService } from '../trail/trail.service';
import { ImportBatchProcessor } from './import-batch.processor';
import { ImportQueue } from './import-queue';
import { StoreTurns } from './store-turns';

// Batches in progress at once in one worker: while one is written and indexed (mostly the database's work),
// the next is extracted (the extraction pool's), so neither waits for the other.
const BATCHES_AT_ONCE = 2;

/** Runs import batches from the queue in this process (`npm run worker`, or in-process with `npm start`). */
@Injectable()
export class ImportWorker {
  private readonly logger = new Logger(ImportWorker.name);
  private readonly turns = new StoreTurns();

  constructor(
    private readonly queue: ImportQueue,
    private readonly processor: ImportBatchProcessor,
    private readonly trail: TrailService,
    private readonly extraction: ExtractionPool,
  ) {}

  async start(): Promise<void> {
    // Its threads ready before the first batch arrives, which would otherwise wait for them to start.
    await this.extraction.warm();
    await this.queue.work(async (job) => {
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
    }, BATCHES_AT_ONCE);
    // Batches a crash left stored but not yet indexed for the claim trail (jobs already run meanwhile).
    const indexed = await this.trail.reindex();
    if (indexed > 0) this.logger.log(`indexed ${indexed} documents the claim trail had not seen`);
  }
}
