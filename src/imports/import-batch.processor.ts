import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, QueryFailedError } from 'typeorm';
import { AuditEntry, AuditService } from '../audit/audit.service';
import { Actor } from '../auth/roles';
import { ExtractionFailed } from '../common/domain-errors';
import { isConcurrencyFailure, retryConcurrencyFailures } from '../database/concurrency';
import {
  creationEvents,
  DocumentsService,
  knownFeatures,
  PreparedDocument,
  prepareDocument,
  StoredDocument,
} from '../documents/documents.service';
import { ExtractionPool } from '../documents/extraction-pool';
import { KnownFeatures } from '../trail/document-features';
import { TrailService } from '../trail/trail.service';
import { ImportLineError } from './import.entity';
import { parseImportLine } from './import-line';
import { StoreTurn } from './store-turns';
import { ImportBatchJob } from './import-queue';
import {
  batchLines,
  batchPending,
  completeBatch,
  finishImport,
  finishIndexedBatch,
  ImportCounters,
  importHeader,
  markRunning,
  storedNotIndexed,
} from './imports.queries';

type Outcome = 'stored' | 'skipped' | 'cancelled';

class ImportCancelled extends Error {}

/** What an import's audit event says about it. */
export function importSummary(counters: ImportCounters) {
  const { status, total, processed, created, duplicates, failed } = counters;
  return { status, total, processed, created, duplicates, failed };
}

/**
 * Stores one batch of an import in one transaction: its documents, speakers and claims, the batch marked
 * stored, the import's counters and the audit events; then indexes it for the claim trail in another. A crash
 * before commit leaves nothing; a job run again after commit finds its batch done and does nothing, so no
 * document is stored twice and totals stay exact. The engine (and the trail's features of what it finds)
 * runs in the extraction pool's worker threads, so a worker running two batches extracts one while the
 * other is written and indexed.
 */
@Injectable()
export class ImportBatchProcessor {
  private readonly logger = new Logger(ImportBatchProcessor.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly documents: DocumentsService,
    private readonly audit: AuditService,
    private readonly trail: TrailService,
    private readonly extraction: ExtractionPool,
  ) {}

  async run(
    { importId, batch }: ImportBatchJob,
    inTurn: StoreTurn['run'] = (store) => store(),
  ): Promise<Outcome> {
    const header = await importHeader(this.db.manager, importId);
    if (!header || (header.status !== 'queued' && header.status !== 'running')) return 'skipped';
    const lines = await batchLines(this.db.manager, importId, batch);
    if (!lines) {
      // Stored by a run that died before the trail indexed it: index what the trail missed, then finish.
      if (await storedNotIndexed(this.db.manager, importId, batch)) {
        await this.trail.reindex();
        await this.indexTrail(importId, batch, [], header.actor, new Map());
      }
      return 'skipped';
    }
    await markRunning(this.db.manager, importId);

    // The engine runs before the transaction, so no connection is held while it works.
    const errors: ImportLineError[] = [];
    const prepared: Array<Promise<(PreparedDocument & { line: number }) | null>> = [];
    for (const { line, body } of lines) {
      const parsed = parseImportLine(body);
      if (!parsed.ok) errors.push({ line, message: parsed.message });
      else {
        const { text, publisher } = parsed.document;
        prepared.push(
          this.extraction.extract(text, publisher ?? null).then(
            (extraction) => ({ ...prepareDocument(parsed.document, extraction), line }),
            // The engine threw on this text: its line is reported and the rest stored. Anything else (the
            // thread or the pool failing) fails the batch, which pg-boss runs again.
            (error: unknown) => {
              if (!(error instanceof ExtractionFailed)) throw error;
              errors.push({ line, message: error.message });
              return null;
            },
          ),
        );
      }
    }
    const documents = (await Promise.all(prepared)).filter((d) => d !== null);

    let storedIds: string[] = [];
    let known = new Map<string, KnownFeatures>();
    try {
      const outcome = await inTurn(() =>
        retryConcurrencyFailures(() =>
          this.db.transaction(async (em) => {
            // Locks the batch: a second run of the same job waits here, then finds it done.
            if (!(await batchPending(em, importId, batch, { lock: true }))) return 'skipped';
            const { stored, failed } = await this.store(em, documents, header.actor);
            storedIds = stored.filter((d) => d.created).map((d) => d.id!);
            known = knownFeatures(stored);
            const outcome = {
              created: stored.filter((d) => d.created).length,
              duplicates: stored.filter((d) => !d.created).length,
              errors: [...errors, ...failed].sort((a, b) => a.line - b.line),
            };
            if (!(await completeBatch(em, importId, batch, outcome))) throw new ImportCancelled();
            await this.audit.recordMany(em, creationEvents(stored, header.actor, { importId }));
            return 'stored' as const;
          }),
        ),
      );
      if (outcome === 'stored') await this.indexTrail(importId, batch, storedIds, header.actor, known);
      return outcome;
    } catch (error) {
      if (error instanceof ImportCancelled) return 'cancelled';
      throw error;
    }
  }

