import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditEntry, AuditService } from '../audit/audit.service';
import { Actor, SYSTEM_ACTOR } from '../auth/roles';
import { timeOrderedUuid } from '../common/time-ordered-uuid';
import { EntityNotFound } from '../common/domain-errors';
import { CopyListResponse, toCopyResponse } from './dto/copy.response';
import { TrailResponse, toTrailResponse } from './dto/trail.response';
import { KnownFeatures } from './document-features';
import { claimSpeakerKeys } from './speaker-key';
import { indexTerms, statementFeatures } from './statement';
import { GroupedClaim, mergeStatements } from './statement-groups';
import { documentEntities, documentStories, DocumentStory } from './entities';
import { CopyChanges, indexSyndication } from './syndication';
import { datedDocuments, listCopies, unindexedDocuments } from './syndication.queries';
import {
  CandidateClaim,
  ClaimToRead,
  claimWordings,
  IndexedClaim,
  findCandidates,
  indexedClaimsOfSpeaker,
  insertIndexedClaims,
  insertTerms,
  lockDocumentsToIndex,
  lockIndexedClaims,
  namesOfDocuments,
  rekeyClaims,
  relabelStatements,
  SpeakerProbe,
  speakerNamesOfDocuments,
} from './trail.queries';
import { singleAppearance, statementAppearances } from './appearances.queries';

// Each speaker's most recent claims sharing a word with a new document's claims: enough to find a repeat,
// bounded however prolific the speaker.
const CANDIDATES_PER_SPEAKER = 300;

/** Each speaker's distinct words and figures: a long document repeats them thousands of times. */
function speakerProbes(
  claims: Array<Pick<IndexedClaim, 'speakerKey' | 'stems' | 'numbers'>>,
): SpeakerProbe[] {
  const probes = new Map<string, { stems: Set<string>; numbers: Set<string> }>();
  for (const { speakerKey, stems, numbers } of claims) {
    if (!speakerKey) continue;
    const probe = probes.get(speakerKey) ?? { stems: new Set<string>(), numbers: new Set<string>() };
    for (const stem of stems) probe.stems.add(stem);
    for (const number of numbers) probe.numbers.add(number);
    probes.set(speakerKey, probe);
  }
  return [...probes].map(([key, p]) => ({ key, stems: [...p.stems], numbers: [...p.numbers] }));
}

/**
 * mergeStatements of `added` with the candidates `pool` (newest first, as findCandidates gives them), each
 * claim given its document's story in place: a copy of each of a batch's 20,000 claims and candidates, only to
 * add one field, was about 5% of the grouping's time in a worker's profile, and garbage to collect.
 */
function regroup(
  pool: CandidateClaim[],
  added: Array<Omit<GroupedClaim, 'story'> & { documentId: string }>,
  stories: ReadonlyMap<string, DocumentStory>,
) {
  const placed = <T extends { documentId: string }>(claims: T[]) => {
    for (const c of claims as Array<T & { story?: DocumentStory }>) c.story = stories.get(c.documentId);
    return claims as Array<T & { story?: DocumentStory }>;
  };
  return mergeStatements(placed(pool.reverse()), placed(added));
}

/**
 * Both results once both have settled, or the first failure. Both share the caller's transaction: returning
 * at the first failure would let the caller roll back while the other still sends statements, which would
 * then run outside it. A later failure follows from the first (the transaction is aborted), so the first is
 * the one to report (a deadlock, which the caller retries).
 */
async function bothSettled<A, B>(a: Promise<A>, b: Promise<B>): Promise<[A, B]> {
  const failures: unknown[] = [];
  const settled = await Promise.allSettled(
    [a, b].map((p) =>
      p.catch((error: unknown) => {
        failures.push(error);
        throw error;
      }),
    ),
  );
  if (failures.length > 0) throw failures[0];
  return settled.map((s) => (s as PromiseFulfilledResult<unknown>).value) as [A, B];
}

