import { ImportWorker } from '../src/imports/import-worker';
import { TRAIL_RULES_VERSION } from '../src/trail/trail-rules';
import { TrailRefreshService } from '../src/trail/trail-refresh.service';
import { TrailService } from '../src/trail/trail.service';
import { bearer, mintKey } from './support/keys';
import { startTestApp, TestApp } from './support/test-app';
import { withClient } from './support/test-database';
import { INDEPENDENT_REPORT, WIRE_ORIGINAL, WIRE_REPRINT } from './support/trail-stories';

// What the trail stores that its rules compute, as the superuser reads it.
const STORED = `
  SELECT json_build_object(
    'claims', (SELECT json_agg(json_build_array(claim_id, speaker_key, stems, numbers, negated, denial, correction,
                                                figure_words) ORDER BY claim_id) FROM trail_claims),
    'terms', (SELECT json_agg(json_build_array(term, claim_id) ORDER BY term, claim_id) FROM trail_terms),
    'names', (SELECT json_agg(json_build_array(document_id, entities) ORDER BY document_id) FROM document_fingerprints)
  ) AS stored`;

describe('trail rules refresh (rows an earlier version of the trail rules stored)', () => {
  let t: TestApp;
  let fc: Record<string, string>;
  let fresh: unknown;
  let repeated: { claimId: string; documents: string[] };

  const stored = () =>
    withClient(t.superuserUrl, async (c) => (await c.query(STORED)).rows[0].stored as unknown);
  const rules = () =>
    withClient(
      t.superuserUrl,
      async (c) => (await c.query(`SELECT version, refreshed_through AS "through" FROM trail_rules`)).rows[0],
    );
  const trailOf = async (claimId: string) =>
    (await t.http.get(`/api/claims/${claimId}/trail`).expect(200)).body.items.map(
      (i: { documentId: string }) => i.documentId,
    );

  /**
   * The rows as rules that read less would have stored them: no figures or polarity, an extra word (posted as a
   * term too), no names, one claim under another speaker key, the terms of every other claim missing.
   */
  const storeAsEarlierRules = () =>
    withClient(t.superuserUrl, async (c) => {
      await c.query(`UPDATE trail_claims SET stems = array_append(stems, 'obsolet'), numbers = '{}',
                       figure_words = '{}', negated = false, denial = false`);
      await c.query(`DELETE FROM trail_terms WHERE claim_id IN (
                       SELECT claim_id FROM trail_claims ORDER BY claim_id OFFSET 1)`);
      await c.query(`INSERT INTO trail_terms (term, claim_id)
                     SELECT 'obsolet', claim_id FROM trail_claims WHERE kind = 'attributed' ON CONFLICT DO NOTHING`);
      await c.query(`UPDATE document_fingerprints SET entities = '{}'`);
      await c.query(`UPDATE trail_claims SET speaker_key = 'an earlier key' WHERE claim_id = $1`, [
        repeated.claimId,
      ]);
      await c.query(`UPDATE trail_rules SET version = 'earlier', refreshed_through = NULL`);
    });

  beforeAll(async () => {
    t = await startTestApp();
    fc = bearer(await mintKey(t, 'factchecker'));
    const ids: string[] = [];
    for (const doc of [WIRE_ORIGINAL, WIRE_REPRINT, INDEPENDENT_REPORT])
      ids.push((await t.http.post('/api/documents').set(fc).send(doc).expect(201)).body.id);
    // The mayor's fare, repeated by the reprint and the independent report: a trail of three documents.
    const claims = (await t.http.get(`/api/claims?documentId=${ids[0]}&limit=100`).expect(200)).body
      .items as Array<{
      id: string;
      text: string;
    }>;
    const claimId = claims.find((c) => c.text.includes('$3.40'))!.id;
    repeated = { claimId, documents: await trailOf(claimId) };
    expect(repeated.documents).toHaveLength(3);
    fresh = await stored();
  });
  afterAll(() => t.close());

  it("rows this code indexed are the current rules': the first refresh only records the version", async () => {
    // A database migrated before any worker ran cannot know which rules stored its rows.
    expect(await rules()).toEqual({ version: '', through: null });
    expect(await t.app.get(TrailRefreshService).refresh()).toBe(0);
    expect(await stored()).toEqual(fresh);
    expect(await rules()).toEqual({ version: TRAIL_RULES_VERSION, through: null });
  });

  it('trail reindex used to leave such rows as they were; the refresh makes them what the rules give now', async () => {
    await storeAsEarlierRules();
    const stale = await stored();
    expect(stale).not.toEqual(fresh);
    // Every document is indexed: reindexing alone finds nothing to do (the defect: it was the documented remedy).
    expect(await t.app.get(TrailService).reindex()).toBe(0);
    expect(await stored()).toEqual(stale);

    const changed = await t.app.get(TrailRefreshService).refresh(2);
    expect(changed).toBeGreaterThan(10);
    expect(await stored()).toEqual(fresh);
    expect(await rules()).toEqual({ version: TRAIL_RULES_VERSION, through: null });
    expect(await trailOf(repeated.claimId)).toEqual(repeated.documents);
    expect(await t.app.get(TrailRefreshService).refresh(2)).toBe(0);
  });

  it('a refresh stopped part way resumes after the last batch it committed', async () => {
    await storeAsEarlierRules();
    const refresh = t.app.get(TrailRefreshService);
    await expect(
      refresh.refresh(1, () => {
        throw new Error('stopped');
      }),
    ).rejects.toThrow('stopped');
    const part = await rules();
    expect(part.version).toBe('earlier');
    expect(part.through).not.toBeNull();
    const batches: number[] = [];
    await refresh.refresh(1, (n) => batches.push(n));
    // Two documents were left after the first (three documents, one a batch; the last batch finds none).
    expect(batches).toEqual([1, 2, 2]);
    expect(await stored()).toEqual(fresh);
  });

  it("a worker's start refreshes them", async () => {
    await storeAsEarlierRules();
    await t.app.get(ImportWorker).start();
    expect(await stored()).toEqual(fresh);
    expect((await rules()).version).toBe(TRAIL_RULES_VERSION);
  });
});
