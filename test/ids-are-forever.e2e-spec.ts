import { parse } from 'csv-parse/sync';
import { bearer, mintKey } from './support/keys';
import { startTestApp, TestApp } from './support/test-app';
import { asText } from './support/text-body';
import { withClient } from './support/test-database';

interface Claim {
  id: string;
  kind: string;
  text: string;
  start: number;
  end: number;
  version: number;
  state: string;
  supersededBy: string | null;
  supersededAt: string | null;
  speaker: { id: string; name: string; kind: string } | null;
}

describe('claim and speaker ids are forever', () => {
  let t: TestApp;
  let fc: Record<string, string>;
  let admin: Record<string, string>;
  let sequence = 0;

  beforeAll(async () => {
    t = await startTestApp();
    fc = bearer(await mintKey(t, 'factchecker', 'forever-fc'));
    admin = bearer(await mintKey(t, 'admin', 'forever-admin'));
  });
  afterAll(() => t.close());

  const ingest = async (text: string) => {
    const body = {
      title: `Forever ${++sequence}`,
      text: `${text} (Story ${sequence}-${Date.now()}.)`,
      publisher: 'Ridge Post',
    };
    const document = (await t.http.post('/api/documents').set(fc).send(body).expect(201)).body as {
      id: string;
      text: string;
    };
    return { document, claims: await claimsOf(document.id) };
  };
  const claimsOf = async (documentId: string, query: Record<string, string> = {}) =>
    (
      await t.http
        .get(`/api/documents/${documentId}/claims`)
        .query({ limit: 100, ...query })
        .expect(200)
    ).body.items as Claim[];
  const reextract = async (documentId: string) =>
    (await t.http.post(`/api/documents/${documentId}/extract`).set(fc).expect(200)).body;
  // What an older engine stored: the same claim with a shorter span (the test shortens it in place).
  const asOlderEngineLeftIt = (claim: Claim, document: { text: string }) =>
    withClient(t.databaseUrl, (c) =>
      c.query(`UPDATE claims SET end_offset = $2, text = $3, extractor_version = '0.9.0' WHERE id = $1`, [
        claim.id,
        claim.end - 3,
        document.text.slice(claim.start, claim.end - 3),
      ]),
    );

  describe('re-extraction', () => {
    const ARTICLE =
      'Port director Helena Marsh said the new quay would double cargo traffic. ' +
      'The quay cost 40 million euros. Critics said the money was better spent on schools.';

    it('keeps the ids of the claims it finds again and supersedes the others, which stay readable', async () => {
      const { document, claims } = await ingest(ARTICLE);
      const [changed, ...same] = claims;
      await asOlderEngineLeftIt(changed, document);

      const result = await reextract(document.id);
      expect(result).toMatchObject({ replaced: 1, refound: same.length, kept: same.length, added: 1 });
      expect(result.supersededIds).toEqual([changed.id]);
      const [successorId] = result.addedIds as string[];

      const current = await claimsOf(document.id);
      expect(current.map((c) => c.id).sort()).toEqual([...same.map((c) => c.id), successorId].sort());
      const successor = current.find((c) => c.id === successorId)!;
      expect([successor.start, successor.end]).toEqual([changed.start, changed.end]);

      // The replaced claim answers by id, says what replaced it, and is in the audit trail.
      const old = (await t.http.get(`/api/claims/${changed.id}`).expect(200)).body as Claim;
      expect(old).toMatchObject({
        state: 'superseded',
        supersededBy: successorId,
        supersededAt: expect.any(String),
      });
      const history = (await t.http.get(`/api/claims/${changed.id}/history`).expect(200)).body.items;
      expect(history.map((e: { action: string }) => e.action)).toEqual(['create', 'reextract']);
      expect(history[1].changes.after.supersededClaimIds).toEqual([changed.id]);
      expect((await t.http.get(`/api/claims/${successorId}/history`).expect(200)).body.items[0].action).toBe(
        'reextract',
      );
      await t.http
        .get(`/claims/${changed.id}`)
        .expect(200)
        .expect(/A newer extraction replaced this claim/);

      // Left out of default lists and reports, included on request.
      const all = await claimsOf(document.id, { includeSuperseded: 'true' });
      expect(all.map((c) => c.id)).toContain(changed.id);
      const listed = (await t.http.get('/api/claims').query({ documentId: document.id }).expect(200)).body
        .items;
      expect(listed.map((c: Claim) => c.id)).not.toContain(changed.id);
      const report = async (query: Record<string, string>) =>
        (
          await t.http
            .get(`/api/documents/${document.id}/report`)
            .query({ format: 'csv', ...query })
            .buffer(true)
            .parse(asText)
            .expect(200)
        ).body as string;
      const rows = (csv: string) => parse(csv, { columns: true }) as Array<Record<string, string>>;
      expect(rows(await report({})).map((r) => r.claim_id)).not.toContain(changed.id);
      const withOld = rows(await report({ includeSuperseded: 'true' }));
      expect(withOld.find((r) => r.claim_id === changed.id)).toMatchObject({ superseded_by: successorId });

      // A superseded claim takes no edits, evidence or verdicts: its successor does.
      await t.http
        .patch(`/api/claims/${changed.id}`)
        .set(fc)
        .send({ cue: 'x', version: old.version })
        .expect(409);
      await t.http
        .post(`/api/claims/${changed.id}/evidence`)
        .set(fc)
        .send({ stance: 'context', url: 'https://x.example' })
        .expect(409);
    });

    it('never drops an editorial claim that contains a manual claim', async () => {
      const { document, claims } = await ingest(ARTICLE);
      const editorial = claims.find((c) => c.kind === 'editorial' && c.text.startsWith('The quay cost'))!;
      const inner = '40 million euros';
      const start = document.text.indexOf(inner);
      await t.http
        .post('/api/claims')
        .set(fc)
        .send({ documentId: document.id, kind: 'editorial', start, end: start + inner.length, exact: inner })
        .expect(201);

      await reextract(document.id);
      expect((await claimsOf(document.id)).map((c) => c.id)).toContain(editorial.id);

      // Even when the engine now draws it differently, the new editorial claim is stored.
      await asOlderEngineLeftIt(editorial, document);
      const result = await reextract(document.id);
      expect(result.supersededIds).toEqual([editorial.id]);
      const after = await claimsOf(document.id);
      expect(after).toContainEqual(
        expect.objectContaining({ kind: 'editorial', start: editorial.start, end: editorial.end }),
      );
    });

    it('resolves speakers through renames and aliases instead of recreating them', async () => {
      const { document, claims } = await ingest(
        'The Investigative Committee said the inquiry would take a year. Its report is due in May.',
      );
      const committee = claims.find((c) => c.speaker?.name === 'Investigative Committee')!.speaker!;
      await t.http
        .patch(`/api/speakers/${committee.id}`)
        .set(fc)
        .send({
          name: 'Ridge Investigative Committee',
          kind: 'government',
          aliases: ['Investigative Committee'],
        })
        .expect(200);

      const result = await reextract(document.id);
      expect(result).toMatchObject({ replaced: 0, added: 0 });
      const named = (await t.http.get('/api/speakers').query({ q: 'Investigative Committee' }).expect(200))
        .body.items;
      expect(named.map((s: { id: string }) => s.id)).toEqual([committee.id]);

      // A later document naming it the old way finds it too; and a plain rename keeps the former name.
      const later = await ingest('The Investigative Committee said it had new witnesses.');
      expect(later.claims[0].speaker!.id).toBe(committee.id);
      const renamed = await t.http
        .patch(`/api/speakers/${committee.id}`)
        .set(fc)
        .send({ name: 'Ridge Inquiry Committee' })
        .expect(200);
      expect(renamed.body.aliases).toEqual(
        expect.arrayContaining(['Investigative Committee', 'Ridge Investigative Committee']),
      );
      await reextract(later.document.id);
      expect((await claimsOf(later.document.id))[0]).toMatchObject({ id: later.claims[0].id });
    });
  });

  describe('merged speakers', () => {
    // A speaker a fact-checker names on a hand-made claim.
    const speakerOf = async (name: string) => {
      const { document } = await ingest('The bridge was declared sound.');
      const claim = await t.http
        .post('/api/claims')
        .set(fc)
        .send({
          documentId: document.id,
          kind: 'attributed',
          start: 0,
          end: 10,
          speaker: { name, kind: 'person' },
        })
        .expect(201);
      return claim.body.speaker as { id: string; name: string };
    };
    const merge = (from: string, into: string) =>
      t.http.post(`/api/speakers/${from}/merge`).set(admin).send({ into }).expect(200);

    it('answers 308 to the speaker that stayed, for the speaker, its claims and its report', async () => {
      const keep = await speakerOf('Olga Brandt');
      const dup = await speakerOf('Olga Brant');
      await merge(dup.id, keep.id);

      for (const [path, target] of [
        [`/api/speakers/${dup.id}`, `/api/speakers/${keep.id}`],
        [
          `/api/speakers/${dup.id}/report?format=csv&kind=attributed`,
          `/api/speakers/${keep.id}/report?format=csv&kind=attributed`,
        ],
        [`/api/speakers/${dup.id}/claims?limit=5`, `/api/speakers/${keep.id}/claims?limit=5`],
        [`/api/speakers/${dup.id.toUpperCase()}`, `/api/speakers/${keep.id}`],
      ]) {
        const res = await t.http.get(path).expect(308);
        expect({ path, location: res.headers.location }).toEqual({ path, location: target });
        expect(res.body).toMatchObject({ statusCode: 308, code: 'moved', details: { mergedInto: keep.id } });
      }
      // Its own history stays readable; it is no longer listed, edited or merged.
      expect((await t.http.get(`/api/speakers/${dup.id}/history`).expect(200)).body.items.at(-1).action).toBe(
        'merge',
      );
      const listed = (await t.http.get('/api/speakers').query({ q: 'Olga' }).expect(200)).body.items;
      expect(listed.map((s: { id: string }) => s.id)).toEqual([keep.id]);
      await t.http.patch(`/api/speakers/${dup.id}`).set(fc).send({ role: 'x' }).expect(409);
    });

    it('points a speaker merged into one that was merged in turn at the last one', async () => {
      const [a, b, c] = [
        await speakerOf('Piet Arendse'),
        await speakerOf('Piet Arends'),
        await speakerOf('P. Arendse'),
      ];
      await merge(a.id, b.id);
      await merge(b.id, c.id);
      expect((await t.http.get(`/api/speakers/${a.id}`).expect(308)).headers.location).toBe(
        `/api/speakers/${c.id}`,
      );
      // A claim attributed by the merged speaker's id goes to the one that stayed.
      const { document } = await ingest('The bridge was repainted.');
      const claim = await t.http
        .post('/api/claims')
        .set(fc)
        .send({ documentId: document.id, kind: 'attributed', start: 0, end: 10, speakerId: a.id })
        .expect(201);
      expect(claim.body.speaker.id).toBe(c.id);
    });
  });
});
