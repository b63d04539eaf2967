import { parse } from 'csv-parse/sync';
import { REPORT_FORMATS } from '../src/exports/report-format';
import { bearer, mintKey } from './support/keys';
import { startTestApp, TestApp } from './support/test-app';
import { asText } from './support/text-body';
import { withClient } from './support/test-database';

// The API refuses such times, but rows written by an older version, a migration or plain SQL can hold them.
// Each is written as Date.prototype.toISOString writes it (ISO 8601's expanded years past 9999 and before
// year 1, 1 BC being year 0), the infinities as PostgreSQL names them.
const ODD = {
  bc: ['0044-03-15 12:00:00.250+00 BC', '-000043-03-15T12:00:00.250Z'],
  oneBc: ['0001-12-31 23:59:59.999+00 BC', '0000-12-31T23:59:59.999Z'],
  past9999: ['10000-01-01 00:00:00+00', '+010000-01-01T00:00:00.000Z'],
  infinity: ['infinity', 'infinity'],
  minusInfinity: ['-infinity', '-infinity'],
  // Past the last time JavaScript's Date holds (275760-09-13): PostgreSQL keeps it, a report says infinity.
  pastDate: ['280000-01-01 00:00:00+00', 'infinity'],
} as const;
const stored = (name: keyof typeof ODD) => ODD[name][0];
const written = (name: keyof typeof ODD) => ODD[name][1];

