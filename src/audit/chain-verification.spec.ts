import { AuditEvent } from './audit-event.entity';
import { GENESIS_HASH } from './audit-hash';
import { ChainWalker, expectedHash, parseCheckpoints } from './chain-verification';

// A well-formed chain of `n` events, each hashed over the one before.
function chain(n: number): AuditEvent[] {
  const events: AuditEvent[] = [];
  let prevHash = GENESIS_HASH;
  for (let seq = 1; seq <= n; seq++) {
    const event = Object.assign(new AuditEvent(), {
      seq,
      at: new Date(Date.UTC(2026, 0, 1, 0, 0, seq)),
      actorName: 'ana',
      actorRole: 'factchecker',
      actorKeyId: null,
      action: 'update',
      entityType: 'claim',
      entityId: '6b1f7a3e-0000-4000-8000-000000000000',
      parentType: null,
      parentId: null,
      changes: { before: { cue: 'said' }, after: { cue: `told ${seq}` } },
      prevHash,
      hash: '',
    });
    event.hash = expectedHash(event);
    prevHash = event.hash;
    events.push(event);
  }
  return events;
}

// Rewrites events from `from` on, each hash recomputed: a chain as consistent as the original.
function rehashFrom(events: AuditEvent[], from: number): void {
  for (let i = from - 1; i < events.length; i++) {
    events[i].prevHash = i === 0 ? GENESIS_HASH : events[i - 1].hash;
    events[i].hash = expectedHash(events[i]);
  }
}

const walk = (events: AuditEvent[], checkpoints: Array<{ seq: number; hash: string }> = []) => {
  const walker = new ChainWalker(checkpoints);
  events.forEach((e) => walker.visit(e));
  return walker.finish();
};

describe('ChainWalker', () => {
  it('verifies an intact chain and reports its head', () => {
    const events = chain(5);
    expect(walk(events)).toEqual({
      count: 5,
      head: { seq: 5, hash: events[4].hash },
      breaks: [],
      checkpoints: [],
    });
  });

  it('lists every break, not just the first', () => {
    const events = chain(10);
    events[2].changes = { before: null, after: { forged: true } };
    events[4].hash = expectedHash({ ...events[4], actorName: 'someone-else' } as AuditEvent);
    events.splice(7, 1);
    expect(walk(events).breaks).toEqual([
      { seq: 3, reason: 'its content does not match its hash' },
      { seq: 5, reason: 'its content does not match its hash' },
      { seq: 6, reason: 'its previous hash does not match the event before it' },
      { seq: 9, reason: 'expected event 8 next: events are missing' },
    ]);
  });

  it('cannot see removed last events alone, but a checkpoint past the new end shows them', () => {
    const events = chain(8);
    const checkpoint = { seq: 8, hash: events[7].hash };
    const truncated = events.slice(0, 5);
    expect(walk(truncated).breaks).toEqual([]);
    expect(walk(truncated, [checkpoint]).checkpoints).toEqual([
      { ...checkpoint, problem: 'the chain ends at event 5: its last events were removed' },
    ]);
  });

  it('cannot see history rewritten with every later hash recomputed, but a checkpoint shows it', () => {
    const events = chain(8);
    const checkpoints = [
      { seq: 2, hash: events[1].hash },
      { seq: 6, hash: events[5].hash },
    ];
    events[3].actorName = 'someone-else';
    rehashFrom(events, 4);
    const report = walk(events, checkpoints);
    expect(report.breaks).toEqual([]);
    expect(report.checkpoints).toEqual([
      { ...checkpoints[0], problem: null },
      {
        ...checkpoints[1],
        problem: 'the chain holds another hash here: history up to this event was rewritten',
      },
    ]);
  });

  it('reports a checkpoint whose event was removed from the middle', () => {
    const events = chain(6);
    const checkpoint = { seq: 3, hash: events[2].hash };
    events.splice(2, 1);
    expect(walk(events, [checkpoint]).checkpoints[0].problem).toBe('the event is missing from the chain');
  });
});

describe('parseCheckpoints', () => {
  const hash = 'a'.repeat(64);

  it('reads the lines `audit checkpoint` prints, skipping blanks and comments', () => {
    const text = `# kept by ops\n{"seq":3,"hash":"${hash}","takenAt":"2026-01-01T00:00:00Z"}\n\n{"seq":0,"hash":"${GENESIS_HASH}"}\n`;
    expect(parseCheckpoints(text)).toEqual([
      { seq: 3, hash },
      { seq: 0, hash: GENESIS_HASH },
    ]);
  });

  it.each([
    ['not json'],
    ['{"seq":"3","hash":"' + hash + '"}'],
    ['{"seq":3,"hash":"xyz"}'],
    ['{"seq":-1,"hash":"' + hash + '"}'],
  ])('refuses %s, naming the line', (line) => {
    expect(() => parseCheckpoints(`{"seq":1,"hash":"${hash}"}\n${line}`)).toThrow(/line 2/);
  });
});
