// A text search reads its page either from the newest claims (its words are frequent among them) or through the
// search index (they are not): whichever way, the pages hold every match once, newest first.
import { startTestApp, TestApp } from './support/test-app';
import { withClient } from './support/test-database';

// More claims than a search tests among the newest before it turns to the search index (2,000).
const CLAIMS = 3_000;

describe('claim lists searched by text', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
    // Claim i is i milliseconds older than claim 0. 'pylon' is in every third of the newest claims, 'viaduct'
    // only in the 50 oldest (so never with 'pylon'), 'girder' in the 6 newest and the 20 oldest; a quarter are editorial.
    await withClient(t.ownerUrl, async (db) => {
      const { rows } = await db.query<{ id: string }>(
        `INSERT INTO documents (title, text, content_hash, publisher, authors, retrieved_at)
         VALUES ('Bridges', repeat('x', 100), md5('bridges') || md5('claims'), 'Wire', '{}', now()) RETURNING id`,
      );
      await db.query(
        `INSERT INTO claims (document_id, kind, text, start_offset, end_offset, quote_type, origin, created_at)
         SELECT $1, CASE WHEN i % 4 = 0 THEN 'editorial' ELSE 'attributed' END,
                concat_ws(' ', 'the claim numbered', i,
                          CASE WHEN i % 3 = 0 AND i < $2 - 50 THEN 'pylon' END,
                          CASE WHEN i >= $2 - 50 THEN 'viaduct' END,
                          CASE WHEN i < 6 OR i >= $2 - 20 THEN 'girder' END),
                0, 10, 'none', 'manual', now() - (i || ' milliseconds')::interval
           FROM generate_series(0, $2 - 1) AS i`,
        [rows[0].id, CLAIMS],
      );
      await db.query('ANALYZE claims');
    });
  });
  afterAll(() => t.close());

  // The ids of the matching claims, newest first, as PostgreSQL orders them without the list's SQL.
  const expected = (where: string) =>
    withClient(t.databaseUrl, async (db) =>
      (
        await db.query<{ id: string }>(
          `SELECT id FROM claims WHERE ${where} ORDER BY created_at DESC, id DESC`,
        )
      ).rows.map((r) => r.id),
    );

  // Every page of the list, following nextCursor.
  async function listed(query: Record<string, string | number>): Promise<string[]> {
    const ids: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { items: Array<{ id: string }>; nextCursor: string | null } = (
        await t.http
          .get('/api/claims')
          .query(cursor ? { ...query, cursor } : query)
          .expect(200)
      ).body;
      ids.push(...page.items.map((c) => c.id));
      cursor = page.nextCursor;
    } while (cursor);
    return ids;
  }

  it('lists a word frequent among the newest claims, page after page', async () => {
    const pylons = await expected(`text LIKE '%pylon%'`);
    expect(pylons).toHaveLength(984);
    expect(await listed({ q: 'pylon', limit: 100 })).toEqual(pylons);
  });

  it('lists a word found only in claims older than the newest 2,000', async () => {
    const viaducts = await expected(`text LIKE '%viaduct%'`);
    expect(viaducts).toHaveLength(50);
    expect(await listed({ q: 'viaduct', limit: 7 })).toEqual(viaducts);
  });

  it('lists a word found among both the newest and the oldest claims, across the pages', async () => {
    const girders = await expected(`text LIKE '%girder%'`);
    expect(girders).toHaveLength(26);
    expect(await listed({ q: 'girder', limit: 4 })).toEqual(girders);
  });

  it('finds nothing for two frequent words that never meet', async () => {
    expect(await listed({ q: 'pylon viaduct' })).toEqual([]);
  });

  it('combines the search with the other filters', async () => {
    expect(await listed({ q: 'pylon', kind: 'editorial', limit: 100 })).toEqual(
      await expected(`text LIKE '%pylon%' AND kind = 'editorial'`),
    );
    expect(await listed({ q: 'girder -viaduct', limit: 5 })).toEqual(
      await expected(`text LIKE '%girder%' AND text NOT LIKE '%viaduct%'`),
    );
  });
});
