import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { AuditService } from '../src/audit/audit.service';
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

const verify = (t: TestApp, ...args: string[]) => runCli(['audit', 'verify', ...args], t.cliEnv);
const countEvents = (t: TestApp) =>
  withClient(t.superuserUrl, async (c) =>
    Number((await c.query('SELECT count(*) FROM audit_events')).rows[0].count),
  );

describe('the audit trail', () => {
  let t: TestApp;
  let eventCount: number;
  beforeAll(async () => {
    t = await startTestApp();
    await session(t);
    eventCount = await countEvents(t);
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

  it('`audit verify` exits 0 with the count and the head after a realistic session', async () => {
    const result = await verify(t);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`${eventCount} events verified`);
    const head = (await t.app.get(AuditService).head()).hash;
    expect(result.stdout).toContain(`head ${eventCount} ${head}`);
  });

  it('`audit checkpoint` prints the head as one JSON line to keep elsewhere', async () => {
    const result = await runCli(['audit', 'checkpoint'], t.cliEnv);
    expect(result.code).toBe(0);
    const last = await withClient(
      t.databaseUrl,
      async (c) => (await c.query('SELECT seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1')).rows[0],
    );
    expect(JSON.parse(result.stdout)).toEqual({
      seq: Number(last.seq),
      hash: last.hash,
      takenAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
    });
  });

  it('`audit verify --checkpoints` exits 0 while every kept checkpoint is still in the chain', async () => {
    const kept = await runCli(['audit', 'checkpoint'], t.cliEnv);
    expect(kept.code).toBe(0);
    const file = join(tmpdir(), `claimtrail-checkpoints-ok-${process.pid}-${Date.now()}.ndjson`);
    writeFileSync(file, kept.stdout);
    const fc = bearer(await mintKey(t, 'factchecker', 'after-checkpoint'));
    await t.http.post('/api/documents').set(fc).send(newArticle()).expect(201);
    const result = await verify(t, '--checkpoints', file);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/all 1 checkpoints held/);
  });

  it.each([
    ['UPDATE', `UPDATE audit_events SET action = 'nothing' WHERE seq = 1`],
    ['DELETE', `DELETE FROM audit_events WHERE seq = 1`],
    ['TRUNCATE', `TRUNCATE audit_events`],
  ])('the database refuses %s on the audit table, even for a superuser', async (_op, sql) => {
    await expect(withClient(t.superuserUrl, (c) => c.query(sql))).rejects.toThrow(/append-only/);
  });

  it('records every id in the case the database stores it, whatever case the routes were given', async () => {
    const admin = bearer(await mintKey(t, 'admin', 'upper-admin'));
    const fc = bearer(await mintKey(t, 'factchecker', 'upper-fc'));
    const up = (id: string) => id.toUpperCase();
    const [doc, other] = [
      (await t.http.post('/api/documents').set(fc).send(newArticle()).expect(201)).body,
      (await t.http.post('/api/documents').set(fc).send(newArticle()).expect(201)).body,
    ];
    const [first, second] = (await t.http.get(`/api/documents/${doc.id}/claims`).expect(200)).body.items;
    await t.http
      .patch(`/api/claims/${up(first.id)}`)
      .set(fc)
      .set('If-Match', `"${first.version}"`)
      .send({ cue: 'stated' })
      .expect(200);
    await t.http
      .post(`/api/claims/${up(first.id)}/evidence`)
      .set(fc)
      .send({ stance: 'context', url: 'https://records.example/upper' })
      .expect(201);
    await t.http
      .post(`/api/claims/${up(first.id)}/reviews`)
      .set(fc)
      .send({ verdict: 'mixed', rationale: 'Partly.' })
      .expect(201);
    await t.http
      .post(`/api/claims/${up(second.id)}/retract`)
      .set(fc)
      .send({ reason: 'Duplicate' })
      .expect(200);
    await t.http
      .post(`/api/documents/${up(other.id)}/extract`)
      .set(fc)
      .expect(200);
    await t.http
      .post(`/api/documents/${up(other.id)}/retract`)
      .set(fc)
      .send({ reason: 'Wrong feed' })
      .expect(200);
    const spare = (
      await t.http.post('/api/keys').set(admin).send({ name: 'spare', role: 'researcher' }).expect(201)
    ).body;
    await t.http
      .post(`/api/keys/${up(spare.id)}/revoke`)
      .set(admin)
      .expect(200);
    const speaker = first.speaker ?? second.speaker;
    await t.http
      .patch(`/api/speakers/${up(speaker.id)}`)
      .set(fc)
      .send({ role: 'Director' })
      .expect(200);

    const report = await t.app.get(AuditService).verifyChain();
    expect(report.breaks).toEqual([]);
    const ids = await withClient(t.databaseUrl, async (c) =>
      (await c.query(`SELECT DISTINCT entity_id FROM audit_events WHERE actor_name LIKE 'upper-%'`)).rows.map(
        (r) => r.entity_id as string,
      ),
    );
    expect(ids).toEqual(
      expect.arrayContaining(
        [first.id, second.id, other.id, spare.id, speaker.id].map((id) => id.toLowerCase()),
      ),
    );
    const result = await verify(t);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
  });

  it('names in each ingest event the claims and speakers its extraction created', async () => {
    const fc = bearer(await mintKey(t, 'factchecker', 'trace-fc'));
    // A surname no other test uses, so its speaker is new.
    const unique = `Nadia Brennick${String(Date.now()).replace(/\d/g, (d) => 'abcdefghij'[Number(d)])}`;
    const article = newArticle({
      text: `Harbour chief ${unique} said the quay would reopen in June. The quay was closed in April.`,
    });
    const doc = (await t.http.post('/api/documents').set(fc).send(article).expect(201)).body;
    const claims = (await t.http.get(`/api/documents/${doc.id}/claims`).expect(200)).body.items as Array<{
      id: string;
      speaker: { id: string; name: string } | null;
    }>;
    const created = (await t.http.get(`/api/documents/${doc.id}/history`).expect(200)).body.items[0];
    expect(created.action).toBe('create');
    expect([...created.changes.after.claimIds].sort()).toEqual(claims.map((c) => c.id).sort());
    const person = claims.find((c) => c.speaker?.name === unique)!.speaker!;
    expect(created.changes.after.speakerIds).toContain(person.id);
    // A claim's history and its speaker's begin where they came from: the extraction that created them.
    const claimHistory = (await t.http.get(`/api/claims/${claims[0].id}/history`).expect(200)).body.items;
    expect(claimHistory[0]).toMatchObject({ action: 'create', entityType: 'document', entityId: doc.id });
    const speakerHistory = (await t.http.get(`/api/speakers/${person.id}/history`).expect(200)).body.items;
    expect(speakerHistory[0]).toMatchObject({ action: 'create', entityType: 'document', entityId: doc.id });
  });
});

