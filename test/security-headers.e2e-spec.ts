import { startTestApp, TestApp } from './support/test-app';

// Counts how often helmet's middleware is built: helmet() validates its options and renders every header
// each time, which is meant to happen once, at start (about 9 µs a request otherwise).
jest.mock('helmet', () => {
  const actual = jest.requireActual<(...args: unknown[]) => unknown>('helmet');
  const counted = Object.assign(
    jest.fn((...args: unknown[]) => actual(...args)),
    actual,
  );
  return Object.assign(counted, { default: counted });
});

describe('security headers', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const builds = () => (jest.requireMock('helmet') as jest.Mock).mock.calls.length;

  it('are on every answer (API, error, reader page, asset), from a middleware built once at start', async () => {
    const before = builds();
    expect(before).toBeGreaterThan(0);
    const answers = await Promise.all([
      t.http.get('/api/documents').expect(200),
      t.http.get('/api/nothing-here').expect(404),
      t.http.get('/api/claims/not-a-uuid').expect(400),
      t.http.get('/').expect(200),
      t.http.get('/assets/reader.css').expect(200),
    ]);
    for (const res of answers) {
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['content-security-policy']).toContain("script-src 'self'");
      expect(res.headers['content-security-policy']).not.toContain('upgrade-insecure-requests');
      expect(res.headers['x-powered-by']).toBeUndefined();
    }
    expect(builds()).toBe(before);
  });
});
