import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Readable } from 'node:stream';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { Actor } from '../auth/roles';
import { DomainError, EntityNotFound } from '../common/domain-errors';
import { applyKeyset, KeysetOrder, Page, toPage } from '../common/pagination';
import { ConfigService } from '@nestjs/config';
import { AppConfig, largestDocumentJson } from '../config/configuration';
import { ImportQueryDto } from './dto/import-query.dto';
import { AcceptedImportResponse, ImportResponse, toImportResponse } from './dto/import.response';
import { Import } from './import.entity';
import { importSummary } from './import-batch.processor';
import { ImportQueue } from './import-queue';
import {
  finishEmpty,
  finishImport,
  importById,
  importsMatching,
  insertBatch,
  insertImport,
  setTotal,
} from './imports.queries';
import { ndjsonLines } from './ndjson-body';
import { untilSilent, UploadSlots } from './upload-guards';

const NEWEST_FIRST: KeysetOrder<Import> = {
  name: 'imports-newest',
  columns: ['i.createdAt', 'i.id'],
  types: ['timestamp', 'uuid'],
  direction: 'DESC',
  keyOf: (i) => [i.createdAt.toISOString(), i.id],
};

@Injectable()
export class ImportsService {
  private readonly batchSize: number;
  private readonly maxLineLength: number;
  private readonly idleTransactionMs: number;
  private readonly uploads = new UploadSlots();

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly queue: ImportQueue,
    private readonly audit: AuditService,
    config: ConfigService<AppConfig, true>,
  ) {
    this.batchSize = config.get('IMPORT_BATCH_SIZE', { infer: true });
    this.maxLineLength = largestDocumentJson({
      BODY_LIMIT_BYTES: config.get('BODY_LIMIT_BYTES', { infer: true }),
      MAX_DOCUMENT_BYTES: config.get('MAX_DOCUMENT_BYTES', { infer: true }),
    });
    this.idleTransactionMs = config.get('DATABASE_IDLE_TRANSACTION_TIMEOUT_MS', { infer: true });
  }

  /**
   * Takes an NDJSON stream (already gunzipped) batch by batch into import_lines as it arrives, never
   * holding more than one batch, and queues a job per batch. A batch ends at IMPORT_BATCH_SIZE lines, before
   * it would pass one longest line's length (so neither this nor a worker holds more), or when the
   * transaction has waited a third of DATABASE_IDLE_TRANSACTION_TIMEOUT_MS for lines (so a slow client's
   * upload is not ended under it). All in one transaction: an upload cut off half-way leaves no import
   * behind, and workers see the import only once every line is in. At most UPLOADS_AT_ONCE at a time.
   */
  async receive(body: Readable, actor: Actor, source: string | null = null): Promise<AcceptedImportResponse> {
    const release = this.uploads.take();
    try {
      return await this.db.transaction((em) => this.store(em, body, actor, source));
    } finally {
      release();
    }
  }

  private async store(
    em: EntityManager,
    body: Readable,
    actor: Actor,
    source: string | null,
  ): Promise<AcceptedImportResponse> {
    const id = await insertImport(em, actor, source);
    let batch: Array<{ line: number; body: string }> = [];
    let batchLength = 0;
    let batches = 0;
    let total = 0;
    let lastStatement = Date.now();
    const flush = async () => {
      await insertBatch(em, id, batches++, batch);
      batch = [];
      batchLength = 0;
      lastStatement = Date.now();
    };
    const lines = ndjsonLines(body, this.maxLineLength);
    const idle = this.idleTransactionMs;
    for await (const line of idle > 0 ? untilSilent(lines, idle / 2) : lines) {
      if (batch.length > 0 && batchLength + line.body.length > this.maxLineLength) await flush();
      batch.push(line);
      batchLength += line.body.length;
      total += 1;
      const idleTooLong =
        this.idleTransactionMs > 0 && Date.now() - lastStatement > this.idleTransactionMs / 3;
      if (batch.length === this.batchSize || idleTooLong) await flush();
    }
    if (batch.length > 0) await flush();
    await setTotal(em, id, total);
    await this.queue.enqueue(
      em,
      id,
      Array.from({ length: batches }, (_, i) => i),
    );
    // An import without lines has nothing to wait for.
    const status = batches === 0 ? 'done' : 'queued';
    if (batches === 0) await finishEmpty(em, id);
    await this.audit.record(em, {
      actor,
      action: 'create',
      entityType: 'import',
      entityId: id,
      changes: { before: null, after: { source, total, batches, status } },
    });
    return { id, status };
  }

  async get(id: string): Promise<ImportResponse> {
    const found = await importById(this.db.manager, id);
    if (!found) throw new EntityNotFound('import', id);
    return toImportResponse(found);
  }

  async list(query: ImportQueryDto): Promise<Page<ImportResponse>> {
    const rows = await applyKeyset(importsMatching(this.db.manager, query), NEWEST_FIRST, query).getMany();
    return toPage(rows, NEWEST_FIRST, query, toImportResponse);
  }

  /** Stops an import: batches not yet stored never will be (one being stored now rolls back). */
  async cancel(id: string, actor: Actor): Promise<ImportResponse> {
    await this.db.transaction(async (em) => {
      const ended = await finishImport(em, id, 'cancelled');
      if (!ended) {
        const found = await importById(em, id);
        if (!found) throw new EntityNotFound('import', id);
        throw new DomainError('conflict', `import ${id} is ${found.status} and can no longer be cancelled`, {
          status: found.status,
        });
      }
      await this.audit.record(em, {
        actor,
        action: 'cancel',
        entityType: 'import',
        entityId: id,
        changes: { before: null, after: importSummary(ended) },
      });
    });
    return this.get(id);
  }
}