  /**
   * Indexes a stored batch for the claim trail in a transaction of its own, and marks it indexed: the import is
   * done when its last batch is, so a client that sees `done` finds every document on the trail. The trail's
   * lock serialises indexing; taken inside the batch's transaction, it was held with the batch's other writes
   * until the commit, and two workers stored less than one (bench:import). A crash before this runs leaves
   * documents the trail has not seen: the batch's job, run again, indexes them, as a starting worker does
   * (`TrailService.reindex`).
   */
  private async indexTrail(
    importId: string,
    batch: number,
    documentIds: string[],
    actor: Actor,
    known: ReadonlyMap<string, KnownFeatures>,
  ): Promise<void> {
    await retryConcurrencyFailures(() =>
      this.db.transaction(async (em) => {
        let finished: ImportCounters | null = null;
        await this.trail.indexDocuments(em, documentIds, actor, {
          auditAll: true,
          known,
          // The import's row before the audit chain (a copy's update is audited), as a batch's store takes them.
          beforeAudit: async () => {
            finished = await finishIndexedBatch(em, importId, batch);
          },
        });
        if (finished) await this.audit.record(em, this.finishedEvent(actor, finished));
      }),
    );
  }

  /** Ends the import as failed when one of its batches failed for good (every retry spent). */
  async failImport(importId: string, batch: number, error: unknown): Promise<void> {
    const message = `batch ${batch} could not be stored: ${error instanceof Error ? error.message : String(error)}`;
    this.logger.error(`import ${importId}: ${message}`);
    await retryConcurrencyFailures(() =>
      this.db.transaction(async (em) => {
        const header = await importHeader(em, importId);
        const lines = await batchLines(em, importId, batch);
        const ended = await finishImport(em, importId, 'failed', { line: lines?.[0]?.line ?? 0, message });
        if (header && ended) await this.audit.record(em, this.finishedEvent(header.actor, ended));
      }),
    );
  }

  /**
   * All documents in one go; when that fails on one document's data (not a lost race, which reruns the
   * whole transaction), each is stored on its own so the others still are and the bad one is reported.
   */
  private async store(
    em: EntityManager,
    documents: Array<PreparedDocument & { line: number }>,
    actor: Actor,
  ): Promise<{ stored: StoredDocument[]; failed: ImportLineError[] }> {
    try {
      return {
        stored: await this.withSavepoint(em, () =>
          this.documents.storeMany(em, documents, actor, { trail: false }),
        ),
        failed: [],
      };
    } catch (error) {
      if (!(error instanceof QueryFailedError) || isConcurrencyFailure(error)) throw error;
    }
    const stored: StoredDocument[] = [];
    const failed: ImportLineError[] = [];
    for (const document of documents) {
      try {
        stored.push(
          ...(await this.withSavepoint(em, () =>
            this.documents.storeMany(em, [document], actor, { trail: false }),
          )),
        );
      } catch (error) {
        if (!(error instanceof QueryFailedError) || isConcurrencyFailure(error)) throw error;
        failed.push({ line: document.line, message: `could not be stored: ${error.message}` });
      }
    }
    return { stored, failed };
  }

  private async withSavepoint<T>(em: EntityManager, work: () => Promise<T>): Promise<T> {
    await em.query('SAVEPOINT import_batch');
    try {
      const result = await work();
      await em.query('RELEASE SAVEPOINT import_batch');
      return result;
    } catch (error) {
      if (!isConcurrencyFailure(error)) await em.query('ROLLBACK TO SAVEPOINT import_batch');
      throw error;
    }
  }

  private finishedEvent(actor: Actor, counters: ImportCounters): AuditEntry {
    return {
      actor,
      action: counters.status === 'done' ? 'finish' : 'fail',
      entityType: 'import',
      entityId: counters.id,
      changes: { before: null, after: importSummary(counters) },
    };
  }
}
