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

/**
 * Stores a document unless one with the same content hash exists; returns its id, or null when an
 * identical document won the race.
 */
export async function insertDocument(
  em: EntityManager,
  input: CreateDocumentDto,
  contentHash: string,
): Promise<string | null> {
  const rows: Array<{ id: string }> = await em.query(
    `INSERT INTO documents (title, text, content_hash, url, publisher, authors, language, kind, published_at, retrieved_at, metadata)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, coalesce($10::timestamptz, now()), $11)
     ON CONFLICT (content_hash) DO NOTHING RETURNING id`,
    [
      input.title,
      input.text,
      contentHash,
      input.url ?? null,
      input.publisher ?? null,
      input.authors ?? [],
      input.language ?? null,
      input.kind ?? 'article',
      input.publishedAt ?? null,
      input.retrievedAt ?? null,
      input.metadata ?? {},
    ],
  );
  return rows[0]?.id ?? null;
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
