import { InvalidConfiguration, validateEnvironment } from '../src/config/configuration';
import { REPORT_FORMATS } from '../src/exports/report-format';
import { bearer, mintKey } from './support/keys';
import { newArticle } from './support/factories';
import { startTestApp, TestApp } from './support/test-app';
import { asText } from './support/text-body';

const SPOOFED = {
  Host: 'evil.example',
  'X-Forwarded-Host': 'evil.example',
  'X-Forwarded-Proto': 'javascript',
  'X-Forwarded-For': '203.0.113.9',
};

describe('abuse: proxy headers and public links', () => {
  describe('links in reports', () => {
    let t: TestApp;
    let documentId: string;

    beforeAll(async () => {
      t = await startTestApp({ env: { PUBLIC_BASE_URL: 'https://claims.example.org/' } });
      const key = await mintKey(t, 'factchecker');
      documentId = (await t.http.post('/api/documents').set(bearer(key)).send(newArticle()).expect(201)).body
        .id;
      const claims = (await t.http.get(`/api/documents/${documentId}/claims`).expect(200)).body.items;
      await t.http
        .post(`/api/claims/${claims[0].id}/reviews`)
        .set(bearer(key))
        .send({ verdict: 'mostly-true', rationale: 'Checked' })
        .expect(201);
    });
    afterAll(() => t.close());

    it.each(REPORT_FORMATS)(
      '%s: spoofed Host and X-Forwarded-Host/Proto never reach the output; links use PUBLIC_BASE_URL',
      async (format) => {
        for (const path of ['/api/claims/report', `/api/documents/${documentId}/report`]) {
          const res = await t.http
            .get(path)
            .query({ format })
            .set(SPOOFED)
            .buffer(true)
            .parse(asText)
            .expect(200);
          const body = res.body as string;
          expect(body).not.toMatch(/evil\.example/);
          expect(body).not.toMatch(/javascript/i);
          expect(JSON.stringify(res.headers)).not.toMatch(/evil\.example|javascript/i);
          // Every format links the claims it lists: the API (json, csv) or the reader's pages.
          expect(body).toMatch(/https:\/\/claims\.example\.org\/(api\/)?claims\//);
        }
      },
    );

    it('ClaimReview @id and url start with PUBLIC_BASE_URL', async () => {
      const res = await t.http
        .get(`/api/documents/${documentId}/report`)
        .query({ format: 'claimreview' })
        .set(SPOOFED)
        .buffer(true)
        .parse(asText)
        .expect(200);
      const parsed = JSON.parse(res.body as string);
      const reviews: Array<Record<string, string>> = Array.isArray(parsed)
        ? parsed
        : (parsed['@graph'] ?? parsed.itemListElement ?? [parsed]);
      const text = JSON.stringify(reviews);
      const ids = [...text.matchAll(/"(?:@id|url)":"([^"]+)"/g)].map((m) => m[1]);
      const ours = ids.filter((id) => id.includes('/api/'));
      expect(ours.length).toBeGreaterThan(0);
      for (const id of ours) expect(id.startsWith('https://claims.example.org/api/')).toBe(true);
    });
  });

  describe('settings', () => {
    it('PUBLIC_BASE_URL defaults to http://localhost:<PORT>; TRUST_PROXY is off by default', () => {
      const config = validateEnvironment({ PORT: '8080' });
      expect(config.PUBLIC_BASE_URL).toBe('http://localhost:8080');
      expect(config.TRUST_PROXY).toBe(false);
    });

    it('refuses a PUBLIC_BASE_URL that is not plain http(s) and a TRUST_PROXY that names no address', () => {
      expect(() => validateEnvironment({ PUBLIC_BASE_URL: 'javascript://x' })).toThrow(InvalidConfiguration);
      expect(() => validateEnvironment({ PUBLIC_BASE_URL: 'https://x.example/?q=1' })).toThrow(
        InvalidConfiguration,
      );
      expect(() => validateEnvironment({ TRUST_PROXY: 'everyone' })).toThrow(InvalidConfiguration);
      expect(() => validateEnvironment({ TRUST_PROXY: '10.0.0.1,1.2.3' })).toThrow(InvalidConfiguration);
      expect(validateEnvironment({ TRUST_PROXY: '10.0.0.0/8, ::1' }).TRUST_PROXY).toBe('10.0.0.0/8, ::1');
      expect(validateEnvironment({ TRUST_PROXY: '2' }).TRUST_PROXY).toBe('2');
    });
  });

  describe('rate limit by client address', () => {
    it('by default a spoofed X-Forwarded-For does not escape the limit', async () => {
      const t = await startTestApp({ env: { RATE_LIMIT_PER_MINUTE: '5' } });
      try {
        const statuses: number[] = [];
        for (let i = 0; i < 8; i++) {
          const res = await t.http.get('/api/claims').set('X-Forwarded-For', `198.51.100.${i + 1}`);
          statuses.push(res.status);
        }
        expect(statuses.slice(0, 5)).toEqual([200, 200, 200, 200, 200]);
        expect(statuses.slice(5)).toEqual([429, 429, 429]);
      } finally {
        await t.close();
      }
    });

    it('with TRUST_PROXY naming the proxy, each forwarded client has its own limit', async () => {
      const t = await startTestApp({ env: { RATE_LIMIT_PER_MINUTE: '3', TRUST_PROXY: '127.0.0.1,::1' } });
      try {
        for (const client of ['198.51.100.1', '198.51.100.2']) {
          for (let i = 0; i < 3; i++) {
            await t.http.get('/api/claims').set('X-Forwarded-For', client).expect(200);
          }
          await t.http.get('/api/claims').set('X-Forwarded-For', client).expect(429);
        }
      } finally {
        await t.close();
      }
    });
  });
});