describe('`audit verify` on a tampered trail', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await startTestApp({ tampersWithAudit: true });
    await session(t);
  });
  afterEach(() => t.close());

  // As a superuser the test lifts the protection, as an attacker with full database access could.
  const tamper = (...statements: string[]) =>
    withClient(t.superuserUrl, async (c) => {
      await c.query('ALTER TABLE audit_events DISABLE TRIGGER audit_events_append_only');
      try {
        for (const sql of statements) await c.query(sql);
      } finally {
        await c.query('ALTER TABLE audit_events ENABLE TRIGGER audit_events_append_only');
      }
    });
  const checkpointFile = async () => {
    const result = await runCli(['audit', 'checkpoint'], t.cliEnv);
    expect(result.code).toBe(0);
    const file = join(tmpdir(), `claimtrail-checkpoints-${process.pid}-${Date.now()}.ndjson`);
    writeFileSync(file, `# kept outside the database\n${result.stdout}`);
    return { file, checkpoint: JSON.parse(result.stdout) as { seq: number; hash: string } };
  };

  it('lists every break, not just the first, and exits non-zero', async () => {
    await tamper(
      `UPDATE audit_events SET changes = '{"before": null, "after": {"forged": true}}' WHERE seq = 12`,
      `DELETE FROM audit_events WHERE seq = 7`,
    );
    const result = await verify(t);
    expect(result.code).toBe(3);
    expect(result.stderr).toMatch(/BROKEN at event 8: expected event 7 next: events are missing/);
    expect(result.stderr).toMatch(/BROKEN at event 12: its content does not match its hash/);
    expect(result.stderr).toMatch(/2 break\(s\)/);
  });

  it('detects an altered event whose own hash was recomputed, by the next event’s link', async () => {
    const row = await withClient(
      t.superuserUrl,
      async (c) => (await c.query('SELECT * FROM audit_events WHERE seq = 5')).rows[0],
    );
    const forged = eventHash({
      ...hashedContent(row),
      actor: { ...hashedContent(row).actor, name: 'someone-else' },
    });
    await tamper(`UPDATE audit_events SET actor_name = 'someone-else', hash = '${forged}' WHERE seq = 5`);
    const result = await verify(t);
    expect(result.code).toBe(3);
    expect(result.stderr).toMatch(/BROKEN at event 6: its previous hash does not match/);
  });

  it('detects the last events removed only against a checkpoint kept elsewhere', async () => {
    const { file, checkpoint } = await checkpointFile();
    await tamper(`DELETE FROM audit_events WHERE seq > ${checkpoint.seq - 3}`);
    // The chain alone still holds together: it simply ends earlier.
    expect((await t.app.get(AuditService).verifyChain()).breaks).toEqual([]);
    const result = await verify(t, '--checkpoints', file);
    expect(result.code).toBe(3);
    expect(result.stderr).toContain(
      `audit checkpoint ${checkpoint.seq} (${checkpoint.hash.slice(0, 12)}…) NOT in the chain: the chain ends at event ${checkpoint.seq - 3}`,
    );
  });

  it('detects an edited event with every later hash recomputed only against a checkpoint', async () => {
    const { file, checkpoint } = await checkpointFile();
    await rehashFrom(t.superuserUrl, 5, (row) => ({ ...row, actor_name: 'someone-else' }));
    expect((await t.app.get(AuditService).verifyChain()).breaks).toEqual([]);
    const result = await verify(t, '--checkpoints', file);
    expect(result.code).toBe(3);
    expect(result.stderr).toMatch(
      new RegExp(`checkpoint ${checkpoint.seq} .* NOT in the chain: .*rewritten`),
    );
  });
});

