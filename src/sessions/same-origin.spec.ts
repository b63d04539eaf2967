import { crossSitePost } from './same-origin';

describe('crossSitePost', () => {
  it('allows a post from the app’s own host, or without an Origin (not a browser)', () => {
    expect(crossSitePost({ host: 'claims.example', origin: 'https://claims.example' }, undefined)).toBe(
      false,
    );
    expect(crossSitePost({ host: '127.0.0.1:3000', origin: 'http://127.0.0.1:3000' }, undefined)).toBe(false);
    expect(crossSitePost({ host: 'claims.example' }, undefined)).toBe(false);
  });

  it('allows the host a proxy forwarded, or the one PUBLIC_BASE_URL names', () => {
    const behindProxy = {
      host: 'app:3000',
      'x-forwarded-host': 'claims.example',
      origin: 'https://claims.example',
    };
    expect(crossSitePost(behindProxy, undefined)).toBe(false);
    expect(
      crossSitePost({ host: 'app:3000', origin: 'https://claims.example' }, 'https://claims.example/'),
    ).toBe(false);
  });

  it('trusts Sec-Fetch-Site when the browser sends it', () => {
    const own = { host: 'claims.example', origin: 'null' };
    expect(crossSitePost({ ...own, 'sec-fetch-site': 'same-origin' }, undefined)).toBe(false);
    expect(crossSitePost({ ...own, 'sec-fetch-site': 'none' }, undefined)).toBe(false);
    expect(crossSitePost({ ...own, 'sec-fetch-site': 'cross-site' }, undefined)).toBe(true);
    expect(crossSitePost({ ...own, 'sec-fetch-site': 'same-site' }, undefined)).toBe(true);
    // Without it, an opaque origin (what no-referrer gives the app's own form) tells nothing.
    expect(crossSitePost(own, undefined)).toBe(false);
  });

  it('refuses another site or a malformed origin', () => {
    expect(crossSitePost({ host: 'claims.example', origin: 'https://evil.example' }, undefined)).toBe(true);
    expect(
      crossSitePost({ host: 'claims.example', origin: 'https://claims.example.evil.example' }, undefined),
    ).toBe(true);
    expect(crossSitePost({ host: 'claims.example', origin: 'not a url' }, undefined)).toBe(true);
  });
});
