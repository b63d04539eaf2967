import { STATUS_CODES } from 'node:http';
import { randomUUID } from 'node:crypto';
import { Response } from 'supertest';
import { MAX_INPUT_DEPTH } from '../src/common/input-rules';
import { annotations, Claim } from './support/annotations';
import { newArticle } from './support/factories';
import {
  cursorOf,
  cursorParts,
  nested,
  valueAt,
  withField,
  writeRoutes,
  WriteRoute,
} from './support/hostile-requests';
import { bearer, mintKey } from './support/keys';
import { TableWatch } from './support/table-checksums';
import { startTestApp, TestApp } from './support/test-app';
import { withClient } from './support/test-database';

describe('hostile input answers 4xx with the error shape and changes nothing', () => {
  let t: TestApp;
  let watch: TableWatch;
  let admin: Record<string, string>;
  let documentId: string;
  let claim: Claim;
  let speakerId: string;
  let otherSpeakerId: string;
  let routes: WriteRoute[];
  const { manualClaim } = annotations(
    () => t,
    () => admin,
  );

  beforeAll(async () => {
    t = await startTestApp();
    watch = await TableWatch.open(t.superuserUrl);
    admin = bearer(await mintKey(t, 'admin', 'chief'));
    const made = await manualClaim({ kind: 'attributed', speaker: { name: 'Ines Duarte', kind: 'person' } });
    const other = await manualClaim({ kind: 'attributed', speaker: { name: 'Tomas Berg', kind: 'person' } });
    ({ claim } = made);
    documentId = made.document.id;
    speakerId = claim.speaker!.id;
    otherSpeakerId = other.claim.speaker!.id;
    const exact = 'The depot would be built on land once used by a brewery.';
    const start = made.article.text.indexOf(exact);
    routes = writeRoutes({
      documentId,
      claimId: claim.id,
      claimVersion: claim.version,
      speakerId,
      otherSpeakerId,
      start,
      exact,
    });
  });
  afterAll(async () => {
    await watch.close();
    await t.close();
  });

  /** The standard error body, with the field named in its details when one is given. */
  function expectErrorShape(res: Response, status: number, field?: string) {
    expect({ status: res.status, type: res.headers['content-type'] }).toEqual({
      status,
      type: 'application/json; charset=utf-8',
    });
    expect(res.body).toMatchObject({ statusCode: status, error: STATUS_CODES[status] });
    expect(typeof res.body.message).toBe('string');
    if (field) {
      expect(res.body.details).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
      expect(res.body.message).toContain(field.split('.').pop()!);
    }
  }

  /** Sends a write that must be refused, and proves no table changed. */
  async function refusedWrite(send: () => Promise<Response>, status: number, field?: string) {
    const before = await watch.checksums();
    const res = await send();
    expectErrorShape(res, status, field);
    expect(TableWatch.changed(before, await watch.checksums())).toEqual([]);
    return res;
  }

  const sendJson = (route: WriteRoute, body: Record<string, unknown> | string) =>
    t.http[route.method](route.path).set(admin).set('content-type', 'application/json').send(body);

  it('the table checksums see an accepted write, so an unchanged checksum means an unchanged table', async () => {
    const before = await watch.checksums();
    await t.http.post('/api/keys').set(admin).send({ name: 'watched', role: 'researcher' }).expect(201);
    expect(TableWatch.changed(before, await watch.checksums())).toEqual([
      'public.api_keys',
      'public.audit_events',
    ]);
  });

  describe('1. NUL bytes', () => {
    it('in any text field of any write answer 400 naming the field', async () => {
      for (const route of routes) {
        for (const field of route.textFields) {
          const hostile = withField(route.body, field, `${String(valueAt(route.body, field))}\u0000x`);
          const res = await refusedWrite(() => sendJson(route, hostile), 400, field);
          expect(`${route.name} ${res.body.message}`).toContain('NUL');
        }
      }
    });

    it('in an object key (document metadata) answer 400 naming it', async () => {
      const route = routes[0];
      const hostile = withField(route.body, 'metadata', { 'de\u0000sk': 'city' });
      const res = await refusedWrite(() => sendJson(route, hostile), 400);
      expect(res.body.details).toEqual([
        { field: 'metadata.de\u0000sk', errors: [expect.stringContaining('NUL')] },
      ]);
    });

    it.each([
      '/api/claims?q=%00',
      '/api/documents?q=a%00b',
      '/api/documents?publisher=%00',
      '/api/speakers?q=%00',
      `/api/documents/${randomUUID()}/claims?kind=%00`,
    ])('in the filter of %s answer 400 naming it', async (url) => {
      const res = await t.http.get(url);
      const field = new URL(url, 'http://x').searchParams.keys().next().value!;
      expectErrorShape(res, 400, field);
    });

    it('in the filter of /api/claims/report answer 400 before the report starts', async () => {
      const res = await t.http.get('/api/claims/report?q=%00&format=csv');
      expectErrorShape(res, 400, 'q');
      expect(res.headers['x-total-count']).toBeUndefined();
    });
  });

  describe('2. lone surrogates', () => {
    it('in any text field of any write answer 400 naming the field', async () => {
      for (const route of routes) {
        for (const field of route.textFields) {
          for (const lone of ['\ud800', 'x\udfff', '\udc00\ud800']) {
            const hostile = withField(route.body, field, `${String(valueAt(route.body, field))}${lone}`);
            const res = await refusedWrite(() => sendJson(route, hostile), 400, field);
            expect(`${route.name} ${res.body.message}`).toContain('well-formed');
          }
        }
      }
    });

    it.each(['/api/claims?q=%ED%A0%80', '/api/speakers?q=a%ED%B0%80', '/api/documents?publisher=%ED%A0%80x'])(
      'sent as their three bytes in the query of %s are no text: the escape is taken literally',
      async (url) => {
        // Fastify leaves a sequence that is not UTF-8 undecoded, so the filter is the (well-formed) escape text.
        const res = await t.http.get(url).expect(200);
        expect(res.body.items).toEqual([]);
      },
    );

    it('in document text are refused, so a later text with U+FFFD is a document of its own', async () => {
      const article = newArticle();
      const lone = { ...article, text: `${article.text} \ud83d` };
      await refusedWrite(() => t.http.post('/api/documents').set(admin).send(lone), 400, 'text');
      const replaced = { ...article, text: `${article.text} \ufffd` };
      const stored = await t.http.post('/api/documents').set(admin).send(replaced).expect(201);
      expect(stored.body.text).toBe(replaced.text);
      // A pair (an astral character) is well-formed and kept.
      const astral = { ...newArticle(), title: 'Smile \ud83d\ude00' };
      expect((await t.http.post('/api/documents').set(admin).send(astral).expect(201)).body.title).toBe(
        'Smile 😀',
      );
    });
  });

  describe('3. nesting depth', () => {
    it(`a body nested 5,000 levels deep answers 400 on every write route`, async () => {
      for (const route of routes) {
        const [first] = Object.keys(route.body);
        const res = await refusedWrite(() => sendJson(route, `{"${first}":${nested(5000)}}`), 400, first);
        expect(`${route.name}: ${res.body.message}`).toContain(`nested more than ${MAX_INPUT_DEPTH} levels`);
        // A body that is itself a deep array names its first item.
        await refusedWrite(() => sendJson(route, `${'['.repeat(5000)}${']'.repeat(5000)}`), 400, '0');
      }
    });

    it(`just past ${MAX_INPUT_DEPTH} levels is refused, a sane nesting is stored`, async () => {
      const route = routes[0];
      const over = `{"title":"T","text":"Deep.","metadata":${nested(MAX_INPUT_DEPTH)}}`;
      await refusedWrite(() => sendJson(route, over), 400, 'metadata');
      const ok = newArticle({ metadata: JSON.parse(nested(10)) });
      const stored = await t.http.post('/api/documents').set(admin).send(ok).expect(201);
      expect(stored.body.metadata).toEqual(JSON.parse(nested(10)));
    });
  });

  describe('4. forged page cursors answer 400 invalid cursor', () => {
    const uuid = '00000000-0000-4000-8000-000000000000';
    const forgedDates = [
      '1',
      'March 7',
      '+275760-09-13T00:00:00.000Z',
      '-271821-04-20T00:00:00.000Z',
      '0000-01-01T00:00:00.000Z',
      '2026-02-30T00:00:00.000Z',
      '2026-03-04',
    ];
    const forgedIntegers = [2147483648, -2147483649, 9007199254740991, 1.5, '12'];
    const forgedTexts = ['a\u0000b', 'x\ud800', 42];

    const lists = () => [
      ...forgedDates.map((d) => ['/api/documents', cursorOf('documents', [d, uuid])] as const),
      ...forgedDates.map((d) => ['/api/claims', cursorOf('claims', [d, uuid])] as const),
      ...forgedDates.map(
        (d) => [`/api/claims/${claim.id}/evidence`, cursorOf('evidence', [d, uuid])] as const,
      ),
      ...forgedIntegers.map(
        (n) => [`/api/documents/${documentId}/claims`, cursorOf('claimsInText', [n, uuid])] as const,
      ),
      ...forgedIntegers.map(
        (n) => [`/api/claims?documentId=${documentId}`, cursorOf('claimsInText', [n, uuid])] as const,
      ),
      ...forgedTexts.map((s) => ['/api/speakers', cursorOf('speakers', [s, uuid])] as const),
      ['/api/documents', cursorOf('documents', ['2026-03-04T09:30:00.000Z', 'not-a-uuid'])] as const,
      ['/api/documents', cursorOf('documents', ['2026-03-04T09:30:00.000Z'])] as const,
      // A well-formed key under another list's name, and one with no name at all.
      ['/api/claims', cursorOf('documents', ['2026-03-04T09:30:00.000Z', uuid])] as const,
      [
        '/api/documents',
        Buffer.from(JSON.stringify(['2026-03-04T09:30:00.000Z', uuid])).toString('base64url'),
      ] as const,
    ];

    it('on every list', async () => {
      for (const [list, cursor] of lists()) {
        const values = cursorParts(cursor);
        const separator = list.includes('?') ? '&' : '?';
        const res = await t.http.get(`${list}${separator}cursor=${cursor}`);
        expectErrorShape(res, 400);
        expect({ list, values, message: res.body.message, code: res.body.code }).toEqual({
          list,
          values,
          message: expect.stringMatching(/^invalid cursor/),
          code: 'invalid-cursor',
        });
      }
      for (const garbage of ['%00', 'bm90IGpzb24', '____']) {
        expectErrorShape(await t.http.get(`/api/documents?cursor=${garbage}`), 400);
      }
    });

    it('while the cursors the lists issue still page through them', async () => {
      const first = await t.http.get('/api/documents?limit=1').expect(200);
      const next = await t.http.get(`/api/documents?limit=1&cursor=${first.body.nextCursor}`).expect(200);
      expect(next.body.items[0].id).not.toBe(first.body.items[0].id);
      const speakers = await t.http.get('/api/speakers?limit=1').expect(200);
      await t.http.get(`/api/speakers?limit=1&cursor=${speakers.body.nextCursor}`).expect(200);
      const claims = await t.http.get(`/api/documents/${documentId}/claims?limit=1`).expect(200);
      await t.http
        .get(`/api/documents/${documentId}/claims?limit=1&cursor=${claims.body.nextCursor}`)
        .expect(200);
      const newest = await t.http.get('/api/claims?limit=1').expect(200);
      // The forged cursors above carry these names, so they are refused for their keys, not their names.
      expect([first, speakers, claims, newest].map((page) => cursorParts(page.body.nextCursor))).toEqual([
        ['documents-newest', first.body.items[0].createdAt, first.body.items[0].id],
        ['speakers-by-name', speakers.body.items[0].name, speakers.body.items[0].id],
        ['claims-in-text', claims.body.items[0].start, claims.body.items[0].id],
        ['claims-newest', newest.body.items[0].createdAt, newest.body.items[0].id],
      ]);
    });

    it("but not another list's, though its key has the same types", async () => {
      const documents = await t.http.get('/api/documents?limit=1').expect(200);
      const claims = await t.http.get('/api/claims?limit=1').expect(200);
      for (const [list, cursor] of [
        ['/api/claims', documents.body.nextCursor],
        ['/api/documents', claims.body.nextCursor],
        [`/api/claims/${claim.id}/evidence`, claims.body.nextCursor],
      ]) {
        const res = await t.http.get(`${list}?cursor=${cursor}`);
        expectErrorShape(res, 400);
        expect(res.body.code).toBe('invalid-cursor');
      }
    });
  });

  describe('4b. a page size is written in decimal digits', () => {
    it.each(['0x10', '1e1', ' 5', '', '5.0', '+5', '0b11'])('400 for limit=%j', async (limit) => {
      for (const list of ['/api/documents', '/api/claims', '/api/speakers']) {
        const res = await t.http.get(list).query({ limit });
        expectErrorShape(res, 400, 'limit');
      }
    });

    it('while a decimal limit is taken as written', async () => {
      const res = await t.http.get('/api/claims').query({ limit: '01' }).expect(200);
      expect(res.body.items).toHaveLength(1);
    });
  });

  describe('5. out-of-range and malformed dates', () => {
    it.each([
      ['from', '0000-01-01'],
      ['to', '0000-01-01'],
      ['from', '+275760-09-13'],
      ['to', '-000001-01-01'],
      ['from', '2026-02-30'],
      ['to', '2026-W10'],
      ['from', '2026-123'],
      ['to', '10000-01-01'],
    ])('/api/documents?%s=%s answers 400', async (field, value) => {
      expectErrorShape(await t.http.get(`/api/documents?${field}=${encodeURIComponent(value)}`), 400, field);
    });

    it('publishedAt and retrievedAt of a write likewise', async () => {
      for (const field of ['publishedAt', 'retrievedAt']) {
        const body = newArticle({ [field]: '0000-01-01T00:00:00Z' });
        await refusedWrite(() => t.http.post('/api/documents').set(admin).send(body), 400, field);
      }
      const evidence = { stance: 'context', url: 'https://x.example/', publishedAt: '0000-12-31' };
      await refusedWrite(
        () => t.http.post(`/api/claims/${claim.id}/evidence`).set(admin).send(evidence),
        400,
        'publishedAt',
      );
    });

    it('while dates in range are taken', async () => {
      const res = await t.http.get('/api/documents?from=0001-01-01&to=9999-12-31T23:59:59Z').expect(200);
      expect(res.body.items.length).toBeGreaterThan(0);
    });
  });

  describe('6. malformed speakers of a claim', () => {
    it.each([
      ['an empty array', []],
      ['an array of a speaker', [{ name: 'Nadia Okafor', kind: 'person' }]],
      ['a blank name', { name: ' ', kind: 'person' }],
      ['a name of white space', { name: '\t\n ', kind: 'organization' }],
    ])('%s answers 400', async (_label, speaker) => {
      const field = Array.isArray(speaker) ? 'speaker' : 'speaker.name';
      const create = routes[1];
      await refusedWrite(() => sendJson(create, { ...create.body, speaker }), 400, field);
      const update = routes[2];
      await refusedWrite(() => sendJson(update, { ...update.body, speaker }), 400, field);
    });

    it('a speaker renamed to blanks answers 400', async () => {
      await refusedWrite(
        () => t.http.patch(`/api/speakers/${speakerId}`).set(admin).send({ name: '   ' }),
        400,
        'name',
      );
    });
  });

  describe('paths Fastify refuses before any route', () => {
    it('answer the standard error body, with the reason phrase of their status', async () => {
      expectErrorShape(await t.http.get('/api/documents/%ZZ'), 400);
      const long = await t.http.get(`/api/documents/${'x'.repeat(1000)}`);
      expectErrorShape(long, 414);
      expect(long.body.error).toBe('URI Too Long');
    });
  });

  describe('7. reader pages', () => {
    const expectHtmlError = (res: Response, status: number) => {
      expect({ status: res.status, type: res.headers['content-type'] }).toEqual({
        status,
        type: 'text/html; charset=utf-8',
      });
      expect(res.text).toContain(`<h1>${status} ${STATUS_CODES[status]}</h1>`);
      expect(res.text).not.toContain('Attempted to send payload');
    };

    it('answer input errors with the HTML error page', async () => {
      for (const path of [
        '/?q=%00',
        `/?cursor=${cursorOf('documents', ['1', randomUUID()])}`,
        `/?cursor=${cursorOf('documents', ['+275760-09-13T00:00:00.000Z', randomUUID()])}`,
        '/?limit=99999999999',
      ]) {
        expectHtmlError(await t.http.get(path), 400);
      }
    });

    it('render a server error as the HTML error page with status 500', async () => {
      // Break the database under the app (as an outage would), then restore it.
      await withClient(t.superuserUrl, (c) => c.query('ALTER TABLE documents RENAME TO documents_away'));
      try {
        const res = await t.http.get('/');
        expectHtmlError(res, 500);
        expect(res.text).toContain('Internal server error');
        expect(res.text).not.toContain('documents_away');
        // The API keeps its JSON errors.
        expectErrorShape(await t.http.get('/api/documents'), 500);
      } finally {
        await withClient(t.superuserUrl, (c) => c.query('ALTER TABLE documents_away RENAME TO documents'));
      }
      await t.http.get('/').expect(200);
    });
  });
});