describe('reports of rows holding times the API refuses (BC, past 9999, infinities)', () => {
  let t: TestApp;
  let documentId: string;
  let claimIds: string[];

  const report = (format: string) =>
    t.http
      .get(`/api/documents/${documentId}/report`)
      .query({ format, includeRetracted: 'true', includeSuperseded: 'true' })
      .buffer(true)
      .parse(asText)
      .expect(200);

  beforeAll(async () => {
    t = await startTestApp();
    const key = await mintKey(t, 'factchecker', 'Jane Checker');
    const created = await t.http
      .post('/api/documents')
      .set(bearer(key))
      .send({
        title: 'Depot plan',
        text:
          'Transport director Nadia Okafor said the depot would cut waiting times by a third. ' +
          '"We have waited long enough for this," she told reporters. ' +
          'The depot would be built on land once used by a brewery.',
        publisher: 'Valley Courier',
        url: 'https://courier.example/depot',
        publishedAt: '2026-03-04T09:30:00.000Z',
      })
      .expect(201);
    documentId = created.body.id;
    const claims = (await t.http.get(`/api/documents/${documentId}/claims`).expect(200)).body.items;
    claimIds = claims.map((c: { id: string }) => c.id);
    expect(claimIds.length).toBeGreaterThanOrEqual(3);
    const [first] = claimIds;
    await t.http
      .post(`/api/claims/${first}/reviews`)
      .set(bearer(key))
      .send({ verdict: 'mixed', rationale: 'Timetables disagree' })
      .expect(201);
    await t.http
      .post(`/api/claims/${first}/evidence`)
      .set(bearer(key))
      .send({ stance: 'corroborates', url: 'https://transit.example/t', title: 'Timetables' })
      .expect(201);
    await withClient(t.superuserUrl, async (client) => {
      await client.query(
        `UPDATE documents SET published_at = $2, retrieved_at = $3, created_at = $4 WHERE id = $1`,
        [documentId, stored('bc'), stored('infinity'), stored('oneBc')],
      );
      const [a, b, c] = claimIds;
      await client.query(`UPDATE claims SET created_at = $2, updated_at = $3 WHERE id = $1`, [
        a,
        stored('past9999'),
        stored('minusInfinity'),
      ]);
      await client.query(
        `UPDATE claims SET created_at = $2, updated_at = $3, retracted_at = $4, retraction_reason = 'Misquoted'
          WHERE id = $1`,
        [b, stored('infinity'), stored('pastDate'), stored('bc')],
      );
      await client.query(`UPDATE claims SET created_at = $2, superseded_at = $3 WHERE id = $1`, [
        c,
        stored('minusInfinity'),
        stored('infinity'),
      ]);
      await client.query(`UPDATE reviews SET created_at = $2 WHERE claim_id = $1`, [a, stored('infinity')]);
      await client.query(`UPDATE evidence_links SET created_at = $2, published_at = $3 WHERE claim_id = $1`, [
        a,
        stored('bc'),
        stored('past9999'),
      ]);
    });
  });
  afterAll(() => t.close());

  it('json: complete, parses, and writes each time as the REST API does', async () => {
    const res = await report('json');
    const body = JSON.parse(res.body);
    expect(body.claims).toHaveLength(Number(res.headers['x-total-count']));
    expect(body.claims.map((c: { id: string }) => c.id)).toEqual(claimIds);
    expect(body.documents[0]).toMatchObject({
      publishedAt: written('bc'),
      retrievedAt: written('infinity'),
      createdAt: written('oneBc'),
    });
    const [a, b, c] = body.claims;
    expect(a).toMatchObject({ createdAt: written('past9999'), updatedAt: written('minusInfinity') });
    expect(a.reviews[0].createdAt).toBe(written('infinity'));
    expect(a.evidence[0].createdAt).toBe(written('bc'));
    expect(a.evidence[0].source.publishedAt).toBe(written('past9999'));
    expect(b).toMatchObject({
      createdAt: written('infinity'),
      updatedAt: written('pastDate'),
      retractedAt: written('bc'),
      state: 'retracted',
    });
    expect(c).toMatchObject({
      createdAt: written('minusInfinity'),
      supersededAt: written('infinity'),
      state: 'superseded',
    });
    // One public shape: the report's claim is the REST API's, odd times included.
    for (const claim of body.claims) {
      const { apiUrl, readerUrl, reviews, evidence, ...shared } = claim;
      expect([apiUrl, readerUrl, reviews, evidence].every((v) => v !== undefined)).toBe(true);
      expect(shared).toEqual((await t.http.get(`/api/claims/${claim.id}`).expect(200)).body);
    }
    const restReviews = (await t.http.get(`/api/claims/${a.id}/reviews`).expect(200)).body.items;
    expect(a.reviews).toEqual(restReviews);
    const restEvidence = (await t.http.get(`/api/claims/${a.id}/evidence`).expect(200)).body.items;
    expect(a.evidence[0].source.publishedAt).toBe(restEvidence[0].source.publishedAt);
    expect(a.evidence[0].createdAt).toBe(restEvidence[0].createdAt);
  });

  it('csv: complete, parses, and writes each time as the JSON report does', async () => {
    const res = await report('csv');
    const rows: Array<Record<string, string>> = parse(res.body, { columns: true });
    expect(rows.map((r) => r.claim_id)).toEqual(claimIds);
    const [a, b, c] = rows;
    expect(a).toMatchObject({
      published_at: written('bc'),
      created_at: written('past9999'),
      reviewed_at: written('infinity'),
    });
    expect(b).toMatchObject({ created_at: written('infinity'), retracted_at: written('bc') });
    expect(c).toMatchObject({ created_at: written('minusInfinity'), superseded_at: written('infinity') });
  });

  it('every other format: complete, and well-formed where it is JSON', async () => {
    for (const format of REPORT_FORMATS.filter((f) => f !== 'json' && f !== 'csv')) {
      const res = await report(format);
      if (format === 'md') expect(res.body).toContain(written('bc').split('T')[0]);
      else if (format === 'html') expect(res.body.trimEnd().endsWith('</html>')).toBe(true);
      else JSON.parse(res.body);
      // Every claim (or for claimreview, the reviewed one) is there.
      const ids = format === 'claimreview' ? [claimIds[0]] : claimIds;
      for (const id of ids) expect(res.body).toContain(id);
    }
  });
});
