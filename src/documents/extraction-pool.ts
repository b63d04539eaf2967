import { Injectable, OnModuleDestroy } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { extname, join } from 'node:path';
import { Piscina } from 'piscina';
import { ExtractionFailed } from '../common/domain-errors';
import { AppConfig } from '../config/configuration';
import type { PackedExtraction } from './extracted-claims';
import type { ExtractionOutcome, ExtractionTask } from './extraction.worker';

// Built (dist/*.js) the worker is plain JavaScript; run from source (ts-node, jest) it is TypeScript, which a
// worker thread can load only with ts-node's hook.
const WORKER = join(__dirname, `extraction.worker${extname(__filename)}`);
const FROM_SOURCE = extname(__filename) === '.ts';
// Enough for the engine to load its modules and model and run once.
const WARM_UP: ExtractionTask = { text: 'The mayor said the bridge would reopen in May.', publisher: null };

/**
 * The extraction engine in a pool of worker threads: a large document takes seconds of CPU, which on the
 * event loop would stall every other request. Threads start on first use and stop when idle.
 */
@Injectable()
export class ExtractionPool implements OnModuleDestroy {
  private readonly pool: Piscina<ExtractionTask, ExtractionOutcome>;
  private readonly threads: number;

  constructor(config: ConfigService<AppConfig, true>) {
    this.threads = config.get('EXTRACTION_WORKERS', { infer: true });
    this.pool = new Piscina({
      filename: WORKER,
      minThreads: 0,
      maxThreads: this.threads,
      idleTimeout: 60_000,
      execArgv: FROM_SOURCE ? ['--require', 'ts-node/register/transpile-only'] : [],
      env: FROM_SOURCE
        ? { ...process.env, TS_NODE_PROJECT: join(__dirname, '..', '..', 'tsconfig.json') }
        : process.env,
    });
  }

  /** The engine's reading of a text; rejects with ExtractionFailed when the engine throws on it. */
  async extract(text: string, publisher: string | null): Promise<PackedExtraction> {
    const outcome = await this.pool.run({ text, publisher });
    if ('engineError' in outcome) throw new ExtractionFailed(outcome.engineError);
    return outcome.packed;
  }

  /**
   * Starts the threads and loads the engine in each: a thread's start (its modules, the engine's model, and
   * from source ts-node compiling them) takes seconds of CPU, which the first batch of an import would wait for.
   */
  async warm(): Promise<void> {
    await Promise.all(Array.from({ length: this.threads }, () => this.pool.run(WARM_UP)));
  }

  async onModuleDestroy(): Promise<void> {
    await this.pool.destroy();
  }
}
