import { canonicalJson, eventHash, GENESIS_HASH, HashedEventContent } from './audit-hash';

const event: HashedEventContent = {
  seq: 1,
  prevHash: GENESIS_HASH,
  actor: { name: 'ana', role: 'factchecker', keyId: null },
  action: 'update',
  entityType: 'claim',
  entityId: '6b1f7a3e-0000-4000-8000-000000000000',
  parent: null,
  changes: { before: { cue: 'said' }, after: { cue: 'claimed' } },
  at: '2026-03-04T09:30:00.000Z',
};

describe('canonicalJson', () => {
  it('sorts keys at every depth so stored jsonb (which reorders keys) hashes the same', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { f: 2, e: 3 }], c: null } })).toBe(
      '{"a":{"c":null,"d":[1,{"e":3,"f":2}]},"b":1}',
    );
  });

  it('drops undefined fields as jsonb would', () => {
    expect(canonicalJson({ a: undefined, b: 'x' })).toBe('{"b":"x"}');
  });
});

describe('eventHash', () => {
  it('is a hex SHA-256 that does not depend on key order', () => {
    const reordered = { ...event, changes: { after: { cue: 'claimed' }, before: { cue: 'said' } } };
    expect(eventHash(event)).toMatch(/^[0-9a-f]{64}$/);
    expect(eventHash(reordered)).toBe(eventHash(event));
  });

  it('changes when any content or the previous hash changes', () => {
    expect(eventHash({ ...event, changes: { before: { cue: 'said' }, after: { cue: 'denied' } } })).not.toBe(
      eventHash(event),
    );
    expect(eventHash({ ...event, prevHash: 'f'.repeat(64) })).not.toBe(eventHash(event));
    expect(eventHash({ ...event, actor: { ...event.actor, name: 'bob' } })).not.toBe(eventHash(event));
  });
});
