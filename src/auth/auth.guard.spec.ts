import { bearerKey } from './auth.guard';
import { roleAtLeast } from './roles';

describe('roleAtLeast', () => {
  it('orders admin above factchecker above researcher', () => {
    expect(roleAtLeast('admin', 'factchecker')).toBe(true);
    expect(roleAtLeast('factchecker', 'factchecker')).toBe(true);
    expect(roleAtLeast('factchecker', 'admin')).toBe(false);
    expect(roleAtLeast('researcher', 'factchecker')).toBe(false);
    expect(roleAtLeast('researcher', 'researcher')).toBe(true);
  });
});

describe('bearerKey', () => {
  it('is undefined without a header, the key for a Bearer header, null for anything else', () => {
    expect(bearerKey(undefined)).toBeUndefined();
    expect(bearerKey('Bearer ct_abc')).toBe('ct_abc');
    expect(bearerKey('bearer   ct_abc ')).toBe('ct_abc');
    expect(bearerKey('Basic dXNlcjpwYXNz')).toBeNull();
    expect(bearerKey('Bearer')).toBeNull();
  });
});
