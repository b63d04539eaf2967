import { createHash } from 'node:crypto';
import { KeysService } from '../src/auth/keys.service';
import { Role, SYSTEM_ACTOR } from '../src/auth/roles';
import { newArticle } from './support/factories';
import { bearer } from './support/keys';
import { startTestApp, TestApp } from './support/test-app';
import { withClient } from './support/test-database';

interface SignedIn {
  cookie: string;
  secret: string;
  setCookie: string;
  csrf: string;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const csrfOf = (html: string) => /<meta name="csrf-token" content="([^"]+)">/.exec(html)?.[1];

async function keyFor(t: TestApp, role: Role, name: string) {
  const created = await t.app.get(KeysService).create({ name, role }, SYSTEM_ACTOR);
  return { id: created.id, key: created.key };
}

/** Signs in through the form, as a browser does, and reads the CSRF token from the page. */
async function signIn(t: TestApp, key: string): Promise<SignedIn> {
  const response = await t.http.post('/session').type('form').send({ key }).expect(303);
  expect(response.headers.location).toBe('/');
  const setCookie = ([] as string[]).concat(response.headers['set-cookie'] ?? [])[0];
  const secret = /^ct_session=([^;]+)/.exec(setCookie)![1];
  const cookie = `ct_session=${secret}`;
  const page = await t.http.get('/').set('Cookie', cookie).expect(200);
  const csrf = csrfOf(page.text);
  expect(csrf).toBeTruthy();
  return { cookie, secret, setCookie, csrf: csrf! };
}

const sessionEvents = (t: TestApp, sessionKeyId: string) =>
  withClient(
    t.databaseUrl,
    async (c) =>
      (
        await c.query(
          `SELECT action, entity_id, actor_key_id, actor_name FROM audit_events
          WHERE entity_type = 'session' AND actor_key_id = $1 ORDER BY seq`,
          [sessionKeyId],
        )
      ).rows as Array<{ action: string; entity_id: string; actor_key_id: string }>,
  );

