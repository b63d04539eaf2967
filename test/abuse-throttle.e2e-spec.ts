import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { ApiKey } from '../src/auth/api-key.entity';
import { bearer, mintKey } from './support/keys';
import { startTestApp, TestApp } from './support/test-app';

const LIMIT = 20;
const bogusKey = () => `ct_${randomBytes(32).toString('base64url')}`;

describe('abuse: throttling by address, then by key across routes', () => {
  let t: TestApp;

  beforeEach(async () => {
    t = await startTestApp({ env: { RATE_LIMIT_PER_MINUTE: String(LIMIT) } });
  });
  afterEach(() => t.close());

  it('640 bogus bearer keys from one address run into the address limit (429), with few key lookups', async () => {
    // Counts the key lookups that reach the database (the calls still go to the real database).
    const db = t.app.get(DataSource);
    const getRepository = db.getRepository.bind(db);
    let lookups = 0;
    jest.spyOn(db, 'getRepository').mockImplementation(((target: unknown) => {
      if (target === ApiKey) lookups += 1;
      return getRepository(target as typeof ApiKey);
    }) as typeof db.getRepository);

    const statuses = new Map<number, number>();
    for (let i = 0; i < 640; i++) {
      const res = await t.http.get('/api/claims').set(bearer(bogusKey()));
      statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
      if (res.status === 429) expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
    }
    expect(statuses.get(401)).toBe(LIMIT);
    expect(statuses.get(429)).toBe(640 - LIMIT);
    expect(lookups).toBeLessThanOrEqual(LIMIT);
    // Malformed keys count against the address too, with no lookup at all.
    const malformed = await t.http.get('/api/documents').set(bearer('not-a-key'));
    expect(malformed.status).toBe(429);
    expect(lookups).toBeLessThanOrEqual(LIMIT);
  });

  it("a valid key has one limit across all routes, apart from its address's", async () => {
    const key = bearer(await mintKey(t, 'factchecker'));
    // Anonymous requests use up the address's limit.
    for (let i = 0; i < LIMIT; i++) await t.http.get('/api/speakers').expect(200);
    await t.http.get('/api/speakers').expect(429);

    const routes = ['/api/claims', '/api/documents', '/api/speakers'];
    const statuses: number[] = [];
    for (let i = 0; i < LIMIT; i++)
      statuses.push((await t.http.get(routes[i % routes.length]).set(key)).status);
    expect(statuses.every((s) => s === 200)).toBe(true);
    const over = await t.http.get('/api/documents').set(key);
    expect(over.status).toBe(429);
    expect(over.body).toMatchObject({ statusCode: 429 });
    expect(Number(over.headers['retry-after'])).toBeGreaterThan(0);
    await t.http.get('/api/claims').set(key).expect(429);
  });

  it('a revoked key is refused at once, despite the lookup cache', async () => {
    const admin = bearer(await mintKey(t, 'admin'));
    const created = (
      await t.http.post('/api/keys').set(admin).send({ name: 'soon gone', role: 'researcher' })
    ).body;
    await t.http.get('/api/claims').set(bearer(created.key)).expect(200);
    await t.http.post(`/api/keys/${created.id}/revoke`).set(admin).expect(200);
    await t.http.get('/api/claims').set(bearer(created.key)).expect(401);
  });
});
