import { parse } from 'csv-parse/sync';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { SYSTEM_ACTOR } from '../src/auth/roles';
import { documentEntities } from '../src/trail/entities';
import { MIN_SHARED, shingles } from '../src/trail/shingles';
import { statementFeatures } from '../src/trail/statement';
import { fingerprintAndOverlapsMany, MAX_POSTINGS } from '../src/trail/syndication.queries';
import { TRAIL_LOCK } from '../src/trail/trail.queries';
import { TrailService } from '../src/trail/trail.service';
import { bearer, mintKey } from './support/keys';
import { startTestApp, TestApp } from './support/test-app';
import {
  INDEPENDENT_REPORT,
  PLANT_ORIGINAL,
  PLANT_REPRINT,
  WIRE_ORIGINAL,
  WIRE_REPRINT,
} from './support/trail-stories';

interface ClaimRow {
  id: string;
  text: string;
  cue: string | null;
  documentId: string;
  start: number;
  end: number;
}
interface Suggestion {
  id: string;
  stance: string;
  claimId: string;
  documentId: string;
  score: number;
  reasons: string[];
}
interface HistoryEvent {
  action: string;
  entityType: string;
  entityId: string;
  actor: { name: string };
  changes: { before: Record<string, unknown> | null; after: Record<string, unknown> | null };
}

const MISSING = '00000000-0000-4000-8000-000000000000';