describe('browser sessions', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t?.close());

  it('signs in with a form post: 303 to / and an HttpOnly, SameSite=Strict session cookie', async () => {
    const { id, key } = await keyFor(t, 'factchecker', 'cookie-attributes');
    const session = await signIn(t, key);
    const attributes = session.setCookie.split(';').map((part) => part.trim().toLowerCase());
    expect(attributes).toEqual(expect.arrayContaining(['httponly', 'samesite=strict', 'path=/']));
    // PUBLIC_BASE_URL is not https here, so the cookie must work over plain http.
    expect(attributes).not.toContain('secure');
    expect(session.secret).not.toContain(key);

    // Stored server-side by the hash of the cookie's secret, under the key's id; the key is nowhere.
    const rows = await withClient(t.superuserUrl, async (c) =>
      (await c.query(`SELECT to_jsonb(s) AS row FROM sessions s WHERE key_id = $1`, [id])).rows.map(
        (r: { row: Record<string, unknown> }) => r.row,
      ),
    );
    expect(rows).toHaveLength(1);
    expect(rows[0].secret_hash).toBe(sha256(session.secret));
    expect(JSON.stringify(rows)).not.toContain(session.secret);
    expect(JSON.stringify(rows)).not.toContain(key);

    const events = await sessionEvents(t, id);
    expect(events.map((e) => e.action)).toEqual(['sign-in']);
    expect(events[0].entity_id).toBe(rows[0].id);

    const page = await t.http.get('/').set('Cookie', session.cookie).expect(200);
    expect(page.text).toContain('Signed in as');
    expect(page.text).toContain('cookie-attributes');
  });

  it('refuses an unknown or revoked key with the form again and no cookie', async () => {
    const refused = await t.http.post('/session').type('form').send({ key: 'ct_not-a-key' }).expect(401);
    expect(refused.headers['set-cookie']).toBeUndefined();
    expect(refused.text).toContain('unknown or revoked');
    expect(refused.text).toContain('name="key"');
    await t.http.post('/session').type('form').send({}).expect(400);
  });

  it('refuses a sign-in form posted from another site (login CSRF)', async () => {
    const { key } = await keyFor(t, 'factchecker', 'cross-site');
    const refused = await t.http
      .post('/session')
      .set('Origin', 'https://evil.example')
      .type('form')
      .send({ key })
      .expect(403);
    expect(refused.headers['set-cookie']).toBeUndefined();
    await t.http
      .post('/session')
      .set('Sec-Fetch-Site', 'cross-site')
      .set('Origin', 'null')
      .type('form')
      .send({ key })
      .expect(403);
    // From the app's own page (Origin is the app's host) it works.
    await t.http
      .post('/session')
      .set('Host', 'claims.example')
      .set('Origin', 'https://claims.example')
      .type('form')
      .send({ key })
      .expect(303);
  });

  it('lets a cookie write only with the session’s x-csrf-token; bearer keys work as before', async () => {
    const { id, key } = await keyFor(t, 'factchecker', 'csrf');
    const session = await signIn(t, key);
    const article = () => newArticle();

    const without = await t.http.post('/api/documents').set('Cookie', session.cookie).send(article());
    expect(without.status).toBe(403);
    expect(without.body.message).toContain('x-csrf-token');
    await t.http
      .post('/api/documents')
      .set('Cookie', session.cookie)
      .set('x-csrf-token', `${session.csrf.slice(0, -2)}xx`)
      .send(article())
      .expect(403);
    // Another session's token is not this one's.
    const other = await signIn(t, key);
    expect(other.csrf).not.toBe(session.csrf);
    await t.http
      .post('/api/documents')
      .set('Cookie', session.cookie)
      .set('x-csrf-token', other.csrf)
      .send(article())
      .expect(403);

    const created = await t.http
      .post('/api/documents')
      .set('Cookie', session.cookie)
      .set('x-csrf-token', session.csrf)
      .send(article())
      .expect(201);
    // The write is the key's, as a bearer write would be.
    const actor = await withClient(
      t.databaseUrl,
      async (c) =>
        (
          await c.query(
            `SELECT actor_key_id, actor_name FROM audit_events WHERE entity_type = 'document' AND entity_id = $1`,
            [created.body.id],
          )
        ).rows,
    );
    expect(actor).toEqual([{ actor_key_id: id, actor_name: 'csrf' }]);
    // A bearer key wins over a cookie, and needs no token.
    await t.http
      .post('/api/documents')
      .set('Cookie', session.cookie)
      .set(bearer(key))
      .send(article())
      .expect(201);

    // Reads need no token; bearer writes need none either.
    await t.http.get('/api/documents').set('Cookie', session.cookie).expect(200);
    await t.http.post('/api/documents').set(bearer(key)).send(article()).expect(201);
    // No cookie, no key: 401 as before.
    await t.http.post('/api/documents').send(article()).expect(401);
  });

  it('gives a session the key’s role: a researcher’s session may not write', async () => {
    const { key } = await keyFor(t, 'researcher', 'researcher-session');
    const session = await signIn(t, key);
    const refused = await t.http
      .post('/api/documents')
      .set('Cookie', session.cookie)
      .set('x-csrf-token', session.csrf)
      .send(newArticle())
      .expect(403);
    expect(refused.body.message).toContain('factchecker');
  });

  it('signs out: the cookie is cleared, the session ends, and both ends are audited under the key', async () => {
    const { id, key } = await keyFor(t, 'factchecker', 'logout');
    const session = await signIn(t, key);
    // Signing out is a write too.
    await t.http.post('/session/logout').set('Cookie', session.cookie).type('form').send({}).expect(403);

    const out = await t.http
      .post('/session/logout')
      .set('Cookie', session.cookie)
      .type('form')
      .send({ csrf: session.csrf })
      .expect(303);
    expect(out.headers.location).toBe('/');
    const cleared = ([] as string[]).concat(out.headers['set-cookie'] ?? [])[0];
    expect(cleared).toMatch(/^ct_session=;/);
    expect(cleared.toLowerCase()).toMatch(/expires=thu, 01 jan 1970|max-age=0/);

    // The old cookie is worth nothing now.
    await t.http
      .post('/api/documents')
      .set('Cookie', session.cookie)
      .set('x-csrf-token', session.csrf)
      .send(newArticle())
      .expect(401);
    const page = await t.http.get('/').set('Cookie', session.cookie).expect(200);
    expect(page.text).not.toContain('csrf-token');
    const ended = await withClient(
      t.databaseUrl,
      async (c) =>
        (await c.query(`SELECT end_reason FROM sessions WHERE secret_hash = $1`, [sha256(session.secret)]))
          .rows,
    );
    expect(ended).toEqual([{ end_reason: 'logout' }]);
    expect((await sessionEvents(t, id)).map((e) => e.action)).toEqual(['sign-in', 'sign-out']);
  });

  it('serves the workspace to a factchecker’s session, with the bundle as a same-origin file under the CSP', async () => {
    await t.http.get('/workspace').expect(401);
    const researcher = await signIn(t, (await keyFor(t, 'researcher', 'workspace-reader')).key);
    await t.http.get('/workspace').set('Cookie', researcher.cookie).expect(403);

    const { key } = await keyFor(t, 'factchecker', 'workspace');
    const session = await signIn(t, key);
    const page = await t.http.get('/workspace').set('Cookie', session.cookie).expect(200);
    const csp = String(page.headers['content-security-policy']).split(';');
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("script-src-attr 'none'");
    const scripts = [...page.text.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    // Every script is an external same-origin file: no inline script, no CDN.
    expect(scripts.every((tag) => /src="\/(assets|web)\//.test(tag))).toBe(true);
    const bundle = /src="(\/web\/workspace\.js\?v=[0-9a-f]{10})"/.exec(page.text)![1];
    const served = await t.http.get(bundle).expect(200);
    expect(served.headers['content-type']).toMatch(/^text\/javascript/);
    expect(served.text.length).toBeGreaterThan(1000);
    // Anonymous pages do not load it.
    expect((await t.http.get('/').expect(200)).text).not.toContain('/web/workspace.js');
  });

  it('ends a session of a revoked key', async () => {
    const { id, key } = await keyFor(t, 'factchecker', 'revoked-later');
    const session = await signIn(t, key);
    await t.app.get(KeysService).revoke(id, SYSTEM_ACTOR);
    const page = await t.http.get('/').set('Cookie', session.cookie).expect(200);
    expect(page.text).not.toContain('Signed in as');
  });
});

describe('browser sessions: expiry, private reads and https', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({
      env: {
        SESSION_IDLE_MINUTES: '30',
        READS_REQUIRE_KEY: 'true',
        PUBLIC_BASE_URL: 'https://claims.example',
      },
    });
  });
  afterAll(() => t?.close());

  const ageSession = (secret: string, minutes: number) =>
    withClient(t.superuserUrl, (c) =>
      c.query(`UPDATE sessions SET last_seen_at = now() - make_interval(mins => $2) WHERE secret_hash = $1`, [
        sha256(secret),
        minutes,
      ]),
    );

  it('marks the cookie Secure when PUBLIC_BASE_URL is https', async () => {
    const { key } = await keyFor(t, 'researcher', 'secure');
    const session = await signIn(t, key);
    expect(session.setCookie.split(';').map((p) => p.trim().toLowerCase())).toContain('secure');
  });

  it('serves the reader pages and API reads to a signed-in browser when reads require a key', async () => {
    const { key } = await keyFor(t, 'researcher', 'private-reads');
    await t.http.get('/').expect(401);
    await t.http.get('/api/documents').expect(401);
    const page401 = await t.http.get('/').expect(401);
    expect(page401.text).toContain('href="/session"');
    // The sign-in page itself must stay reachable.
    await t.http.get('/session').expect(200);

    const session = await signIn(t, key);
    const document = (
      await t.http
        .post('/api/documents')
        .set(bearer((await keyFor(t, 'factchecker', 'writer')).key))
        .send(newArticle())
    ).body;
    await t.http.get('/').set('Cookie', session.cookie).expect(200);
    await t.http.get(`/documents/${document.id}`).set('Cookie', session.cookie).expect(200);
    await t.http.get('/api/documents').set('Cookie', session.cookie).expect(200);
  });

  it('keeps a session alive while it is used and ends it after the idle time', async () => {
    const { id, key } = await keyFor(t, 'researcher', 'idle');
    const session = await signIn(t, key);
    // 29 minutes idle: still live, and the request counts as use.
    await ageSession(session.secret, 29);
    await t.http.get('/api/documents').set('Cookie', session.cookie).expect(200);
    const seen = await withClient(
      t.databaseUrl,
      async (c) =>
        (
          await c.query(
            `SELECT now() - last_seen_at < interval '1 minute' AS fresh FROM sessions WHERE secret_hash = $1`,
            [sha256(session.secret)],
          )
        ).rows[0],
    );
    expect(seen.fresh).toBe(true);
    // Used again within the minute: no second write.
    const lastSeen = () =>
      withClient(t.databaseUrl, async (c) =>
        String(
          (
            await c.query(`SELECT last_seen_at::text AS at FROM sessions WHERE secret_hash = $1`, [
              sha256(session.secret),
            ])
          ).rows[0].at,
        ),
      );
    const first = await lastSeen();
    await t.http.get('/api/documents').set('Cookie', session.cookie).expect(200);
    expect(await lastSeen()).toBe(first);

    await ageSession(session.secret, 31);
    await t.http.get('/api/documents').set('Cookie', session.cookie).expect(401);
    await t.http.get('/').set('Cookie', session.cookie).expect(401);
    // Ageing it back does not revive it: the expiry was recorded.
    await ageSession(session.secret, 0);
    await t.http.get('/api/documents').set('Cookie', session.cookie).expect(401);
    const row = await withClient(
      t.databaseUrl,
      async (c) =>
        (await c.query(`SELECT end_reason FROM sessions WHERE secret_hash = $1`, [sha256(session.secret)]))
          .rows,
    );
    expect(row).toEqual([{ end_reason: 'expired' }]);
    expect((await sessionEvents(t, id)).map((e) => e.action)).toEqual(['sign-in', 'expire']);
  });
});
