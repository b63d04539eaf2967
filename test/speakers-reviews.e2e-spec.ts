import { annotations, Claim } from './support/annotations';
import { bearer, mintKey } from './support/keys';
import { startTestApp, TestApp } from './support/test-app';

describe('fact-checking: speakers, evidence and verdicts', () => {
  let t: TestApp;
  let fc: Record<string, string>;
  let admin: Record<string, string>;
  const { manualClaim, history } = annotations(
    () => t,
    () => fc,
  );

  beforeAll(async () => {
    t = await startTestApp();
    fc = bearer(await mintKey(t, 'factchecker', 'fc.one'));
    admin = bearer(await mintKey(t, 'admin', 'chief'));
  });
  afterAll(() => t.close());

  describe('speakers', () => {
    it('edits name, role, aliases and external id, refusing a stale version and a clashing name', async () => {
      const { claim } = await manualClaim({
        kind: 'attributed',
        speaker: { name: 'Priya Natarjan', kind: 'person' },
      });
      const id = claim.speaker!.id;
      const edited = await t.http
        .patch(`/api/speakers/${id}`)
        .set(fc)
        .send({
          name: 'Priya Natarajan',
          role: 'City engineer',
          aliases: ['P. Natarajan', 'Priya Natarjan'],
          externalId: 'Q123',
          version: 1,
        })
        .expect(200);
      expect(edited.body).toMatchObject({
        name: 'Priya Natarajan',
        role: 'City engineer',
        externalId: 'Q123',
        version: 2,
      });
      expect(edited.body.aliases).toEqual(['P. Natarajan', 'Priya Natarjan']);
      await t.http.patch(`/api/speakers/${id}`).set(fc).send({ role: 'Mayor', version: 1 }).expect(409);

      const other = await manualClaim({
        kind: 'attributed',
        speaker: { name: 'Tomas Berg', kind: 'person' },
      });
      const clash = await t.http
        .patch(`/api/speakers/${other.claim.speaker!.id}`)
        .set(fc)
        .send({ name: 'priya natarajan' });
      expect(clash.status).toBe(409);
      expect(clash.body.details).toEqual({ speakerId: id });
      expect((await history('speakers', id)).map((e) => e.action)).toEqual(['create', 'update']);
    });

    it('merges a duplicate: claims move, its names become aliases, its history stays readable', async () => {
      const keep = await manualClaim({
        kind: 'attributed',
        speaker: { name: 'Jonathan Mbeki', kind: 'person' },
      });
      const dup = await manualClaim({ kind: 'attributed', speaker: { name: 'Jon Mbeki', kind: 'person' } });
      const [keepId, dupId] = [keep.claim.speaker!.id, dup.claim.speaker!.id];

      const merged = await t.http
        .post(`/api/speakers/${dupId}/merge`)
        .set(admin)
        .send({ into: keepId })
        .expect(200);
      expect(merged.body).toMatchObject({ id: keepId, name: 'Jonathan Mbeki' });
      expect(merged.body.aliases).toContain('Jon Mbeki');

      const moved = (await t.http.get(`/api/claims/${dup.claim.id}`).expect(200)).body;
      expect(moved.speaker.id).toBe(keepId);
      expect(moved.version).toBe(2);
      const claimsOfKeep = (await t.http.get(`/api/speakers/${keepId}/claims`).expect(200)).body.items.map(
        (c: Claim) => c.id,
      );
      expect(claimsOfKeep.sort()).toEqual([keep.claim.id, dup.claim.id].sort());
      // The duplicate's id keeps answering: a permanent redirect to the speaker that stayed.
      const redirect = await t.http.get(`/api/speakers/${dupId}`).expect(308);
      expect(redirect.headers.location).toBe(`/api/speakers/${keepId}`);
      expect((await history('speakers', dupId)).map((e) => e.action)).toEqual(['create', 'merge']);
      expect((await history('speakers', keepId)).map((e) => e.action)).toEqual(['create', 'merge-in']);
      expect((await history('claims', dup.claim.id)).map((e) => e.action)).toEqual([
        'create',
        'speaker-merge',
      ]);

      // A later mention by the duplicate's name resolves to the speaker that stayed.
      const again = await manualClaim({ kind: 'attributed', speaker: { name: 'Jon Mbeki', kind: 'person' } });
      expect(again.claim.speaker!.id).toBe(keepId);
      await t.http.post(`/api/speakers/${keepId}/merge`).set(admin).send({ into: keepId }).expect(409);
    });
  });

  describe('evidence and reviews', () => {
    it('moves a claim unreviewed → in-review → reviewed and keeps every verdict', async () => {
      const { claim } = await manualClaim();
      expect(claim.reviewStatus).toBe('unreviewed');
      await t.http
        .post(`/api/claims/${claim.id}/evidence`)
        .set(fc)
        .send({ stance: 'disputes', url: 'https://records.example/brewery' })
        .expect(201);
      const inReview = (await t.http.get(`/api/claims/${claim.id}`).expect(200)).body;
      expect(inReview).toMatchObject({ reviewStatus: 'in-review', provenance: { disputing: 1 } });

      const first = (
        await t.http
          .post(`/api/claims/${claim.id}/reviews`)
          .set(fc)
          .send({ verdict: 'mostly-false', rationale: 'The land was a tannery.' })
          .expect(201)
      ).body;
      expect(first).toMatchObject({
        verdict: 'mostly-false',
        reviewer: { name: 'fc.one', role: 'factchecker' },
        current: true,
      });
      expect((await t.http.get(`/api/claims/${claim.id}`).expect(200)).body).toMatchObject({
        reviewStatus: 'reviewed',
        verdict: 'mostly-false',
      });

      const second = (
        await t.http
          .post(`/api/claims/${claim.id}/reviews`)
          .set(admin)
          .send({ verdict: 'false', rationale: 'Deeds confirm: never a brewery.' })
          .expect(201)
      ).body;
      const reviews = (await t.http.get(`/api/claims/${claim.id}/reviews`).expect(200)).body.items;
      expect(reviews.map((r: { id: string }) => r.id)).toEqual([first.id, second.id]);
      expect(reviews[0]).toMatchObject({
        verdict: 'mostly-false',
        current: false,
        supersededById: second.id,
      });
      expect(reviews[1]).toMatchObject({
        verdict: 'false',
        current: true,
        supersededById: null,
        reviewer: { name: 'chief', role: 'admin' },
      });
      expect((await t.http.get(`/api/claims/${claim.id}`).expect(200)).body.verdict).toBe('false');

      const actions = (await history('claims', claim.id)).map((e) => `${e.entityType}:${e.action}`);
      expect(actions).toEqual([
        'claim:create',
        'evidence:create',
        'claim:status',
        'review:create',
        'claim:verdict',
        'review:create',
        'claim:verdict',
      ]);
    });

    it('refuses a verdict off the scale, without a rationale, or on a retracted claim', async () => {
      const { claim } = await manualClaim();
      await t.http
        .post(`/api/claims/${claim.id}/reviews`)
        .set(fc)
        .send({ verdict: 'pants-on-fire', rationale: 'x' })
        .expect(400);
      await t.http.post(`/api/claims/${claim.id}/reviews`).set(fc).send({ verdict: 'true' }).expect(400);
      await t.http
        .post(`/api/claims/${claim.id}/retract`)
        .set(fc)
        .send({ reason: 'Not a claim' })
        .expect(200);
      await t.http
        .post(`/api/claims/${claim.id}/reviews`)
        .set(fc)
        .send({ verdict: 'true', rationale: 'x' })
        .expect(409);
      expect((await t.http.get(`/api/claims/${claim.id}/reviews`).expect(200)).body.items).toEqual([]);
    });

    it('records the key name as who added evidence', async () => {
      const { claim } = await manualClaim();
      const link = await t.http
        .post(`/api/claims/${claim.id}/evidence`)
        .set(fc)
        .send({ stance: 'context', url: 'https://a.example' })
        .expect(201);
      expect(link.body.addedBy).toBe('fc.one');
    });
  });
});
