import fc from 'fast-check';
import { sourcingProfile } from '../src/claims/sourcing-profile';
import { startTestApp, TestApp } from './support/test-app';
import { asText } from './support/text-body';
import { withClient } from './support/test-database';

// Reports sum a document's sourcing profile in SQL (src/exports/report-reader.ts), the reader's page in Node
// (sourcingProfile): held together here over overlapping, nested and out-of-text claims of every source.
const TEXT_LENGTH = 60;
const claim = fc.record({
  start: fc.integer({ min: 0, max: TEXT_LENGTH + 5 }),
  length: fc.integer({ min: 1, max: 25 }),
  source: fc.constantFrom('editorial', 'person', 'unnamed-group', 'none'),
  superseded: fc.boolean(),
});
// Two claims with the same span and different sources have no order to go by: spans are kept distinct. The first
// document has two claims from the same start, which count in order of their ends.
const documents = [
  [
    { start: 0, length: 20, source: 'editorial', superseded: false },
    { start: 0, length: 10, source: 'person', superseded: false },
  ],
  ...fc.sample(
    fc.uniqueArray(claim, { minLength: 0, maxLength: 12, selector: (c) => `${c.start}-${c.length}` }),
    { numRuns: 25, seed: 20261201 },
  ),
];

describe('the reports’ sourcing profile, summed in SQL, is sourcingProfile’s', () => {
  let t: TestApp;
  const ids: string[] = [];

  beforeAll(async () => {
    t = await startTestApp();
    await withClient(t.databaseUrl, async (client) => {
      const speakers = await client.query(
        `INSERT INTO speakers (name, name_key, kind) VALUES ('Ada', 'ada', 'person'), ('Observers', 'observers', 'unnamed-group')
         RETURNING id, kind`,
      );
      const speakerOf = (kind: string) => speakers.rows.find((s) => s.kind === kind)?.id ?? null;
      for (const [n, claims] of documents.entries()) {
        const { rows } = await client.query(
          `INSERT INTO documents (title, text, content_hash) VALUES ($1, repeat('é', ${TEXT_LENGTH}), md5($1) || md5($1))
           RETURNING id`,
          [`Profile ${n}`],
        );
        ids.push(rows[0].id);
        for (const c of claims) {
          await client.query(
            `INSERT INTO claims (document_id, kind, text, start_offset, end_offset, speaker_id, quote_type, origin,
                                 extractor_version, superseded_at)
             VALUES ($1, $2, 'x', $3, $4, $5, 'none', 'extraction', 'p-1', $6)`,
            [
              rows[0].id,
              c.source === 'editorial' ? 'editorial' : 'attributed',
              c.start,
              c.start + c.length,
              speakerOf(c.source),
              c.superseded ? new Date() : null,
            ],
          );
        }
      }
    });
  });
  afterAll(() => t.close());

  it('equals sourcingProfile over the same current claims, for every document', async () => {
    const res = await t.http
      .get('/api/claims/report')
      .query({ format: 'json' })
      .buffer(true)
      .parse(asText)
      .expect(200);
    const reported = new Map<string, unknown>(
      JSON.parse(res.body).documents.map((d: { id: string; sourcingProfile: unknown }) => [
        d.id,
        d.sourcingProfile,
      ]),
    );
    const checked = documents.filter((claims) => claims.some((c) => !c.superseded));
    expect(checked.length).toBeGreaterThan(10);
    for (const [n, claims] of documents.entries()) {
      const current = claims.filter((c) => !c.superseded);
      if (current.length === 0) continue;
      const expected = sourcingProfile(
        TEXT_LENGTH,
        current.map((c) => ({
          kind: c.source === 'editorial' ? 'editorial' : 'attributed',
          start: c.start,
          end: c.start + c.length,
          speakerKind:
            c.source === 'person' ? 'person' : c.source === 'unnamed-group' ? 'unnamed-group' : null,
        })),
      );
      expect(reported.get(ids[n])).toEqual(expected);
    }
  });
});