@Injectable()
export class TrailService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  /**
   * Indexes stored documents for the trail inside the caller's transaction: finds the documents each one
   * reproduces (or that reproduce it) and sets `copyOf` on both sides, then groups each claim not indexed yet
   * with the earlier appearances of its statement. What is already indexed is skipped, so calling it again
   * (after a re-extraction added claims) indexes only what is new.
   * Other documents whose `copyOf` changes get an audited update; call it after the caller's other writes
   * and before its own audit record. Returns the `copyOf` of each newly indexed document. With `auditAll`,
   * a newly indexed document found to be a copy gets an audited update too (its creation event, recorded
   * in an earlier transaction, could not say so). `known` gives features the extraction worker computed
   * (documentFeatures): they are used rather than computed here again, on the event loop, with the lock held.
   * `beforeAudit` runs once, after the indexing and before the audit chain's lock is taken: a caller that
   * locks rows of its own in this transaction does so there, since every transaction takes the chain's lock
   * after its row locks (else two of them can each hold what the other waits for).
   */
  async indexDocuments(
    em: EntityManager,
    documentIds: string[],
    actor: Actor = SYSTEM_ACTOR,
    {
      auditAll = false,
      known = new Map(),
      beforeAudit = () => Promise.resolve(),
    }: {
      auditAll?: boolean;
      known?: ReadonlyMap<string, KnownFeatures>;
      beforeAudit?: () => Promise<void>;
    } = {},
  ): Promise<Map<string, string | null>> {
    if (documentIds.length === 0) {
      await beforeAudit();
      return new Map();
    }
    const documents = await lockDocumentsToIndex(em, documentIds, [...known.keys()]);
    const updates: CopyChanges = new Map();
    // Syndication and statements touch different rows and read nothing the other writes: run together, the
    // database works on one's statements while this thread groups the other's claims. The candidates go
    // first on the transaction's one connection, so the grouping (this thread's longest step) overlaps the
    // overlap probe instead of starting after it, with the lock held meanwhile.
    const [, copyOf] = await bothSettled(
      this.indexClaims(
        em,
        documents.flatMap((d) => d.claims),
        known,
        // The names of each: where it was filed from keys a described body (speakerKey), and with its names
        // tells one town's story from another's.
        new Map(documents.map((d) => [d.id, known.get(d.id)?.entities ?? documentEntities(d.text)])),
      ),
      indexSyndication(
        em,
        documents.filter((d) => !d.fingerprinted),
        updates,
        known,
      ),
    );
    const events: AuditEntry[] = [...updates]
      .filter(([id, change]) => (auditAll || !copyOf.has(id)) && change.before !== change.after)
      .map(([id, change]) => ({
        actor,
        action: 'update',
        entityType: 'document',
        entityId: id,
        changes: { before: { copyOf: change.before }, after: { copyOf: change.after } },
      }));
    for (const [id, change] of updates) if (copyOf.has(id)) copyOf.set(id, change.after);
    await beforeAudit();
    await this.audit.recordMany(em, events);
    return copyOf;
  }

  /**
   * After their speaker changed (a merge, a rename), moves indexed claims to their speaker's new key (keyed as
   * indexing keys them) and regroups them with what that speaker said, inside the caller's transaction.
   * Claims whose key is unchanged stay as they are.
   */
  async rekeyClaims(em: EntityManager, claimIds: string[]): Promise<void> {
    if (claimIds.length === 0) return;
    const rows = await lockIndexedClaims(em, claimIds);
    const documentIds = [...new Set(rows.map((row) => row.documentId))];
    const names = await namesOfDocuments(em, documentIds);
    const keys = claimSpeakerKeys(rows, await speakerNamesOfDocuments(em, documentIds), names);
    const moved = rows
      .map((row, i) => ({ ...row, speakerKey: keys[i], statementId: timeOrderedUuid() }))
      .filter((row, i) => row.speakerKey !== rows[i].speakerKey);
    if (moved.length === 0) return;
    // The new speaker's claims as they were before these join them; as at indexing, claims of two towns'
    // stories stay apart.
    const pool = await findCandidates(em, speakerProbes(moved), CANDIDATES_PER_SPEAKER);
    const stories = await this.stories(em, names, pool);
    await rekeyClaims(em, moved);
    await relabelStatements(em, regroup(pool, moved, stories));
  }

  /** rekeyClaims for every indexed claim of a speaker, after a rename. */
  async rekeySpeaker(em: EntityManager, speakerId: string): Promise<void> {
    await this.rekeyClaims(em, await indexedClaimsOfSpeaker(em, speakerId));
  }

  /**
   * Indexes every stored document the trail has not seen (those stored before it existed), in batches of
   * one transaction each, earliest published first; returns how many it indexed.
   */
  async reindex(batchSize = 100, onBatch: (indexed: number) => void = () => {}): Promise<number> {
    let total = 0;
    for (;;) {
      const { found, indexed } = await this.db.transaction(async (em) => {
        const ids = await unindexedDocuments(em, batchSize);
        // Another process may have indexed some of them meanwhile; they are skipped, not counted.
        return { found: ids.length, indexed: (await this.indexDocuments(em, ids)).size };
      });
      if (found === 0) return total;
      total += indexed;
      onBatch(total);
    }
  }

  async trail(claimId: string): Promise<TrailResponse> {
    let rows = await statementAppearances(this.db.manager, claimId);
    // A claim the trail never indexed (added by hand, or stored before the trail existed) stands alone.
    if (rows.length === 0) rows = await singleAppearance(this.db.manager, claimId);
    if (rows.length === 0) throw new EntityNotFound('claim', claimId);
    return toTrailResponse(rows);
  }

  async copies(documentId: string): Promise<CopyListResponse> {
    const found = await datedDocuments(this.db.manager, [documentId]);
    if (found.length === 0) throw new EntityNotFound('document', documentId);
    return { items: (await listCopies(this.db.manager, documentId)).map(toCopyResponse) };
  }

  private async indexClaims(
    em: EntityManager,
    toIndex: ClaimToRead[],
    known: ReadonlyMap<string, KnownFeatures>,
    names: ReadonlyMap<string, string[]>,
  ): Promise<void> {
    // The batch read leaves out the words of a known document's claims; one added since it was stored (a
    // re-extraction between an import's store and this) has no features given, and is read again.
    const wordings = await claimWordings(
      em,
      toIndex
        .filter((c) => c.text === null && !known.get(c.documentId)?.statements.has(c.id))
        .map((c) => c.id),
    );
    const featuresOf = (claim: ClaimToRead) => {
      const { text, cue } =
        claim.text === null ? wordings.get(claim.id)! : { text: claim.text, cue: claim.cue };
      return statementFeatures(text, cue);
    };
    const speakersOf = new Map<string, string[]>();
    for (const { documentId, speakerName } of toIndex) {
      if (!speakerName) continue;
      const spoken = speakersOf.get(documentId);
      if (spoken) spoken.push(speakerName);
      else speakersOf.set(documentId, [speakerName]);
    }
    const keys = claimSpeakerKeys(toIndex, speakersOf, names);
    const claims = toIndex.map((claim, i) => ({
      claim,
      features: known.get(claim.documentId)?.statements.get(claim.id) ?? featuresOf(claim),
      key: keys[i],
    }));
    if (claims.length === 0) return;
    // Each new claim starts in a statement of its own and joins the statements it repeats.
    const indexed: Array<IndexedClaim & { terms: string[] }> = claims.map(({ claim, features, key }) => ({
      claimId: claim.id,
      documentId: claim.documentId,
      statementId: timeOrderedUuid(),
      speakerKey: key,
      kind: claim.kind,
      ...features,
      // Only attributed claims are ever suggested: editorial ones need no postings.
      terms: claim.kind === 'attributed' && key ? indexTerms(features) : [],
    }));
    // The candidates come newest first per speaker; the grouping takes them oldest first. Grouped before they
    // are stored, the new claims are written once, in their statements; only stored claims whose statements
    // merge are updated. The terms do not depend on the statements: they are written while the claims are
    // grouped (the grouping waits a turn of the event loop, so the insert is sent first). Each half keeps one
    // statement at a time on the connection: the driver warns of a queue any deeper.
    const pool = await findCandidates(em, speakerProbes(indexed), CANDIDATES_PER_SPEAKER);
    const stories = await this.stories(em, names, pool);
    const [, moves] = await bothSettled(
      insertTerms(em, indexed),
      new Promise<void>((resolve) => setImmediate(resolve)).then(() => regroup(pool, indexed, stories)),
    );
    const into = new Map(moves.map((m) => [m.from, m.into]));
    await insertIndexedClaims(
      em,
      indexed.map((c) => ({ ...c, statementId: into.get(c.statementId) ?? c.statementId })),
    );
    const added = new Set(indexed.map((c) => c.statementId));
    await relabelStatements(
      em,
      moves.filter((m) => !added.has(m.from)),
    );
  }

  /**
   * The story of each document the grouping compares: the batch's (their names given) and the stored ones
   * its candidates come from. An undated document takes the place of the dated one among these it shares
   * most names with.
   */
  private async stories(
    em: EntityManager,
    batch: ReadonlyMap<string, string[]>,
    pool: Array<{ documentId: string }>,
  ): Promise<Map<string, DocumentStory>> {
    const stored = await namesOfDocuments(em, [
      ...new Set(pool.map((c) => c.documentId).filter((id) => !batch.has(id))),
    ]);
    return documentStories(new Map([...batch, ...stored]));
  }
}
