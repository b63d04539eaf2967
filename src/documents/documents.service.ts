import { Injectable, PayloadTooLargeException } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { AuditEntry, AuditService } from '../audit/audit.service';
import { Actor, SYSTEM_ACTOR } from '../auth/roles';
import { ClaimsService } from '../claims/claims.service';
import { EntityNotFound } from '../common/domain-errors';
import { retryConcurrencyFailures } from '../database/concurrency';
import { applyKeyset, KeysetOrder, Page, toPage } from '../common/pagination';
import { manyOnReplica } from '../database/read-replica';
import { extractClaims } from '../extraction';
import { SpeakersService } from '../speakers/speakers.service';
import { KnownFeatures } from '../trail/document-features';
import { TrailService } from '../trail/trail.service';
import { Document } from './document.entity';
import { documentByHash, documentById, documentsMatching, insertDocuments } from './documents.queries';
import { CreateDocumentDto } from './dto/create-document.dto';
import { DocumentQueryDto } from './dto/document-query.dto';
import {
  DocumentResponse,
  DocumentSummaryResponse,
  documentResponse,
  documentSummary,
} from './dto/document.response';
import { ExtractionPool } from './extraction-pool';
import { AppConfig } from '../config/configuration';
import { ExtractionPlan, PackedExtraction, packExtraction, planExtractedClaims } from './extracted-claims';

/** A validated document with the engine's claims planned: what storeMany takes. */
export interface PreparedDocument {
  input: CreateDocumentDto;
  hash: string;
  plan: ExtractionPlan;
}

export interface StoredDocument extends PreparedDocument {
  /** Null when the text was already stored (or came earlier in the same call). */
  id: string | null;
  created: boolean;
  claimIds: string[];
  /** The speakers this document's extraction created. */
  speakerIds: string[];
  /** The stored original this document reproduces (the trail's syndication check), if any. */
  copyOf: string | null;
}

/**
 * Plans a document's claims from the engine's result; without one, runs the engine here (CPU-bound: a
 * worker process may, the API's event loop may not, so the API passes what its worker threads extracted).
 */
export function prepareDocument(
  input: CreateDocumentDto,
  extraction: PackedExtraction = packExtraction(
    extractClaims(input.text, { publisher: input.publisher ?? null }),
    input.text,
  ),
): PreparedDocument {
  return { input, hash: contentHash(input.text), plan: planExtractedClaims(extraction) };
}

/** The trail's features of stored documents, by document id, each claim's by its id. */
export function knownFeatures(documents: StoredDocument[]): Map<string, KnownFeatures> {
  return new Map(
    documents
      .filter((d) => d.created)
      .map((d) => {
        const { shingles, entities, statements } = d.plan.trail;
        // claimIds follow the plan's claims, and so its statements, one for one.
        const byClaim = new Map(d.claimIds.map((id, i) => [id, statements[i]]));
        return [d.id!, { shingles, entities, statements: byClaim }];
      }),
  );
}

/**
 * One audit event per created document, naming every claim and speaker its extraction created: where each
 * claim came from. `context` adds what caused it (the import it came with).
 */
export function creationEvents(
  documents: StoredDocument[],
  actor: Actor,
  context: Record<string, unknown> = {},
): AuditEntry[] {
  return documents
    .filter((d) => d.created)
    .map((d) => ({
      actor,
      action: 'create',
      entityType: 'document' as const,
      entityId: d.id!,
      changes: {
        before: null,
        after: {
          title: d.input.title,
          contentHash: d.hash,
          url: d.input.url ?? null,
          publisher: d.input.publisher ?? null,
          kind: d.input.kind ?? 'article',
          copyOf: d.copyOf,
          extractedClaims: d.claimIds.length,
          claimIds: d.claimIds,
          speakerIds: d.speakerIds,
          ...context,
        },
      },
    }));
}

export interface IngestResult {
  document: DocumentResponse;
  /** false when the same text was stored before: the existing document is returned unchanged. */
  created: boolean;
}

const NEWEST_FIRST: KeysetOrder<Document> = {
  name: 'documents-newest',
  columns: ['d.createdAt', 'd.id'],
  types: ['timestamp', 'uuid'],
  direction: 'DESC',
  keyOf: (d) => [d.createdAt.toISOString(), d.id],
};

export function contentHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

