// The SQL of syndication: document fingerprints, shingle postings, and which document is a copy of which.
// Each is a named function over the caller's EntityManager.
import { EntityManager } from 'typeorm';

export interface DocumentToIndex {
  id: string;
  text: string;
  publishedAt: Date | null;
  createdAt: Date;
  copyOfId: string | null;
}

/** A document as syndication orders it: by publication time (unknown last), then by ingest. */
export interface DatedDocument {
  id: string;
  publishedAt: Date | null;
  createdAt: Date;
  copyOfId: string | null;
}

export interface OverlappingDocument extends DatedDocument {
  shared: number;
  shingleCount: number;
  /** The place it was filed from (its dateline's), if any. */
  dateline: string | null;
}

export interface CopyRow {
  id: string;
  title: string;
  publisher: string | null;
  publishedAt: Date | null;
}

// A shingle posted by more stored documents than this is common phrasing ("said in a statement on"), not
// evidence of copying, and is not counted: a probe reads at most this many postings plus one, however large
// the corpus, and then lists the shingle in common_shingles, so no later probe reads them again. Copies post
// no shingles (their original does), so a story reprinted by hundreds of outlets stays findable.
export const MAX_POSTINGS = 64;

/** What the overlap probe found for a batch of new documents. */
export interface Overlaps {
  /** Per new document, the stored documents sharing enough of its shingles. */
  byDocument: Map<string, OverlappingDocument[]>;
  /**
   * The batch's shingles already posted by more than MAX_POSTINGS documents: no probe ever counts them again,
   * so a further posting would be a row (and an index entry) nobody reads.
   */
  common: Set<number>;
}

/**
 * Stores the documents' fingerprints (without their shingles: postShinglesMany, once each is known not to be
 * a copy) and returns, for each, the stored documents sharing at least its `minShared` shingles (the fewest a
 * reproduction of it can share), in one round trip. The documents do not see each other: none has posted its
 * shingles yet. Each distinct shingle of the batch is looked up once, and not at all when common_shingles
 * lists it (template phrasing that most documents of a batch share); those the lookup finds common are listed
 * there.
 *
 * Only pairs that can reach `minShared` are counted (prefix filtering): order a document's countable shingles
 * (posted, not common) by value; if it shares s >= minShared of them with a stored document, the `hits`
 * smallest shared ones lie among its first (countable - minShared + hits), so a stored document with fewer
 * than `hits` postings among those cannot reach minShared. The others are counted on all countable shingles,
 * as before, so the counts returned are exact: the bench's template phrasing made ~140,000 pairs a batch, of
 * which a few hundred can be copies.
 */
export async function fingerprintAndOverlapsMany(
  em: EntityManager,
  documents: Array<{ documentId: string; shingles: number[]; entities: string[]; minShared: number }>,
  hits: number,
): Promise<Overlaps> {
  const overlaps: Overlaps = { byDocument: new Map(), common: new Set() };
  if (documents.length === 0) return overlaps;
  // The overlapping documents, then one row with the batch's common shingles.
  const rows: Array<
    (OverlappingDocument & { forId: string; common: null }) | { forId: null; common: number[] }
  > = await em.query(
    `WITH input AS (
         SELECT * FROM jsonb_to_recordset($1::jsonb) AS r(document_id uuid, shingles int[], entities text[], min_shared int)),
       fingerprint AS (
         INSERT INTO document_fingerprints (document_id, shingle_count, entities)
         SELECT document_id, cardinality(shingles), entities FROM input),
       batch AS (
         SELECT b.shingle, c.shingle IS NOT NULL AS known_common
           FROM (SELECT DISTINCT unnest(shingles) AS shingle FROM input) b
           LEFT JOIN common_shingles c ON c.shingle = b.shingle),
       probed AS (
         SELECT b.shingle, CASE WHEN l.n <= $3 THEN l.ids END AS ids, l.n > $3 AS common
           FROM batch b
          CROSS JOIN LATERAL (SELECT array_agg(s.document_id) AS ids, count(*) AS n FROM (
                   SELECT document_id FROM document_shingles WHERE shingle = b.shingle LIMIT $3 + 1) s) l
          WHERE NOT b.known_common),
       newly_common AS (
         INSERT INTO common_shingles (shingle) SELECT shingle FROM probed WHERE common),
       countable AS (
         SELECT i.document_id AS for_id, i.min_shared, p.ids,
                row_number() OVER (PARTITION BY i.document_id ORDER BY mine.shingle) AS rank,
                count(*) OVER (PARTITION BY i.document_id) AS size
           FROM input i
          CROSS JOIN LATERAL unnest(i.shingles) AS mine(shingle)
           JOIN probed p ON p.shingle = mine.shingle AND p.ids IS NOT NULL),
       candidates AS (
         SELECT c.for_id, posted.document_id
           FROM countable c
          CROSS JOIN LATERAL unnest(c.ids) AS posted(document_id)
          WHERE c.rank <= c.size - c.min_shared + $2
          GROUP BY c.for_id, posted.document_id HAVING count(*) >= $2)
       SELECT o.for_id AS "forId", d.id, d.published_at AS "publishedAt", d.created_at AS "createdAt",
              d.copy_of_id AS "copyOfId", o.shared, f.shingle_count AS "shingleCount",
              (SELECT substr(e, 2) FROM unnest(f.entities) e WHERE e LIKE '@%' LIMIT 1) AS dateline,
              NULL::int[] AS common
         FROM (SELECT k.for_id, k.document_id, count(*)::int AS shared
                 FROM candidates k
                 JOIN countable c ON c.for_id = k.for_id AND k.document_id = ANY(c.ids)
                GROUP BY k.for_id, k.document_id HAVING count(*) >= max(c.min_shared)) o
         JOIN document_fingerprints f ON f.document_id = o.document_id
         JOIN documents d ON d.id = o.document_id
       UNION ALL
       SELECT NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
              ARRAY(SELECT shingle FROM batch WHERE known_common UNION ALL SELECT shingle FROM probed WHERE common)`,
    [
      JSON.stringify(
        documents.map((d) => ({
          document_id: d.documentId,
          shingles: d.shingles,
          entities: d.entities,
          min_shared: d.minShared,
        })),
      ),
      hits,
      MAX_POSTINGS,
    ],
  );
  for (const row of rows) {
    if (row.forId === null) {
      overlaps.common = new Set(row.common);
      continue;
    }
    const { forId, common: _, ...overlap } = row;
    const list = overlaps.byDocument.get(forId);
    if (list) list.push(overlap);
    else overlaps.byDocument.set(forId, [overlap]);
  }
  return overlaps;
}

