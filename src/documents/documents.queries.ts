import { EntityManager } from 'typeorm';
import { wellFormed } from '../common/unicode';
import { CreateDocumentDto } from './dto/create-document.dto';

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
    [JSON.stringify(rows, (_key, value: unknown) => (typeof value === 'string' ? wellFormed(value) : value))],
  );
  return new Map(inserted.map((row) => [row.content_hash, row.id]));
}