type AuditRow = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function hashedContent(row: AuditRow) {
  return {
    seq: Number(row.seq),
    prevHash: row.prev_hash as string,
    actor: {
      name: row.actor_name as string,
      role: row.actor_role as string,
      keyId: row.actor_key_id as string | null,
    },
    action: row.action as string,
    entityType: row.entity_type as string,
    entityId: row.entity_id as string,
    parent: row.parent_type ? { type: row.parent_type as string, id: row.parent_id as string } : null,
    changes: row.changes as unknown,
    at: (row.at as Date).toISOString(),
  };
}

// Rewrites history as an attacker with full access would: edits one event, then recomputes its hash and
// every later one, so the chain is consistent again.
async function rehashFrom(url: string, seq: number, edit: (row: AuditRow) => AuditRow) {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('BEGIN');
    await client.query('ALTER TABLE audit_events DISABLE TRIGGER audit_events_append_only');
    const { rows } = await client.query('SELECT * FROM audit_events WHERE seq >= $1 ORDER BY seq', [seq - 1]);
    let prevHash = rows[0].hash as string;
    for (const original of rows.slice(1)) {
      const row = { ...(Number(original.seq) === seq ? edit(original) : original), prev_hash: prevHash };
      const hash = eventHash(hashedContent(row));
      // The hash column is unique: park the old row's hash out of the way first.
      await client.query(`UPDATE audit_events SET hash = md5(hash) || md5(hash) WHERE seq = $1`, [row.seq]);
      await client.query(
        `UPDATE audit_events SET actor_name = $2, prev_hash = $3, hash = $4 WHERE seq = $1`,
        [row.seq, row.actor_name, prevHash, hash],
      );
      prevHash = hash;
    }
    await client.query('ALTER TABLE audit_events ENABLE TRIGGER audit_events_append_only');
    await client.query('COMMIT');
  } finally {
    await client.end();
  }
}
