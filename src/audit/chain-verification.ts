import { AuditEvent } from './audit-event.entity';
import { eventHash, GENESIS_HASH } from './audit-hash';

/** The head of the chain at some moment (an operator keeps these outside the database). */
export interface Checkpoint {
  seq: number;
  hash: string;
}

/** One place the chain does not hold together. */
export interface ChainBreak {
  seq: number;
  reason: string;
}

export interface CheckpointResult extends Checkpoint {
  /** Null when the chain still holds this event with this hash; otherwise why not. */
  problem: string | null;
}

export interface ChainReport {
  /** Events read. */
  count: number;
  /** The last event (seq 0 and the genesis hash for an empty chain). */
  head: Checkpoint;
  breaks: ChainBreak[];
  checkpoints: CheckpointResult[];
}

/** The hash an event should have, from what it stores. */
export function expectedHash(event: AuditEvent): string {
  return eventHash({
    seq: event.seq,
    prevHash: event.prevHash,
    actor: { name: event.actorName, role: event.actorRole, keyId: event.actorKeyId },
    action: event.action,
    entityType: event.entityType,
    entityId: event.entityId,
    parent: event.parentType && event.parentId ? { type: event.parentType, id: event.parentId } : null,
    changes: event.changes,
    at: event.at.toISOString(),
  });
}

/**
 * Walks the chain in order, event by event, and keeps going past a break so every break is listed.
 * The chain alone shows an edited, inserted or removed event in its middle. Checkpoints kept elsewhere
 * show what it cannot: removed last events (the chain just ends earlier) and history rewritten with every
 * later hash recomputed (the chain is consistent again, but no longer holds the checkpointed hash).
 */
export class ChainWalker {
  private count = 0;
  private expectedSeq = 1;
  private previousHash = GENESIS_HASH;
  private readonly breaks: ChainBreak[] = [];
  private readonly checkpoints = new Map<number, CheckpointResult>();

  constructor(checkpoints: Checkpoint[] = []) {
    for (const c of checkpoints) this.checkpoints.set(c.seq, { seq: c.seq, hash: c.hash, problem: null });
  }

  visit(event: AuditEvent): void {
    if (event.seq !== this.expectedSeq) {
      this.breaks.push({
        seq: event.seq,
        reason: `expected event ${this.expectedSeq} next: events are missing`,
      });
      for (const c of this.checkpoints.values()) {
        if (c.seq >= this.expectedSeq && c.seq < event.seq) c.problem = 'the event is missing from the chain';
      }
    } else if (event.prevHash !== this.previousHash) {
      this.breaks.push({ seq: event.seq, reason: 'its previous hash does not match the event before it' });
    }
    if (expectedHash(event) !== event.hash) {
      this.breaks.push({ seq: event.seq, reason: 'its content does not match its hash' });
    }
    const checkpoint = this.checkpoints.get(event.seq);
    if (checkpoint && checkpoint.hash !== event.hash) {
      checkpoint.problem = 'the chain holds another hash here: history up to this event was rewritten';
    }
    this.count += 1;
    this.expectedSeq = event.seq + 1;
    this.previousHash = event.hash;
  }

  finish(): ChainReport {
    const last = this.expectedSeq - 1;
    for (const c of this.checkpoints.values()) {
      if (c.seq > last) c.problem = `the chain ends at event ${last}: its last events were removed`;
      if (c.seq === 0 && c.hash !== GENESIS_HASH)
        c.problem = 'event 0 is the empty chain, whose hash is all zeros';
    }
    return {
      count: this.count,
      head: { seq: last, hash: this.previousHash },
      breaks: this.breaks,
      checkpoints: [...this.checkpoints.values()].sort((a, b) => a.seq - b.seq),
    };
  }
}

/**
 * Reads checkpoints as `audit checkpoint` prints them: one JSON object per line with `seq` and `hash`.
 * Blank lines and lines starting with # are skipped; anything else malformed is an error naming its line.
 */
export function parseCheckpoints(text: string): Checkpoint[] {
  const checkpoints: Checkpoint[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    const trimmed = line.trim();
    if (!trimmed || trimmed.startsWith('#')) return;
    let parsed: unknown;
    try {
      parsed = JSON.parse(trimmed);
    } catch {
      parsed = null;
    }
    const { seq, hash } = (parsed ?? {}) as Partial<Checkpoint>;
    if (!Number.isSafeInteger(seq) || seq! < 0 || typeof hash !== 'string' || !/^[0-9a-f]{64}$/.test(hash))
      throw new Error(`checkpoint line ${i + 1} is not {"seq": <number>, "hash": "<64 hex digits>"}`);
    checkpoints.push({ seq: seq!, hash });
  });
  return checkpoints;
}