/**
 * Posts documents' shingles (distinct per document), so later documents that reproduce them find them. Each
 * column goes as one array literal built here (numbers and ids need no quoting): as arrays, the driver escaped
 * each of a batch's 24,000 elements of each with regular expressions.
 */
export async function postShinglesMany(
  em: EntityManager,
  documents: Array<{ documentId: string; shingles: number[] }>,
) {
  const postings = documents.filter((d) => d.shingles.length > 0);
  if (postings.length === 0) return;
  await em.query(
    `INSERT INTO document_shingles (shingle, document_id) SELECT * FROM unnest($1::int[], $2::uuid[])`,
    [
      `{${postings.map((d) => d.shingles.join(',')).join(',')}}`,
      `{${postings.map((d) => Array(d.shingles.length).fill(d.documentId).join(',')).join(',')}}`,
    ],
  );
}

/** Up to `limit` stored documents syndication has not fingerprinted, earliest published first. */
export async function unindexedDocuments(em: EntityManager, limit: number): Promise<string[]> {
  const rows: Array<{ id: string }> = await em.query(
    `SELECT d.id FROM documents d
      WHERE NOT EXISTS (SELECT 1 FROM document_fingerprints f WHERE f.document_id = d.id)
      ORDER BY d.published_at NULLS LAST, d.created_at, d.id LIMIT $1`,
    [limit],
  );
  return rows.map((r) => r.id);
}

/** The names of a document (for telling its story from a similar one elsewhere). */
export async function documentNames(em: EntityManager, documentId: string): Promise<string[]> {
  const rows: Array<{ entities: string[] }> = await em.query(
    `SELECT entities FROM document_fingerprints WHERE document_id = $1`,
    [documentId],
  );
  return rows[0]?.entities ?? [];
}

export async function datedDocuments(em: EntityManager, ids: string[]): Promise<DatedDocument[]> {
  return em.query(
    `SELECT id, published_at AS "publishedAt", created_at AS "createdAt", copy_of_id AS "copyOfId"
       FROM documents WHERE id = ANY($1)`,
    [ids],
  );
}

/** Documents that name `from` as their original, to follow it when it becomes a copy itself. */
export async function copiesOf(em: EntityManager, ids: string[]): Promise<DatedDocument[]> {
  return em.query(
    `SELECT id, published_at AS "publishedAt", created_at AS "createdAt", copy_of_id AS "copyOfId"
       FROM documents WHERE copy_of_id = ANY($1)`,
    [ids],
  );
}

/** Sets the `copyOf` of each document, in one statement. */
export async function setCopiesOf(
  em: EntityManager,
  documents: Array<{ id: string; copyOfId: string | null }>,
) {
  if (documents.length === 0) return;
  await em.query(
    `UPDATE documents d SET copy_of_id = c.copy_of_id
       FROM jsonb_to_recordset($1::jsonb) AS c(id uuid, copy_of_id uuid) WHERE d.id = c.id`,
    [JSON.stringify(documents.map((d) => ({ id: d.id, copy_of_id: d.copyOfId })))],
  );
}

export async function listCopies(em: EntityManager, documentId: string): Promise<CopyRow[]> {
  return em.query(
    `SELECT id, title, publisher, published_at AS "publishedAt" FROM documents
      WHERE copy_of_id = $1 ORDER BY published_at NULLS LAST, created_at, id`,
    [documentId],
  );
}
