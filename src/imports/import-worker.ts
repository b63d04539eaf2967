import { Injectable, Logger } from '@nestjs/common';
import { TrailService } from '../trail/trail.service';
import { ImportBatchProcessor } from './import-batch.processor';
import { ImportQueue } from './import-queue';

/** Runs import batches from the queue in this process (`npm run worker`, or in-process with `npm start`). */
@Injectable()
export class ImportWorker {
  private readonly logger = new Logger(ImportWorker.name);

  constructor(
    private readonly queue: ImportQueue,
    private readonly processor: ImportBatchProcessor,
    private readonly trail: TrailService,
  ) {}

  async start(): Promise<void> {
    await this.queue.work(async (job) => {
      try {
        await this.processor.run(job.data);
      } catch (error) {
        // pg-boss tries the job again until its retries are spent; then the import has failed.
        if (job.retryCount < job.retryLimit) {
          this.logger.warn(
            `import ${job.data.importId} batch ${job.data.batch}: ${(error as Error).message}; retrying`,
          );
          throw error;
        }
        await this.processor.failImport(job.data.importId, job.data.batch, error);
      }
    });
    // Batches a crash left stored but not yet indexed for the claim trail (jobs already run meanwhile).
    const indexed = await this.trail.reindex();
    if (indexed > 0) this.logger.log(`indexed ${indexed} documents the claim trail had not seen`);
  }
}
