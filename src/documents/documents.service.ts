import { Injectable, PayloadTooLargeException } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { Actor, SYSTEM_ACTOR } from '../auth/roles';
import { ClaimsService } from '../claims/claims.service';
import { EntityNotFound } from '../common/domain-errors';
import { retryConcurrencyFailures } from '../database/concurrency';
import { applyKeyset, KeysetOrder, Page, toPage } from '../common/pagination';
import { SpeakersService } from '../speakers/speakers.service';
import { TrailService } from '../trail/trail.service';
import { Document } from './document.entity';
import { documentByHash, documentById, documentsMatching, insertDocument } from './documents.queries';
import { CreateDocumentDto } from './dto/create-document.dto';
import { DocumentQueryDto } from './dto/document-query.dto';
import {
  DocumentResponse,
  DocumentSummaryResponse,
  documentResponse,
  documentSummary,
} from './dto/document.response';
import { planExtractedClaims } from './extracted-claims';
import { ExtractionPool } from './extraction-pool';
import { AppConfig } from '../config/configuration';

export interface IngestResult {
  document: DocumentResponse;
  /** false when the same text was stored before: the existing document is returned unchanged. */
  created: boolean;
}

const NEWEST_FIRST: KeysetOrder<Document> = {
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
    const extraction = await this.extraction.extract(input.text, input.publisher ?? null);
    const plan = planExtractedClaims(extraction);

    // Ingests of distinct documents that share speakers can collide; the server retries, not the client.
    const stored = await retryConcurrencyFailures(() =>
      this.db.transaction(async (em) => {
        const id = await insertDocument(em, input, hash);
        // Lost a race with an identical post: theirs is the document.
        if (id === null) return null;
        const document = { id, text: input.text };
        const speakers = await this.speakers.resolveMentions(em, document.id, plan.mentions);
        const claimIds = await this.claims.insertMany(em, document, plan.claimsFor(speakers.ids));
        // Syndication and statement matching, in the same transaction: the trail never lags the documents.
        const copyOf = (await this.trail.indexDocuments(em, [document.id], actor)).get(document.id) ?? null;
        // One event for the document, naming every claim and speaker its extraction created.
        await this.audit.record(em, {
          actor,
          action: 'create',
          entityType: 'document',
          entityId: document.id,
          changes: {
            before: null,
            after: {
              title: input.title,
              contentHash: hash,
              url: input.url ?? null,
              publisher: input.publisher ?? null,
              kind: input.kind ?? 'article',
              copyOf,
              extractedClaims: claimIds.length,
              claimIds,
              speakerIds: speakers.created,
            },
          },
        });
        return document.id;
      }),
    );

    const document = await documentByHash(this.db.manager, hash);
    if (!document) throw new EntityNotFound('document', stored ?? hash);
    return { document: await this.respond(document), created: stored !== null };
  }

  async list(query: DocumentQueryDto): Promise<Page<DocumentSummaryResponse>> {
    const qb = documentsMatching(this.db.manager, query);
    const rows = await applyKeyset(qb, NEWEST_FIRST, query).getMany();
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
