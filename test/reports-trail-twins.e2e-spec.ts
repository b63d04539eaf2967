import { parse } from 'csv-parse/sync';
import { DataSource } from 'typeorm';
import { trailSummaries } from '../src/trail/appearances.queries';
import { startTestApp, TestApp } from './support/test-app';
import { withClient } from './support/test-database';

// The CSV report's trail columns are computed set-based, per statement (src/exports/report-copy.queries.ts); the
// other reports use trailSummaries (src/trail/trail.queries.ts), one claim at a time. These specs hold the two
// together over statements that mix live, retracted and superseded claims, retracted documents, syndicated copies,
// publishers named and not, and dates known and not.
describe('the CSV report’s trail columns match trailSummaries', () => {
  let t: TestApp;
  const claimIds: string[] = [];

  beforeAll(async () => {
    t = await startTestApp();
    await withClient(t.databaseUrl, async (client) => {
      const document = async (
        key: string,
        publisher: string | null,
        publishedAt: string | null,
        extra: { copyOf?: string; retracted?: boolean } = {},
      ): Promise<string> => {
        const { rows } = await client.query(
          `INSERT INTO documents (title, text, content_hash, publisher, published_at, copy_of_id, retracted_at,
                                  retraction_reason)
           VALUES ($1, repeat('x', 100), md5($1) || md5($1), $2, $3, $4, CASE WHEN $5 THEN now() END,
                   CASE WHEN $5 THEN 'withdrawn' END) RETURNING id`,
          [key, publisher, publishedAt, extra.copyOf ?? null, extra.retracted ?? false],
        );
        return rows[0].id as string;
      };
      const wire = await document('wire', 'Wire', '2020-01-02');
      const herald = await document('herald', 'Herald', '2020-01-03');
      const reprint = await document('reprint', 'Wire', '2020-01-04', { copyOf: wire });
      const undated = await document('undated', 'Herald', null);
      const anonymous = await document('anonymous', null, '2020-01-05');
      const withdrawn = await document('withdrawn', 'Post', '2020-01-01', { retracted: true });

      let offset = 0;
      const claim = async (
        documentId: string,
        statement: string | null,
        state: 'live' | 'retracted' | 'superseded' = 'live',
      ) => {
        const { rows } = await client.query(
          `INSERT INTO claims (document_id, kind, text, start_offset, end_offset, quote_type, origin, extractor_version,
                               retracted_at, retraction_reason, superseded_at)
           VALUES ($1, 'editorial', 'the plan costs 12 million', $2, $2 + 5, 'none', 'extraction', 'twins-1',
                   CASE WHEN $3 = 'retracted' THEN now() END, CASE WHEN $3 = 'retracted' THEN 'wrong' END,
                   CASE WHEN $3 = 'superseded' THEN now() END)
           RETURNING id`,
          [documentId, (offset += 10), state],
        );
        const id = rows[0].id as string;
        if (statement) {
          await client.query(
            `INSERT INTO trail_claims (claim_id, document_id, statement_id, speaker_key, kind, stems, numbers, negated,
                                       denial, correction, figure_words)
             VALUES ($1, $2, md5($3)::uuid, 'outlet', 'editorial', '{}', '{}', false, false, false, '{}')`,
            [id, documentId, statement],
          );
        }
        claimIds.push(id);
      };
      // Reported widely: first by a withdrawn document (not live), then the wire, the herald, a reprint of the wire
      // (no independent source), an undated article and one without a publisher; a retracted and a superseded
      // appearance too, which count for themselves only.
      await claim(herald, 'widely');
      await claim(withdrawn, 'widely');
      await claim(wire, 'widely');
      await claim(reprint, 'widely');
      await claim(undated, 'widely');
      await claim(anonymous, 'widely');
      await claim(wire, 'widely', 'retracted');
      await claim(herald, 'widely', 'superseded');
      // Only dead appearances but one, and the only live one is undated.
      await claim(anonymous, 'dying', 'retracted');
      await claim(undated, 'dying');
      await claim(withdrawn, 'dying');
      // Alone in its statement, in a copy; and never indexed at all.
      await claim(reprint, 'alone');
      await claim(herald, null);
      await claim(reprint, null);
    });
  }, 120_000);
  afterAll(() => t.close());

  for (const scope of ['every claim', 'one document'] as const) {
    it(`${scope}: first_seen_document and independent_sources, whatever the claim's state`, async () => {
      const query = { format: 'csv', includeRetracted: 'true', includeSuperseded: 'true' };
      const csv = await t.http
        .get('/api/claims/report')
        .query(scope === 'every claim' ? query : { ...query, documentId: await documentOf(claimIds[0]) })
        .expect(200);
      const records: Array<Record<string, string>> = parse(csv.text, { columns: true });
      expect(records.length).toBe(scope === 'every claim' ? claimIds.length : 3);
      const summaries = await trailSummaries(
        t.app.get(DataSource).manager,
        records.map((r) => r.claim_id),
      );
      expect(summaries.size).toBeGreaterThan(0);
      for (const record of records) {
        const summary = summaries.get(record.claim_id);
        expect({
          id: record.claim_id,
          first: record.first_seen_document,
          sources: record.independent_sources,
        }).toEqual({
          id: record.claim_id,
          first: summary?.firstSeenDocumentId ?? record.document_id,
          sources: String(summary?.independentSources ?? (record.copy_of ? 0 : 1)),
        });
      }
    });
  }

  const documentOf = async (claimId: string) =>
    (await t.http.get(`/api/claims/${claimId}`).expect(200)).body.documentId as string;
});
