import { Client } from 'pg';

// Set-based synthetic claims for the benches that need many stored claims (export, lists, api): a handful of
// INSERT … SELECT FROM generate_series statements, so a million claims take minutes, not the hours ingest would.

export const CLAIMS_PER_DOCUMENT = 100;
const SPEAKERS = 500;
// Claim texts differ by subject and figure, so a full-text search selects a share of the claims, not all.
const SUBJECTS = ['plan', 'bridge', 'harbour', 'deal', 'budget', 'port', 'rail link', 'tunnel'];

/**
 * Adds `claims` claims (rounded up to whole documents of CLAIMS_PER_DOCUMENT) to what the database holds:
 * documents, 500 speakers (once), claims with a quarter editorial and a twentieth reviewed, evidence for a
 * tenth and a review for each verdict; then VACUUM ANALYZE. Adding to earlier seeds lets a bench measure at one size
 * and then at a larger one. `url` is a role that may write every table (the owner, or a superuser).
 */
export async function seedClaims(url: string, claims: number): Promise<void> {
  const db = new Client({ connectionString: url });
  await db.connect();
  try {
    const { rows } = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM documents');
    const first = rows[0].n + 1;
    const last = rows[0].n + Math.ceil(claims / CLAIMS_PER_DOCUMENT);
    await db.query(
      `INSERT INTO documents (title, text, content_hash, url, publisher, authors, published_at, retrieved_at)
       SELECT 'Bench article ' || d, repeat('The council said the plan would cost 12 million dollars, officials noted. ', ${CLAIMS_PER_DOCUMENT}),
              md5('doc' || d) || md5('hash' || d), 'https://news.example/' || d, 'Bench Wire', ARRAY['Reporter ' || (d % 50)],
              now() - (d || ' minutes')::interval, now()
         FROM generate_series($1::int, $2::int) AS d`,
      [first, last],
    );
    await db.query(`
      INSERT INTO speakers (name, name_key, kind)
      SELECT 'Speaker ' || s, 'speaker ' || s, CASE WHEN s % 5 = 0 THEN 'organization' ELSE 'person' END
        FROM generate_series(1, ${SPEAKERS}) AS s
       WHERE NOT EXISTS (SELECT 1 FROM speakers)`);
    // Each claim a millisecond older than the one before: lists ordered newest first see distinct times.
    await db.query(
      `WITH docs AS (SELECT id, $1::int - 1 + row_number() OVER (ORDER BY id) AS n FROM documents d
                      WHERE NOT EXISTS (SELECT 1 FROM claims c WHERE c.document_id = d.id)),
            spk AS (SELECT id, row_number() OVER (ORDER BY id) AS n FROM speakers)
       INSERT INTO claims (document_id, kind, text, start_offset, end_offset, prefix, suffix, speaker_id, speaker_mention,
                           cue, quote_type, origin, extractor_version, confidence, review_status, verdict, created_at)
       SELECT docs.id, CASE WHEN i % 4 = 0 THEN 'editorial' ELSE 'attributed' END,
              format('the %s would cost %s million dollars, "officials" noted', ($2::text[])[1 + (docs.n + i) % ${SUBJECTS.length}],
                     10 + (docs.n * 7 + i) % 90),
              i * 74, i * 74 + 56, 'The council said ', '. The council',
              CASE WHEN i % 4 = 0 THEN NULL ELSE spk.id END, CASE WHEN i % 4 = 0 THEN NULL ELSE 'the official' END,
              CASE WHEN i % 4 = 0 THEN NULL ELSE 'said' END,
              (ARRAY['direct', 'indirect', 'mixed', 'none'])[1 + i % 4], 'extraction', 'bench-1', 0.9,
              CASE WHEN i % 20 = 1 THEN 'reviewed' ELSE 'unreviewed' END, CASE WHEN i % 20 = 1 THEN 'mostly-true' END,
              now() - ((docs.n * ${CLAIMS_PER_DOCUMENT} + i) || ' milliseconds')::interval
         FROM docs CROSS JOIN generate_series(0, ${CLAIMS_PER_DOCUMENT - 1}) AS i
         JOIN spk ON spk.n = 1 + (docs.n * 7 + i) % ${SPEAKERS}
        LIMIT $3`,
      [first, SUBJECTS, claims],
    );
    await db.query(`
      INSERT INTO evidence_links (claim_id, stance, url, title, added_by)
      SELECT id, 'corroborates', 'https://evidence.example/' || id, 'Budget papers', 'bench'
        FROM claims c WHERE start_offset % (74 * 10) = 74
         AND NOT EXISTS (SELECT 1 FROM evidence_links e WHERE e.claim_id = c.id)`);
    await db.query(`
      INSERT INTO reviews (claim_id, verdict, rationale, reviewer_name, reviewer_role)
      SELECT id, 'mostly-true', 'The budget papers agree', 'Bench Checker', 'factchecker'
        FROM claims c WHERE verdict IS NOT NULL AND NOT EXISTS (SELECT 1 FROM reviews r WHERE r.claim_id = c.id)`);
    // As autovacuum leaves a settled table: statistics for the planner, the visibility map for index-only scans.
    await db.query('VACUUM ANALYZE');
  } finally {
    await db.end();
  }
}
