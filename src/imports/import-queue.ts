import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import PgBoss from 'pg-boss';
import { EntityManager } from 'typeorm';
import { AppConfig } from '../config/configuration';
import { IMPORT_BATCH_QUEUE } from '../database/pgboss-schema';

/** What one import job names: a batch of an import's lines. */
export interface ImportBatchJob {
  importId: string;
  batch: number;
}

export type BatchJob = PgBoss.JobWithMetadata<ImportBatchJob>;
export type BatchHandler = (job: BatchJob) => Promise<void>;

/**
 * The import jobs on pg-boss. The queue's schema and the queue itself come from a migration: pg-boss
 * starts with `migrate: false` and never creates anything, as the app role could not. Enqueueing uses the
 * caller's transaction, so an import and its jobs commit together; only workers start pg-boss itself.
 */
@Injectable()
export class ImportQueue implements OnApplicationShutdown {
  private readonly logger = new Logger(ImportQueue.name);
  private boss: PgBoss | null = null;
  private started = false;

  constructor(private readonly config: ConfigService<AppConfig, true>) {}

  /** Adds one job per batch inside the caller's transaction. */
  async enqueue(em: EntityManager, importId: string, batches: number[]): Promise<void> {
    const jobs = batches.map((batch) => ({
      name: IMPORT_BATCH_QUEUE,
      data: { importId, batch } satisfies ImportBatchJob,
      // Jobs inserted together would otherwise be taken in any order: a single worker stores a file's batches
      // in file order, so of two lines with the same text the first is the one stored.
      priority: -batch,
      expireInSeconds: this.config.get('IMPORT_JOB_EXPIRE_SECONDS', { infer: true }),
    }));
    const db = {
      executeSql: async (text: string, values: unknown[]) => ({ rows: await em.query(text, values) }),
    };
    for (let i = 0; i < jobs.length; i += 1000) await this.instance().insert(jobs.slice(i, i + 1000), { db });
  }

  /**
   * Starts taking jobs in this process: `concurrency` at a time, each taken as soon as the one before it in
   * that lane ends. Jobs are handed over in the order they were taken.
   */
  async work(handler: BatchHandler, concurrency = 1): Promise<void> {
    const boss = this.instance();
    if (!this.started) {
      try {
        await boss.start();
      } catch (error) {
        // A pg-boss whose start failed (the database unreachable) counts as starting for good: its next start()
        // returns at once without starting. The next try gets a new one.
        this.boss = null;
        throw error;
      }
      this.started = true;
    }
    for (let lane = 0; lane < concurrency; lane++) {
      const workerId: string = await boss.work<ImportBatchJob>(
        IMPORT_BATCH_QUEUE,
        { batchSize: 1, includeMetadata: true, pollingIntervalSeconds: 0.5 },
        async ([job]) => {
          await handler(job);
          // More jobs are likely waiting: look again at once rather than after the polling interval.
          boss.notifyWorker(workerId);
        },
      );
    }
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.started) await this.boss!.stop({ graceful: true, wait: true, timeout: 30_000 });
    this.started = false;
  }

  private instance(): PgBoss {
    this.boss ??= this.create();
    return this.boss;
  }

  private create(): PgBoss {
    const boss = new PgBoss({
      connectionString: this.config.get('DATABASE_URL', { infer: true }),
      ssl: this.config.get('DATABASE_SSL', { infer: true }) ? { rejectUnauthorized: false } : undefined,
      max: 3,
      schema: 'pgboss',
      migrate: false,
      schedule: false,
      supervise: true,
      maintenanceIntervalSeconds: this.config.get('QUEUE_MAINTENANCE_SECONDS', { infer: true }),
      // One name per process, so PostgreSQL's view of connections tells workers apart.
      application_name: `claimtrail-worker-${process.pid}`,
    });
    boss.on('error', (error) => this.logger.error(`job queue: ${error.message}`));
    return boss;
  }
}