@Injectable()
export class DocumentsService {
  private readonly maxBytes: number;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly claims: ClaimsService,
    private readonly speakers: SpeakersService,
    private readonly audit: AuditService,
    private readonly extraction: ExtractionPool,
    private readonly trail: TrailService,
    config: ConfigService<AppConfig, true>,
  ) {
    this.maxBytes = config.get('MAX_DOCUMENT_BYTES', { infer: true });
  }

  /** Stores a document with its speakers and extracted claims in one transaction, or finds it already stored. */
  async ingest(input: CreateDocumentDto, actor: Actor = SYSTEM_ACTOR): Promise<IngestResult> {
    const bytes = Buffer.byteLength(input.text, 'utf8');
    if (bytes > this.maxBytes) {
      throw new PayloadTooLargeException(
        `the document text is ${bytes} bytes; the largest accepted is ${this.maxBytes} bytes (MAX_DOCUMENT_BYTES)`,
      );
    }
    const hash = contentHash(input.text);
    const existing = await documentByHash(this.db.manager, hash);
    if (existing) return { document: await this.respond(existing), created: false };

    // CPU-bound extraction runs in a worker thread, before the transaction so no connection is held while it works.
    const prepared = prepareDocument(
      input,
      await this.extraction.extract(input.text, input.publisher ?? null),
    );

    // Ingests of distinct documents that share speakers can collide; the server retries, not the client.
    const stored = await retryConcurrencyFailures(() =>
      this.db.transaction(async (em) => {
        const [result] = await this.storeMany(em, [prepared], actor);
        // Lost a race with an identical post: theirs is the document.
        if (!result.created) return null;
        // One event for the document, naming every claim and speaker its extraction created.
        await this.audit.recordMany(em, creationEvents([result], actor));
        return result.id;
      }),
    );

    const document = await documentByHash(this.db.manager, hash);
    if (!document) throw new EntityNotFound('document', stored ?? hash);
    return { document: await this.respond(document), created: stored !== null };
  }

  /**
   * Stores prepared documents with their speakers and claims in the caller's transaction, in a fixed
   * number of statements however many there are; a text already stored (or earlier in the list) is not
   * stored again. The claim trail indexes the new ones in the same transaction, so it never lags the
   * documents, unless `trail` is false (the bulk import indexes each batch in a transaction of its own).
   * The caller records creationEvents() for the created ones, last in its transaction.
   */
  async storeMany(
    em: EntityManager,
    documents: PreparedDocument[],
    actor: Actor = SYSTEM_ACTOR,
    { trail = true }: { trail?: boolean } = {},
  ): Promise<StoredDocument[]> {
    const first = new Map<string, PreparedDocument>();
    for (const d of documents) if (!first.has(d.hash)) first.set(d.hash, d);
    const ids = await insertDocuments(em, [...first.values()]);
    const created = [...first.values()].filter((d) => ids.has(d.hash));
    const speakers = await this.speakers.resolveMentionsOfDocuments(
      em,
      created.map((d) => ({ documentId: ids.get(d.hash)!, mentions: d.plan.mentions })),
    );
    const claimIds = await this.claims.insertForDocuments(
      em,
      created.map((d, i) => ({
        document: { id: ids.get(d.hash)!, text: d.input.text },
        claims: d.plan.claimsFor(speakers[i].ids),
      })),
    );
    const stored = new Map(
      created.map((d, i): [string, StoredDocument] => [
        d.hash,
        {
          ...d,
          id: ids.get(d.hash)!,
          created: true,
          claimIds: claimIds[i],
          speakerIds: speakers[i].created,
          copyOf: null,
        },
      ]),
    );
    if (trail) {
      const copyOf = await this.trail.indexDocuments(
        em,
        created.map((d) => ids.get(d.hash)!),
        actor,
        { known: knownFeatures([...stored.values()]) },
      );
      for (const d of stored.values()) d.copyOf = copyOf.get(d.id!) ?? null;
    }
    return documents.map(
      (d) =>
        (first.get(d.hash) === d && stored.get(d.hash)) || {
          ...d,
          id: null,
          created: false,
          claimIds: [],
          speakerIds: [],
          copyOf: null,
        },
    );
  }

  async list(query: DocumentQueryDto): Promise<Page<DocumentSummaryResponse>> {
    const qb = documentsMatching(this.db.manager, query);
    const rows = await manyOnReplica(this.db, applyKeyset(qb, NEWEST_FIRST, query));
    const counts = await this.claims.countsByDocument(rows.map((d) => d.id));
    return toPage(rows, NEWEST_FIRST, query, (d) => documentSummary(d, counts.get(d.id)!));
  }

  /** One document; `lock` takes its row lock (share or update) until the caller's transaction ends. */
  async get(
    id: string,
    em: EntityManager = this.db.manager,
    { lock }: { lock?: 'share' | 'update' } = {},
  ): Promise<Document> {
    const document = await documentById(em, id, lock);
    if (!document) throw new EntityNotFound('document', id);
    return document;
  }

  async getResponse(id: string): Promise<DocumentResponse> {
    return this.respond(await this.get(id));
  }

  private async respond(document: Document): Promise<DocumentResponse> {
    const counts = await this.claims.countsByDocument([document.id]);
    return documentResponse(document, counts.get(document.id)!);
  }
}
