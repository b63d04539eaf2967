import { STATUS_CODES } from 'node:http';
import { Response } from 'supertest';
import { bearer, mintKey } from './support/keys';
import { TableWatch } from './support/table-checksums';
import { startTestApp, TestApp } from './support/test-app';
import { CREW_FOLLOW_UP, INDEPENDENT_REPORT, WIRE_ORIGINAL, WIRE_REPRINT } from './support/trail-stories';

interface Suggestion {
  id: string;
  claimId: string;
}

// Deciding a suggestion twice, at once, or after the other decision: one decision and at most one evidence
// link stand, and every other request is a 4xx in the error shape that changes nothing.
describe('abuse: trail suggestions decided twice, concurrently or under another claim', () => {
  let t: TestApp;
  let watch: TableWatch;
  let fc: Record<string, string>;
  // Claims with suggestions, each used by one test so that none depends on another's decisions.
  const asked: Array<{ id: string; suggestions: Suggestion[] }> = [];
  const everyAsked: string[] = [];

  beforeAll(async () => {
    t = await startTestApp();
    watch = await TableWatch.open(t.superuserUrl);
    fc = bearer(await mintKey(t, 'factchecker', 'fc.abuse'));
    for (const story of [WIRE_ORIGINAL, WIRE_REPRINT, INDEPENDENT_REPORT, CREW_FOLLOW_UP]) {
      const doc = await t.http.post('/api/documents').set(fc).send(story).expect(201);
      const claims = await t.http.get(`/api/documents/${doc.body.id}/claims`).expect(200);
      for (const claim of claims.body.items as Array<{ id: string }>) {
        const suggestions = (await t.http.get(`/api/claims/${claim.id}/suggestions`).expect(200)).body.items;
        if (suggestions.length > 0) asked.push({ id: claim.id, suggestions });
      }
    }
    everyAsked.push(...asked.map((a) => a.id));
    expect(asked.length).toBeGreaterThanOrEqual(4);
  });
  afterAll(async () => {
    await watch.close();
    await t.close();
  });

  const decide = (claimId: string, suggestionId: string, decision: 'accept' | 'reject') =>
    t.http.post(`/api/claims/${claimId}/suggestions/${suggestionId}/${decision}`).set(fc);

  function expectRefused(res: Response, statuses: number[]) {
    expect(statuses).toContain(res.status);
    expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(res.body).toMatchObject({ statusCode: res.status, error: STATUS_CODES[res.status] });
  }

  const evidenceOf = async (claimId: string) =>
    (await t.http.get(`/api/claims/${claimId}/evidence`).expect(200)).body.items as unknown[];

  it.each([
    ['accept', 'accept'],
    ['accept', 'reject'],
    ['reject', 'reject'],
  ] as const)('%s and %s at once: one wins, the other is refused', async (first, second) => {
    const claim = asked.shift()!;
    const suggestion = claim.suggestions[0];
    const answers = await Promise.all([
      decide(claim.id, suggestion.id, first),
      decide(claim.id, suggestion.id, second),
    ]);
    const won = answers.filter((r) => r.status < 300);
    expect(won).toHaveLength(1);
    expectRefused(
      answers.find((r) => r.status >= 300)!,
      [404, 409],
    );
    expect(await evidenceOf(claim.id)).toHaveLength(won[0].status === 201 ? 1 : 0);
    const events = (await t.http.get(`/api/claims/${claim.id}/history`).expect(200)).body.items as Array<{
      entityType: string;
    }>;
    expect(events.filter((e) => e.entityType === 'suggestion')).toHaveLength(1);
  });

  it('a decided suggestion, or one of another claim, answers 404 and changes nothing', async () => {
    const claim = asked.shift()!;
    const other = everyAsked.find((id) => id !== claim.id)!;
    const [suggestion] = claim.suggestions;
    await decide(claim.id, suggestion.id, 'reject').expect(204);
    const before = await watch.checksums();
    expectRefused(await decide(claim.id, suggestion.id, 'accept'), [404]);
    expectRefused(await decide(claim.id, suggestion.id, 'reject'), [404]);
    expectRefused(await decide(other, suggestion.id, 'accept'), [404]);
    expectRefused(await decide(suggestion.claimId, suggestion.id, 'reject'), [404]);
    expect(TableWatch.changed(before, await watch.checksums())).toEqual([]);
  });

  it.each([
    '/api/claims/not-a-uuid/suggestions/00000000-0000-4000-8000-000000000000/accept',
    '/api/claims/00000000-0000-4000-8000-000000000000/suggestions/not-a-uuid/reject',
    '/api/claims/00000000-0000-4000-8000-000000000000/suggestions/%00/accept',
    '/api/claims/%ED%A0%80/suggestions/00000000-0000-4000-8000-000000000000/reject',
  ])('a malformed id in %s answers 400 and changes nothing', async (url) => {
    const before = await watch.checksums();
    expectRefused(await t.http.post(url).set(fc), [400]);
    expect(TableWatch.changed(before, await watch.checksums())).toEqual([]);
  });

  it('trail, copies and suggestions answer 400 to a malformed id and 404 to an unknown one', async () => {
    for (const route of ['claims/{id}/trail', 'claims/{id}/suggestions', 'documents/{id}/copies']) {
      expectRefused(await t.http.get(`/api/${route.replace('{id}', 'x')}`), [400]);
      expectRefused(
        await t.http.get(`/api/${route.replace('{id}', '00000000-0000-0000-0000-000000000000')}`),
        [404],
      );
    }
  });
});