describe('claim trail', () => {
  let t: TestApp;
  let fc: Record<string, string>;
  // The ferry story, stored in publication order once for the specs that read it.
  let original: { id: string; copyOf: string | null };
  let reprint: { id: string; copyOf: string | null };
  let independent: { id: string; copyOf: string | null };

  const post = async (doc: object) => {
    const res = await t.http.post('/api/documents').set(fc).send(doc).expect(201);
    return res.body as { id: string; copyOf: string | null };
  };
  const claimsOf = async (documentId: string): Promise<ClaimRow[]> =>
    (await t.http.get(`/api/claims?documentId=${documentId}&limit=100`).expect(200)).body.items;
  const claimWith = async (documentId: string, fragment: string) => {
    const found = (await claimsOf(documentId)).find((c) => c.text.includes(fragment));
    if (!found) throw new Error(`no claim with "${fragment}" in ${documentId}`);
    return found;
  };
  const suggestionsOf = async (claimId: string): Promise<Suggestion[]> =>
    (await t.http.get(`/api/claims/${claimId}/suggestions`).expect(200)).body.items;
  const history = async (type: string, id: string): Promise<HistoryEvent[]> =>
    (await t.http.get(`/api/${type}/${id}/history`).expect(200)).body.items;

  beforeAll(async () => {
    t = await startTestApp();
    fc = bearer(await mintKey(t, 'factchecker', 'fc.trail'));
    original = await post(WIRE_ORIGINAL);
    reprint = await post(WIRE_REPRINT);
    independent = await post(INDEPENDENT_REPORT);
  });
  afterAll(() => t.close());

  describe('syndication', () => {
    it('marks a reprint with a new headline and a local paragraph as a copy of the original', async () => {
      expect(original.copyOf).toBeNull();
      expect(reprint.copyOf).toBe(original.id);
      expect(independent.copyOf).toBeNull();
      expect((await t.http.get(`/api/documents/${reprint.id}`).expect(200)).body.copyOf).toBe(original.id);
      const copies = await t.http.get(`/api/documents/${original.id}/copies`).expect(200);
      expect(copies.body.items).toEqual([
        {
          id: reprint.id,
          title: WIRE_REPRINT.title,
          publisher: 'Island Gazette',
          publishedAt: WIRE_REPRINT.publishedAt,
        },
      ]);
      expect((await t.http.get(`/api/documents/${reprint.id}/copies`).expect(200)).body.items).toEqual([]);
      const created = (await history('documents', reprint.id)).find((e) => e.action === 'create')!;
      expect(created.changes.after).toMatchObject({ copyOf: original.id });
    });

    it('points a copy stored first at the earlier original stored after it, audited', async () => {
      const copy = await post(PLANT_REPRINT);
      expect(copy.copyOf).toBeNull();
      const source = await post(PLANT_ORIGINAL);
      expect(source.copyOf).toBeNull();
      expect((await t.http.get(`/api/documents/${copy.id}`).expect(200)).body.copyOf).toBe(source.id);
      const copies = (await t.http.get(`/api/documents/${source.id}/copies`).expect(200)).body.items;
      expect(copies.map((c: { id: string }) => c.id)).toEqual([copy.id]);
      const update = (await history('documents', copy.id)).find((e) => e.action === 'update')!;
      expect(update.changes).toEqual({ before: { copyOf: null }, after: { copyOf: source.id } });

      // The trail follows publication time, not storage order.
      const quote = await claimWith(copy.id, '140 jobs');
      const trail = (await t.http.get(`/api/claims/${quote.id}/trail`).expect(200)).body;
      expect(trail.first.documentId).toBe(source.id);
      expect(trail.items.map((i: { relation: string }) => i.relation)).toEqual(['origin', 'copy']);
      expect(trail.independentSources).toBe(1);
    });

    it(`finds the original of a story reprinted by more outlets than a shingle's ${MAX_POSTINGS} postings`, async () => {
      const story = [
        'The regional rail operator will replace its entire diesel fleet with battery trains by 2031, its chief executive announced on Monday.',
        'The first twelve units are due to enter service on the coastal line next autumn after trials in the hill country.',
        'Engineers said the batteries would recharge under short stretches of overhead wire at three junction stations.',
        'The order, worth about 900 million euros, went to a consortium of two manufacturers after a tender that lasted eighteen months.',
        'Passenger groups welcomed the plan but asked for earlier trains on the branch lines that lost services in the spring.',
        'Unions said drivers would be retrained on full pay during the changeover.',
      ].join(' ');
      const wire = await post({
        title: 'Battery trains ordered',
        publisher: 'Rail Wire',
        publishedAt: '2026-05-01T06:00:00.000Z',
        text: story,
      });
      const reprints: Array<{ id: string; copyOf: string | null }> = [];
      for (let i = 0; i < MAX_POSTINGS + 6; i++) {
        reprints.push(
          await post({
            title: `Battery trains for town ${i}`,
            publisher: `Town ${i} Courier`,
            publishedAt: '2026-05-01T09:00:00.000Z',
            text: `${story} Local councillors in town ${i} will discuss the timetable on Thursday.`,
          }),
        );
      }
      expect(reprints.map((r) => r.copyOf)).toEqual(reprints.map(() => wire.id));
      // Only the original posts its shingles: the copies are found through it.
      const posted = await withClient(
        t.superuserUrl,
        async (c) =>
          (
            await c.query(`SELECT count(*)::int AS n FROM document_shingles WHERE document_id = ANY($1)`, [
              reprints.map((r) => r.id),
            ])
          ).rows[0].n,
      );
      expect(posted).toBe(0);
    });

    it(`posts a shingle no more once more than ${MAX_POSTINGS} documents did: no probe counts it again`, async () => {
      // A sentence every document quotes, in stories that are not copies of each other.
      const common =
        'Officials from the lighthouse preservation trust said volunteers would repaint the tower before the summer festival.';
      const stories: Array<{ id: string; copyOf: string | null }> = [];
      for (let i = 0; i < MAX_POSTINGS + 6; i++) {
        stories.push(
          await post({
            title: `Ward ${i} budget`,
            publisher: `Ward ${i} News`,
            text: `Council ${i} met on day ${i} and heard that budget ${i} would cover road ${i}, school ${i}, park ${i}, library ${i} and bus ${i} routes in ward ${i}. ${common}`,
          }),
        );
      }
      expect(stories.map((s) => s.copyOf)).toEqual(stories.map(() => null));
      const postings = await withClient(
        t.superuserUrl,
        async (c) =>
          (
            await c.query(
              `SELECT shingle, count(*)::int AS n FROM document_shingles WHERE shingle = ANY($1) GROUP BY shingle`,
              [shingles(common)],
            )
          ).rows,
      );
      // The first MAX_POSTINGS + 1 documents posted it; the later ones found it common.
      expect(postings).toEqual(shingles(common).map(() => expect.objectContaining({ n: MAX_POSTINGS + 1 })));
      expect(postings).toHaveLength(shingles(common).length);
      // The probe that found it common listed it, so later probes skip its postings.
      const listed = await withClient(
        t.superuserUrl,
        async (c) =>
          (
            await c.query(`SELECT shingle FROM common_shingles WHERE shingle = ANY($1) ORDER BY shingle`, [
              shingles(common),
            ])
          ).rows,
      );
      expect(listed.map((r: { shingle: number }) => r.shingle)).toEqual(
        shingles(common).sort((a, b) => a - b),
      );
    });

    it('neither counts nor posts a shingle listed as common, whatever its postings', async () => {
      const story = [
        'The harbour board approved a new breakwater for the fishing quay after two winters of storm damage.',
        'Work on the 300 metre wall is due to begin in March and last about fourteen months, the board said.',
        'Skippers said the quay had lost four moorings since the last storm and that insurance had doubled.',
      ].join(' ');
      const first = await post({ title: 'Breakwater approved', publisher: 'Quay Post', text: story });
      // Listed as common (as a probe does once more than MAX_POSTINGS documents posted them), the story's
      // shingles are no longer evidence: its reprint is not found through them, and posts none of them.
      await withClient(t.superuserUrl, (c) =>
        c.query(`INSERT INTO common_shingles (shingle) SELECT unnest($1::int[]) ON CONFLICT DO NOTHING`, [
          shingles(story),
        ]),
      );
      const reprint = await post({
        title: 'Quay to get breakwater',
        publisher: 'Coast Daily',
        text: `${story} The board will publish the contractor's name once the tender closes in January.`,
      });
      expect(reprint.copyOf).toBeNull();
      expect(first.copyOf).toBeNull();
      const posted = await withClient(
        t.superuserUrl,
        async (c) =>
          (
            await c.query(
              `SELECT count(*)::int AS n FROM document_shingles WHERE document_id = $1 AND shingle = ANY($2)`,
              [reprint.id, shingles(story)],
            )
          ).rows[0].n,
      );
      expect(posted).toBe(0);
    });

    it('counts a stored document sharing just enough shingles, all of them the largest of the new one', async () => {
      // The probe counts a pair only when it has MIN_SHARED postings among the new document's smallest
      // (countable - minShared + MIN_SHARED) shingles: the least a document sharing minShared can have there.
      // Stored documents posting 25 of its shingles (the largest), 24 of them, and the other 75; and the new one.
      const docs: Array<{ id: string }> = [];
      for (const name of ['edge', 'below', 'rest', 'fresh'])
        docs.push(await post({ title: name, publisher: name, text: `The ${name} council met on Monday.` }));
      // 100 shingles no text has (a sampled shingle's hash is a multiple of 4), in ascending order.
      const mine = Array.from({ length: 100 }, (_, i) => 4 * i + 1);
      const posts = [
        { id: docs[0].id, shingles: mine.slice(75) },
        { id: docs[1].id, shingles: mine.slice(76) },
        { id: docs[2].id, shingles: mine.slice(0, 75) },
      ];
      await withClient(t.superuserUrl, async (c) => {
        for (const { id, shingles } of posts)
          await c.query(
            `INSERT INTO document_shingles (shingle, document_id) SELECT unnest($1::int[]), $2::uuid`,
            [shingles, id],
          );
        await c.query(`DELETE FROM document_fingerprints WHERE document_id = $1`, [docs[3].id]);
      });
      const { byDocument } = await t.app
        .get(DataSource)
        .transaction((em) =>
          fingerprintAndOverlapsMany(
            em,
            [{ documentId: docs[3].id, shingles: mine, entities: [], minShared: 25 }],
            MIN_SHARED,
          ),
        );
      const found = (byDocument.get(docs[3].id) ?? []).map((o) => [o.id, o.shared]);
      expect(found.sort()).toEqual(
        [
          [docs[0].id, 25],
          [docs[2].id, 75],
        ].sort(),
      );
    });

    it('writes a batch’s copyOf changes in one statement, a copy of the batch following its original to an earlier one', async () => {
      const story = [
        'The county will reopen the old quarry road to lorries from March, its highways committee decided on Tuesday.',
        'Residents of the three villages along the road had asked for a weight limit after two collisions last winter.',
        'The committee said a limit would push the traffic onto narrower lanes past the primary school instead.',
        'Hauliers will pay for new passing places and a footpath between the church and the village hall.',
        'A councillor who voted against the plan said the footpath should have been built before the road reopened.',
        'Work on the passing places is due to start in January and last about ten weeks.',
      ].join(' ');
      // A stored original (10:00); then, stored but not indexed, a copy of it (14:00) and the text published
      // earlier (06:00) and earlier still (03:00): indexed as one batch, the copy is first found to copy the
      // stored one, then every one turns out to copy the earliest.
      const stored = await post({
        title: 'Quarry road to reopen',
        publisher: 'Vale Times',
        publishedAt: '2026-07-01T10:00:00.000Z',
        text: `${story} The Vale Times asked the haulage firms for comment.`,
      });
      // A stored copy of it, which follows it too.
      const storedCopy = await post({
        title: 'Quarry road plan',
        publisher: 'Hill Post',
        publishedAt: '2026-07-01T12:00:00.000Z',
        text: `${story} The Hill Post will follow the debate.`,
      });
      expect(storedCopy.copyOf).toBe(stored.id);
      const insert = (title: string, publishedAt: string, text: string) =>
        withClient(t.superuserUrl, async (c) => {
          const { rows } = await c.query(
            `INSERT INTO documents (title, text, content_hash, publisher, published_at)
             VALUES ($1, $2, md5($2) || md5($1), $1, $3) RETURNING id`,
            [title, text, publishedAt],
          );
          return rows[0].id as string;
        });
      const copy = await insert(
        'Quarry Courier',
        '2026-07-01T14:00:00.000Z',
        `${story} Local drivers will be consulted.`,
      );
      const earlier = await insert('Highways Bulletin', '2026-07-01T06:00:00.000Z', story);
      const earliest = await insert('County Wire', '2026-07-01T03:00:00.000Z', `${story} More follows.`);
      const updates = await t.app.get(DataSource).transaction(async (em) => {
        const query = jest.spyOn(em, 'query');
        await t.app.get(TrailService).indexDocuments(em, [copy, earlier, earliest]);
        const statements = query.mock.calls.map(([sql]) => sql);
        return {
          writes: statements.filter((sql) => /^\s*UPDATE documents\b/.test(sql)).length,
          copyReads: statements.filter((sql) => /WHERE copy_of_id = ANY/.test(sql)).length,
        };
      });
      const copyOf = async (id: string) =>
        (await t.http.get(`/api/documents/${id}`).expect(200)).body.copyOf as string | null;
      expect([
        await copyOf(stored.id),
        await copyOf(storedCopy.id),
        await copyOf(copy),
        await copyOf(earlier),
        await copyOf(earliest),
      ]).toEqual([earliest, earliest, earliest, earliest, null]);
      expect(updates).toEqual({ writes: 1, copyReads: 1 });
    });

    it('answers 404 for an unknown document and 400 for a malformed id', async () => {
      await t.http.get(`/api/documents/${MISSING}/copies`).expect(404);
      await t.http.get('/api/documents/not-a-uuid/copies').expect(400);
    });
  });

  describe('GET /api/claims/:id/trail', () => {
    it('keys a body named only by what it is with its dateline, one written under a heading in capitals too', async () => {
      const heading = 'FLOOD WARNING\nSALTMARSH — ';
      const said = 'The county fire service said 120 homes in the lower town had been evacuated by noon.';
      const wire = await post({
        title: 'Saltmarsh homes evacuated',
        publisher: 'Estuary Wire',
        publishedAt: '2026-03-02T08:00:00.000Z',
        text: `${heading}Rising water forced families out of the lower town on Monday.\n\n${said}`,
      });
      const repeat = await post({
        title: 'Fire service evacuates Saltmarsh homes',
        publisher: 'Saltmarsh Echo',
        publishedAt: '2026-03-02T12:00:00.000Z',
        text: `SALTMARSH — Water reached the harbour wall by mid-morning.\n\n${said}`,
      });
      const elsewhere = await post({
        title: 'Brinkley homes evacuated',
        publisher: 'Estuary Wire',
        publishedAt: '2026-03-02T09:00:00.000Z',
        text: `BRINKLEY — A burst bank flooded the mill district on Monday.\n\n${said}`,
      });
      const asked = await claimWith(repeat.id, '120 homes');
      const documents = (await t.http.get(`/api/claims/${asked.id}/trail`).expect(200)).body.items.map(
        (i: { documentId: string }) => i.documentId,
      );
      expect(documents).toEqual([wire.id, repeat.id]);
      expect(documents).not.toContain(elsewhere.id);
    });

    it('lists every appearance of a statement by its speaker, first appearance first', async () => {
      const asked = await claimWith(reprint.id, '$3.40');
      const trail = (await t.http.get(`/api/claims/${asked.id}/trail`).expect(200)).body;
      const first = await claimWith(original.id, '$3.40');
      const paraphrase = await claimWith(independent.id, 'adult crossing would remain');
      expect(trail).toEqual({
        items: [
          {
            claimId: first.id,
            documentId: original.id,
            publisher: 'Coastal Wire',
            publishedAt: WIRE_ORIGINAL.publishedAt,
            relation: 'origin',
            independent: true,
          },
          {
            claimId: asked.id,
            documentId: reprint.id,
            publisher: 'Island Gazette',
            publishedAt: WIRE_REPRINT.publishedAt,
            relation: 'copy',
            independent: false,
          },
          {
            claimId: paraphrase.id,
            documentId: independent.id,
            publisher: 'Mainland Herald',
            publishedAt: INDEPENDENT_REPORT.publishedAt,
            relation: 'repeat',
            independent: true,
          },
        ],
        first: { claimId: first.id, documentId: original.id },
        independentSources: 2,
      });
    });

    it('keeps apart what the same speaker said about something else', async () => {
      const quote = await claimWith(original.id, 'Islanders should not pay more');
      const trail = (await t.http.get(`/api/claims/${quote.id}/trail`).expect(200)).body;
      expect(trail.items.map((i: { documentId: string }) => i.documentId)).toEqual([original.id, reprint.id]);
      expect(trail.independentSources).toBe(1);
    });

    it('answers a claim the trail never indexed with itself alone', async () => {
      const text = (await t.http.get(`/api/documents/${independent.id}`).expect(200)).body.text as string;
      const start = text.indexOf('Board members will meet');
      const manual = await t.http
        .post('/api/claims')
        .set(fc)
        .send({ documentId: independent.id, kind: 'editorial', start, end: start + 23, quote: 'none' })
        .expect(201);
      const trail = (await t.http.get(`/api/claims/${manual.body.id}/trail`).expect(200)).body;
      expect(trail.items).toEqual([expect.objectContaining({ claimId: manual.body.id, relation: 'origin' })]);
    });

    it('answers 404 for an unknown claim', async () => {
      await t.http.get(`/api/claims/${MISSING}/trail`).expect(404);
      await t.http.get(`/api/claims/${MISSING}/suggestions`).expect(404);
    });
  });

  describe('suggestions', () => {
    it('suggests another speaker stating the same figure as corroborating, with a stable id', async () => {
      const asked = await claimWith(original.id, '$3.40');
      const crews = await claimWith(independent.id, 'price of an adult crossing');
      const items = await suggestionsOf(asked.id);
      const found = items.find((s) => s.claimId === crews.id)!;
      expect(found).toMatchObject({ stance: 'corroborates', documentId: independent.id });
      expect(found.score).toBeGreaterThan(0);
      expect(found.score).toBeLessThanOrEqual(1);
      expect(found.reasons).toContain('same figure: 3.4');
      // The mayor's own repeats are his trail, not suggestions.
      expect(items.every((s) => s.documentId !== reprint.id)).toBe(true);
      expect(await suggestionsOf(asked.id)).toEqual(items);
    });

    it('suggests a denial as disputing', async () => {
      const asked = await claimWith(original.id, '$6 million');
      const denial = await claimWith(independent.id, 'the freeze would cost $6 million');
      const found = (await suggestionsOf(asked.id)).find((s) => s.claimId === denial.id)!;
      expect(found.stance).toBe('disputes');
      expect(found.reasons).toContain('denies it');
    });

    it('accepts a suggestion: a 201 evidence link on the other claim’s passage, audited', async () => {
      const asked = await claimWith(reprint.id, '$3.40');
      const crews = await claimWith(independent.id, 'price of an adult crossing');
      const suggestion = (await suggestionsOf(asked.id)).find((s) => s.claimId === crews.id)!;
      const res = await t.http
        .post(`/api/claims/${asked.id}/suggestions/${suggestion.id}/accept`)
        .set(fc)
        .expect(201);
      expect(res.body).toMatchObject({
        claimId: asked.id,
        stance: 'corroborates',
        addedBy: 'fc.trail',
        source: { documentId: independent.id, start: crews.start, end: crews.end, exact: crews.text },
      });
      const evidence = (await t.http.get(`/api/claims/${asked.id}/evidence`).expect(200)).body.items;
      expect(evidence.map((e: { id: string }) => e.id)).toEqual([res.body.id]);
      const events = await history('claims', asked.id);
      expect(events.find((e) => e.entityType === 'suggestion')).toMatchObject({
        action: 'accept',
        entityId: suggestion.id,
        actor: { name: 'fc.trail' },
        changes: { after: expect.objectContaining({ decision: 'accepted', evidenceId: res.body.id }) },
      });
      expect(events.find((e) => e.entityType === 'evidence')).toMatchObject({ action: 'create' });
      expect((await suggestionsOf(asked.id)).map((s) => s.id)).not.toContain(suggestion.id);
      await t.http.post(`/api/claims/${asked.id}/suggestions/${suggestion.id}/accept`).set(fc).expect(404);
    });

    it('rejects a suggestion: 204, audited, never suggested again', async () => {
      const asked = await claimWith(original.id, '$6 million');
      const denial = await claimWith(independent.id, 'the freeze would cost $6 million');
      const suggestion = (await suggestionsOf(asked.id)).find((s) => s.claimId === denial.id)!;
      await t.http.post(`/api/claims/${asked.id}/suggestions/${suggestion.id}/reject`).expect(401);
      const res = await t.http.post(`/api/claims/${asked.id}/suggestions/${suggestion.id}/reject`).set(fc);
      expect(res.status).toBe(204);
      expect(res.text).toBe('');
      const event = (await history('claims', asked.id)).find((e) => e.entityType === 'suggestion');
      expect(event).toMatchObject({
        action: 'reject',
        entityId: suggestion.id,
        changes: {
          before: null,
          after: expect.objectContaining({ decision: 'rejected', stance: 'disputes' }),
        },
      });
      expect((await suggestionsOf(asked.id)).map((s) => s.claimId)).not.toContain(denial.id);
      await t.http.post(`/api/claims/${asked.id}/suggestions/${suggestion.id}/reject`).set(fc).expect(404);
      expect((await t.http.get(`/api/claims/${asked.id}/evidence`).expect(200)).body.items).toEqual([]);
    });

    it('answers 404 for a suggestion the claim does not have', async () => {
      const asked = await claimWith(original.id, '$3.40');
      await t.http.post(`/api/claims/${asked.id}/suggestions/${MISSING}/accept`).set(fc).expect(404);
      await t.http.post(`/api/claims/${asked.id}/suggestions/${MISSING}/reject`).set(fc).expect(404);
    });
  });

  describe('reader', () => {
    it('says on the claim page who first reported it, how widely it was repeated and who disputes it', async () => {
      const asked = await claimWith(independent.id, 'adult crossing would remain');
      const first = await claimWith(original.id, '$3.40');
      const page = await t.http.get(`/claims/${asked.id}`).expect(200);
      const line = /<p class="trail" id="claim-trail">(.*?)<\/p>/s.exec(page.text)?.[1] ?? '';
      expect(line).toContain(`First reported by <a href="/claims/${first.id}">Coastal Wire</a> on`);
      expect(line).toContain('repeated by 2 outlets, 1 of them independent');

      const cost = await claimWith(original.id, '$6 million');
      const costPage = await t.http.get(`/claims/${cost.id}`).expect(200);
      const costLine = /<p class="trail" id="claim-trail">(.*?)<\/p>/s.exec(costPage.text)?.[1] ?? '';
      expect(costLine).toContain('repeated by 1 outlet, 0 of them independent');
      expect(costLine).not.toContain('disputed by');
      await t.http
        .post(`/api/claims/${cost.id}/evidence`)
        .set(fc)
        .send({ stance: 'disputes', documentId: independent.id })
        .expect(201);
      const disputed = await t.http.get(`/claims/${cost.id}`).expect(200);
      expect(disputed.text).toContain(
        `disputed by <a href="/documents/${independent.id}">Mainland Herald</a>.</p>`,
      );
    });

    it('shows a banner on a copy linking its original, and none on the original', async () => {
      const copyPage = await t.http.get(`/documents/${reprint.id}`).expect(200);
      expect(copyPage.text).toContain(
        `<p class="notice" id="copy-of">This document reproduces <a href="/documents/${original.id}">${WIRE_ORIGINAL.title}</a> (Coastal Wire,`,
      );
      const originalPage = await t.http.get(`/documents/${original.id}`).expect(200);
      expect(originalPage.text).not.toContain('id="copy-of"');
    });
  });

  describe('reports', () => {
    const body = async (path: string) => {
      const res = await t.http
        .get(path)
        .buffer(true)
        .parse((r, done) => {
          let text = '';
          r.setEncoding('utf8');
          r.on('data', (chunk: string) => (text += chunk));
          r.on('end', () => done(null, text));
        });
      expect(res.status).toBe(200);
      return res.body as string;
    };

    it('csv: first_seen_document, independent_sources and copy_of', async () => {
      const asked = await claimWith(reprint.id, '$3.40');
      const csv = await body(`/api/documents/${reprint.id}/report?format=csv`);
      const records: Array<Record<string, string>> = parse(csv, { columns: true });
      expect(records.find((r) => r.claim_id === asked.id)).toMatchObject({
        first_seen_document: original.id,
        independent_sources: '2',
        copy_of: original.id,
      });
      const own = await body(`/api/documents/${original.id}/report?format=csv`);
      const first = await claimWith(original.id, '$3.40');
      const ownRecords: Array<Record<string, string>> = parse(own, { columns: true });
      expect(ownRecords.find((r) => r.claim_id === first.id)).toMatchObject({
        first_seen_document: original.id,
        copy_of: '',
      });
    });

    it('prov: a copy is a quotation of its original, a repeated claim had a primary source', async () => {
      const asked = await claimWith(reprint.id, '$3.40');
      const prov = JSON.parse(await body(`/api/documents/${reprint.id}/report?format=prov`));
      const derivations = Object.values(prov.wasDerivedFrom ?? {}) as Array<Record<string, unknown>>;
      expect(derivations).toContainEqual({
        'prov:generatedEntity': `document:${reprint.id}`,
        'prov:usedEntity': `document:${original.id}`,
        'prov:type': { $: 'prov:Quotation', type: 'prov:QUALIFIED_NAME' },
      });
      expect(derivations).toContainEqual({
        'prov:generatedEntity': `claim:${asked.id}`,
        'prov:usedEntity': `document:${original.id}`,
        'prov:type': { $: 'prov:PrimarySource', type: 'prov:QUALIFIED_NAME' },
      });
    });
  });

  describe('documents the trail has not indexed', () => {
    // As the superuser, the state of a document stored before the trail existed: no fingerprint, no claims indexed.
    const forget = (documentId: string) =>
      withClient(t.superuserUrl, async (c) => {
        await c.query(`DELETE FROM trail_claims WHERE document_id = $1`, [documentId]);
        await c.query(
          `DELETE FROM trail_terms WHERE claim_id IN (SELECT id FROM claims WHERE document_id = $1)`,
          [documentId],
        );
        await c.query(`DELETE FROM document_shingles WHERE document_id = $1`, [documentId]);
        await c.query(`DELETE FROM document_fingerprints WHERE document_id = $1`, [documentId]);
        await c.query(`UPDATE documents SET copy_of_id = NULL WHERE id = $1`, [documentId]);
      });
    const trailDocuments = async (claimId: string) =>
      (await t.http.get(`/api/claims/${claimId}/trail`).expect(200)).body.items.map(
        (i: { documentId: string }) => i.documentId,
      );

    it('trail reindex (TrailService.reindex) indexes them: copyOf and trails come back', async () => {
      const asked = await claimWith(reprint.id, '$3.40');
      await forget(reprint.id);
      expect(await trailDocuments(asked.id)).toEqual([reprint.id]);
      expect((await t.http.get(`/api/documents/${reprint.id}`).expect(200)).body.copyOf).toBeNull();
      expect(await t.app.get(TrailService).reindex(10)).toBe(1);
      expect((await t.http.get(`/api/documents/${reprint.id}`).expect(200)).body.copyOf).toBe(original.id);
      expect(await trailDocuments(asked.id)).toEqual([original.id, reprint.id, independent.id]);
      expect(await t.app.get(TrailService).reindex(10)).toBe(0);
    });

    it('two reindexes at once (two workers starting) index each document once, without failing', async () => {
      const asked = await claimWith(reprint.id, '$3.40');
      await forget(reprint.id);
      const trail = t.app.get(TrailService);
      // Both find the document unindexed and wait for the trail's lock, held here meanwhile.
      const holder = new Client({ connectionString: t.superuserUrl });
      await holder.connect();
      await holder.query('SELECT pg_advisory_lock($1)', [TRAIL_LOCK]);
      const both = Promise.all([trail.reindex(10), trail.reindex(10)]);
      await waitForLockWaiters(holder, 2);
      await holder.query('SELECT pg_advisory_unlock($1)', [TRAIL_LOCK]);
      await holder.end();
      expect((await both).sort()).toEqual([0, 1]);
      expect((await t.http.get(`/api/documents/${reprint.id}`).expect(200)).body.copyOf).toBe(original.id);
      expect(await trailDocuments(asked.id)).toEqual([original.id, reprint.id, independent.id]);
    });

    it('indexes from its text a claim whose features the caller did not give, beside those it gave', async () => {
      const asked = await claimWith(reprint.id, '$3.40');
      await forget(reprint.id);
      const { text } = (await t.http.get(`/api/documents/${reprint.id}`).expect(200)).body as {
        text: string;
      };
      // Every claim's features but the asked one's, as a caller holding an older extraction's would give.
      const given = (await claimsOf(reprint.id)).filter((c) => c.id !== asked.id);
      const known = new Map([
        [
          reprint.id,
          {
            shingles: shingles(text),
            entities: documentEntities(text),
            statements: new Map(given.map((c) => [c.id, statementFeatures(c.text, c.cue)])),
          },
        ],
      ]);
      await t.app
        .get(DataSource)
        .transaction((em) =>
          t.app.get(TrailService).indexDocuments(em, [reprint.id], SYSTEM_ACTOR, { known }),
        );
      expect((await t.http.get(`/api/documents/${reprint.id}`).expect(200)).body.copyOf).toBe(original.id);
      expect(await trailDocuments(asked.id)).toEqual([original.id, reprint.id, independent.id]);
    });

    it('a re-extraction indexes the claims the trail has not seen', async () => {
      const asked = await claimWith(independent.id, 'adult crossing would remain');
      // Its claims unindexed, as a re-extraction leaves them: no trail row and no postings.
      await withClient(t.superuserUrl, async (c) => {
        await c.query(`DELETE FROM trail_claims WHERE document_id = $1`, [independent.id]);
        await c.query(
          `DELETE FROM trail_terms WHERE claim_id IN (SELECT id FROM claims WHERE document_id = $1)`,
          [independent.id],
        );
      });
      expect(await trailDocuments(asked.id)).toEqual([independent.id]);
      await t.http.post(`/api/documents/${independent.id}/extract`).set(fc).expect(200);
      expect(await trailDocuments(asked.id)).toEqual([original.id, reprint.id, independent.id]);
    });
  });

  describe('speakers the trail matches by name', () => {
    const trailOf = async (claimId: string) =>
      (await t.http.get(`/api/claims/${claimId}/trail`).expect(200)).body as {
        items: Array<{ documentId: string }>;
        independentSources: number;
      };
    const speakerOf = async (claimId: string) =>
      (await t.http.get(`/api/claims/${claimId}`).expect(200)).body.speaker as { id: string; name: string };

    it('a merge of a misspelt duplicate joins its claims to the trail of the speaker it is merged into', async () => {
      const first = await post({
        title: 'Footbridge costs set',
        publisher: 'Lakeside Herald',
        publishedAt: '2026-03-02T08:00:00.000Z',
        text: 'Councillor Priya Ramanathan said the new footbridge would cost 2.4 million pounds and open in June. Work starts next month.',
      });
      const second = await post({
        title: 'Bridge plan backed at meeting',
        publisher: 'Valley Post',
        publishedAt: '2026-03-03T08:00:00.000Z',
        text: 'Residents packed the hall on Tuesday. The footbridge will cost 2.4 million pounds and open in June, councillor Priya Ramanathen said at the meeting.',
      });
      const asked = await claimWith(first.id, 'footbridge');
      const repeat = await claimWith(second.id, 'footbridge');
      const [right, misspelt] = [await speakerOf(asked.id), await speakerOf(repeat.id)];
      expect([right.name, misspelt.name]).toEqual(['Priya Ramanathan', 'Priya Ramanathen']);
      expect((await trailOf(asked.id)).items.map((i) => i.documentId)).toEqual([first.id]);

      const admin = bearer(await mintKey(t, 'admin', 'admin.trail'));
      await t.http.post(`/api/speakers/${misspelt.id}/merge`).set(admin).send({ into: right.id }).expect(200);
      const trail = await trailOf(asked.id);
      expect(trail.items.map((i) => i.documentId)).toEqual([first.id, second.id]);
      expect(trail.independentSources).toBe(2);
      expect((await trailOf(repeat.id)).items.map((i) => i.documentId)).toEqual([first.id, second.id]);
    });

    it("a rename moves the speaker's claims to the trail of the new name, and out of the old one", async () => {
      const first = await post({
        title: 'Dam inspected',
        publisher: 'Hill Times',
        publishedAt: '2026-04-02T08:00:00.000Z',
        text: 'Engineer Tomas Weller said the inspection found no cracks in the spillway of the old dam. The lake stays open.',
      });
      const second = await post({
        title: 'Spillway passes check',
        publisher: 'Ridge Courier',
        publishedAt: '2026-04-03T08:00:00.000Z',
        text: 'Anglers were relieved on Friday. The inspection found no cracks in the spillway of the old dam, engineer Tomas Wellar said.',
      });
      const asked = await claimWith(first.id, 'spillway');
      const repeat = await claimWith(second.id, 'spillway');
      const misspelt = await speakerOf(repeat.id);
      expect((await trailOf(asked.id)).items).toHaveLength(1);

      await t.http.patch(`/api/speakers/${misspelt.id}`).set(fc).send({ name: 'Tom Weller' }).expect(200);
      expect((await trailOf(asked.id)).items.map((i) => i.documentId)).toEqual([first.id, second.id]);
      await t.http.patch(`/api/speakers/${misspelt.id}`).set(fc).send({ name: 'Tom Wellar' }).expect(200);
      expect((await trailOf(asked.id)).items.map((i) => i.documentId)).toEqual([first.id]);
      expect((await trailOf(repeat.id)).items.map((i) => i.documentId)).toEqual([second.id]);
    });

    it('a speaker edit keys its claims as indexing them afresh would: an acronym by the full name its document gives', async () => {
      const doc = await post({
        title: 'Weir to go',
        publisher: 'Caddon Echo',
        publishedAt: '2026-05-02T08:00:00.000Z',
        text: 'The Northern Rivers Alliance said the weir at Caddon would be removed by autumn. The NRA said the fish ladder had cost 40,000 pounds to build.',
      });
      const keysOf = () =>
        withClient(t.superuserUrl, async (c) => {
          const { rows } = await c.query(
            `SELECT claim_id AS id, speaker_key AS key FROM trail_claims WHERE document_id = $1 ORDER BY claim_id`,
            [doc.id],
          );
          return rows as Array<{ id: string; key: string }>;
        });
      const claim = await claimWith(doc.id, 'fish ladder');
      const nra = await speakerOf(claim.id);
      expect(nra.name).toBe('NRA');

      await t.http.patch(`/api/speakers/${nra.id}`).set(fc).send({ kind: 'government' }).expect(200);
      const rekeyed = await keysOf();
      expect(rekeyed.find((r) => r.id === claim.id)?.key).toBe('government:northern rivers alliance');
      // Indexed afresh, as after a re-extraction.
      await withClient(t.superuserUrl, async (c) => {
        await c.query(`DELETE FROM trail_claims WHERE document_id = $1`, [doc.id]);
        await c.query(
          `DELETE FROM trail_terms WHERE claim_id IN (SELECT id FROM claims WHERE document_id = $1)`,
          [doc.id],
        );
      });
      await t.app.get(DataSource).transaction((em) => t.app.get(TrailService).indexDocuments(em, [doc.id]));
      expect(await keysOf()).toEqual(rekeyed);
    });
  });
});

async function withClient<T>(url: string, work: (c: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Waits until `count` sessions wait for an advisory lock. */
async function waitForLockWaiters(client: Client, count: number): Promise<void> {
  for (let tries = 0; tries < 200; tries++) {
    const { rows } = await client.query(
      `SELECT count(*)::int AS n FROM pg_locks WHERE locktype = 'advisory' AND NOT granted`,
    );
    if (rows[0].n >= count) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`fewer than ${count} sessions ever waited for the lock`);
}
