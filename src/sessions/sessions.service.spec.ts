import { BrowserSession, csrfMatches, csrfTokenOf } from './sessions.service';

const session = (secret: string): BrowserSession => ({
  id: 'a7f3c7a0-0000-4000-8000-000000000001',
  actor: { name: 'desk', role: 'factchecker', keyId: null },
  csrfToken: csrfTokenOf(secret),
});

describe('csrfTokenOf', () => {
  it('is the same for one secret, different for another, and never the secret itself', () => {
    expect(csrfTokenOf('secret-one')).toBe(csrfTokenOf('secret-one'));
    expect(csrfTokenOf('secret-one')).not.toBe(csrfTokenOf('secret-two'));
    expect(csrfTokenOf('secret-one')).not.toContain('secret-one');
    expect(csrfTokenOf('secret-one')).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });
});

describe('csrfMatches', () => {
  it('accepts only the session’s own token', () => {
    const mine = session('secret-one');
    expect(csrfMatches(mine, csrfTokenOf('secret-one'))).toBe(true);
    expect(csrfMatches(mine, csrfTokenOf('secret-two'))).toBe(false);
    expect(csrfMatches(mine, undefined)).toBe(false);
    expect(csrfMatches(mine, '')).toBe(false);
    expect(csrfMatches(mine, csrfTokenOf('secret-one').slice(1))).toBe(false);
    // A repeated header arrives as an array: refused rather than guessed at.
    expect(csrfMatches(mine, [csrfTokenOf('secret-one')])).toBe(false);
  });
});
