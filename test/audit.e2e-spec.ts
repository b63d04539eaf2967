import { eventHash } from '../src/audit/audit-hash';
import { runCli } from './support/cli-process';
import { newArticle } from './support/factories';
import { bearer, mintKey } from './support/keys';
import { startTestApp, TestApp } from './support/test-app';
import { withClient } from './support/test-database';

/** A realistic session: documents posted, claims added, edited, evidenced, reviewed, retracted, speakers merged. */
async function session(t: TestApp) {
  const admin = bearer(await mintKey(t, 'admin', 'chief'));
  const fc = bearer(await mintKey(t, 'factchecker', 'ana'));
  const docs = [];
  for (let i = 0; i < 3; i++)
    docs.push((await t.http.post('/api/documents').set(fc).send(newArticle()).expect(201)).body);
  const claims = (await t.http.get(`/api/documents/${docs[0].id}/claims`).expect(200)).body.items;
  const manual = (
    await t.http
      .post('/api/claims')
      .set(fc)
      .send({
        documentId: docs[1].id,
        kind: 'attributed',
        start: 0,
        end: 20,
        speaker: { name: 'Lena Hoff', kind: 'person' },
      })
      .expect(201)
  ).body;
  const dup = (
    await t.http
      .post('/api/claims')
      .set(fc)
      .send({
        documentId: docs[2].id,
        kind: 'attributed',
        start: 0,
        end: 20,
        speaker: { name: 'L. Hoff', kind: 'person' },
      })
      .expect(201)
  ).body;
  await t.http
    .patch(`/api/claims/${claims[0].id}`)
    .set(fc)
    .set('If-Match', `"${claims[0].version}"`)
    .send({ cue: 'told' })
    .expect(200);
  // Concurrent writers must extend one chain, never fork it.
  await Promise.all(
    [1, 2, 3, 4, 5].map((i) =>
      t.http
        .post(`/api/claims/${manual.id}/evidence`)
        .set(fc)
        .send({ stance: 'corroborates', url: `https://s${i}.example` })
        .expect(201),
    ),
  );
  await t.http
    .post(`/api/claims/${manual.id}/reviews`)
    .set(fc)
    .send({ verdict: 'mixed', rationale: 'Partly.' })
    .expect(201);
  await t.http
    .post(`/api/claims/${manual.id}/reviews`)
    .set(admin)
    .send({ verdict: 'true', rationale: 'Confirmed.' })
    .expect(201);
  await t.http
    .post(`/api/speakers/${dup.speaker.id}/merge`)
    .set(admin)
    .send({ into: manual.speaker.id })
    .expect(200);
  await t.http
    .post(`/api/claims/${claims[1].id}/retract`)
    .set(fc)
    .send({ reason: 'Not a claim' })
    .expect(200);
  await t.http
    .post(`/api/documents/${docs[2].id}/retract`)
    .set(fc)
    .send({ reason: 'Duplicate wire copy' })
    .expect(200);
  return { manual };
}

const verify = (t: TestApp) => runCli(['audit', 'verify'], { DATABASE_URL: t.databaseUrl });

describe('the audit trail', () => {
  let t: TestApp;
  let eventCount: number;
  beforeAll(async () => {
    t = await startTestApp();
    await session(t);
    eventCount = await withClient(t.databaseUrl, async (c) =>
      Number((await c.query('SELECT count(*) FROM audit_events')).rows[0].count),
    );
  });
  afterAll(() => t.close());

  it('chains every event to the one before, with contiguous sequence numbers', async () => {
    const rows = await withClient(
      t.databaseUrl,
      async (c) => (await c.query('SELECT seq, prev_hash, hash FROM audit_events ORDER BY seq')).rows,
    );
    expect(rows.length).toBeGreaterThan(20);
    rows.forEach((row, i) => {
      expect(Number(row.seq)).toBe(i + 1);
      expect(row.prev_hash).toBe(i === 0 ? '0'.repeat(64) : rows[i - 1].hash);
    });
  });

  it('`audit verify` exits 0 with the count after a realistic session', async () => {
    const result = await verify(t);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`${eventCount} events verified`);
  });

  it.each([
    ['UPDATE', `UPDATE audit_events SET action = 'nothing' WHERE seq = 1`],
    ['DELETE', `DELETE FROM audit_events WHERE seq = 1`],
    ['TRUNCATE', `TRUNCATE audit_events`],
  ])('the database refuses %s on the audit table, even for a superuser', async (_op, sql) => {
    await expect(withClient(t.databaseUrl, (c) => c.query(sql))).rejects.toThrow(/append-only/);
  });
});

describe('`audit verify` on a tampered trail', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await startTestApp();
    await session(t);
  });
  afterEach(() => t.close());

  // As a superuser the test lifts the protection, as an attacker with database access could.
  const tamper = (sql: string) =>
    withClient(t.databaseUrl, async (c) => {
      await c.query('ALTER TABLE audit_events DISABLE TRIGGER audit_events_append_only');
      try {
        await c.query(sql);
      } finally {
        await c.query('ALTER TABLE audit_events ENABLE TRIGGER audit_events_append_only');
      }
    });

  it('names the first event whose content was altered and exits non-zero', async () => {
    await tamper(
      `UPDATE audit_events SET changes = '{"before": null, "after": {"forged": true}}' WHERE seq = 12`,
    );
    const result = await verify(t);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/BROKEN at event 12: its content does not match its hash/);
  });

  it('detects an altered event whose own hash was recomputed, by the next event’s link', async () => {
    const forged = await withClient(t.databaseUrl, async (c) => {
      const row = (await c.query('SELECT * FROM audit_events WHERE seq = 5')).rows[0];
      return eventHash({
        seq: 5,
        prevHash: row.prev_hash,
        actor: { name: 'someone-else', role: row.actor_role, keyId: row.actor_key_id },
        action: row.action,
        entityType: row.entity_type,
        entityId: row.entity_id,
        parent: row.parent_type ? { type: row.parent_type, id: row.parent_id } : null,
        changes: row.changes,
        at: row.at.toISOString(),
      });
    });
    await tamper(`UPDATE audit_events SET actor_name = 'someone-else', hash = '${forged}' WHERE seq = 5`);
    const result = await verify(t);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/BROKEN at event 6: its previous hash does not match/);
  });

  it('detects a removed event', async () => {
    await tamper(`DELETE FROM audit_events WHERE seq = 7`);
    const result = await verify(t);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/BROKEN at event 8: expected event 7 next/);
  });
});
