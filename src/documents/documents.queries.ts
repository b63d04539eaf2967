import { EntityManager, SelectQueryBuilder } from 'typeorm';
import { Document } from './document.entity';
import { CreateDocumentDto } from './dto/create-document.dto';
import { DocumentQueryDto } from './dto/document-query.dto';

// The documents module's SQL: each query a named function taking the caller's EntityManager.

/** The stored document with this content hash, if any. */
export function documentByHash(em: EntityManager, contentHash: string): Promise<Document | null> {
  return em.findOneBy(Document, { contentHash });
}

/** A document by id; `lock` holds its row (share or update) until the caller's transaction ends. */
export function documentById(
  em: EntityManager,
  id: string,
  lock?: 'share' | 'update',
): Promise<Document | null> {
  return em.findOne(Document, {
    where: { id },
    lock: lock && { mode: lock === 'share' ? 'pessimistic_read' : 'pessimistic_write' },
  });
}

/** Documents matching a list's filters: title words, publisher, kind, publication dates. */
export function documentsMatching(em: EntityManager, query: DocumentQueryDto): SelectQueryBuilder<Document> {
  const qb = em.createQueryBuilder(Document, 'd');
  if (!query.includeRetracted) qb.andWhere('d.retractedAt IS NULL');
  if (query.q?.trim()) {
    qb.andWhere('d.title ILIKE :title', {
      title: `%${query.q.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`,
    });
  }
  if (query.publisher) qb.andWhere('d.publisher = :publisher', { publisher: query.publisher });
  if (query.kind) qb.andWhere('d.kind = :kind', { kind: query.kind });
  if (query.from) qb.andWhere('d.publishedAt >= :from', { from: query.from });
  if (query.to) qb.andWhere('d.publishedAt < :to', { to: query.to });
  return qb;
}

/** When and why the document was retracted, read under a row lock; null when there is no such document. */
export async function lockDocumentRetraction(
  em: EntityManager,
  id: string,
): Promise<{ retractedAt: Date | null } | null> {
  const rows: Array<{ retracted_at: Date | null }> = await em.query(
    `SELECT retracted_at FROM documents WHERE id = $1 FOR UPDATE`,
    [id],
  );
  return rows.length === 0 ? null : { retractedAt: rows[0].retracted_at };
}

/** Marks the document retracted with the reason; returns when. */
export async function retractDocument(em: EntityManager, id: string, reason: string): Promise<Date> {
  const [rows]: [Array<{ retracted_at: Date }>, number] = await em.query(
    `UPDATE documents SET retracted_at = now(), retraction_reason = $2, updated_at = now() WHERE id = $1 RETURNING retracted_at`,
    [id, reason],
  );
  return rows[0].retracted_at;
}

/**
 * Inserts the documents in one statement, in content-hash order (so concurrent batches wait on each
 * other in one order), skipping any whose text is already stored. Returns the ids of those it inserted.
 */
export async function insertDocuments(
  em: EntityManager,
  documents: Array<{ input: CreateDocumentDto; hash: string }>,
): Promise<Map<string, string>> {
  const rows = documents.map(({ input, hash }) => ({
    title: input.title,
    text: input.text,
    content_hash: hash,
    url: input.url ?? null,
    publisher: input.publisher ?? null,
    authors: input.authors ?? [],
    language: input.language ?? null,
    kind: input.kind ?? 'article',
    published_at: input.publishedAt ?? null,
    retrieved_at: input.retrievedAt ?? null,
    metadata: input.metadata ?? {},
  }));
  const inserted: Array<{ id: string; content_hash: string }> = await em.query(
    `INSERT INTO documents (title, text, content_hash, url, publisher, authors, language, kind, published_at,
                            retrieved_at, metadata)
     SELECT x.title, x.text, x.content_hash, x.url, x.publisher, x.authors, x.language, x.kind, x.published_at,
            coalesce(x.retrieved_at, now()), x.metadata
       FROM jsonb_to_recordset($1::jsonb) AS x(title text, text text, content_hash text, url text, publisher text,
            authors text[], language text, kind text, published_at timestamptz, retrieved_at timestamptz,
            metadata jsonb)
      ORDER BY x.content_hash
     ON CONFLICT (content_hash) DO NOTHING
     RETURNING id, content_hash`,
    [JSON.stringify(rows)],
  );
  return new Map(inserted.map((row) => [row.content_hash, row.id]));
}
