// Syndication at ingest: which stored document each new one reproduces (its `copyOf`), and which stored
// documents turn out to reproduce it. Indexes a whole batch with one overlap statement.
import { EntityManager } from 'typeorm';
import { KnownFeatures } from './document-features';
import { datelineOf, documentEntities } from './entities';
import { isReproduction, MIN_SHARED, minSharedOf, shingles } from './shingles';
import {
  copiesOf,
  DatedDocument,
  datedDocuments,
  DocumentToIndex,
  fingerprintAndOverlapsMany,
  OverlappingDocument,
  postShinglesMany,
  setCopiesOf,
} from './syndication.queries';

/** Each document whose `copyOf` this indexing changed: what it was before, and what it is now. */
export type CopyChanges = Map<string, { before: string | null; after: string | null }>;

/** Earlier in the order syndication and the trail use: publication time (unknown last), then ingest. */
export function publishedBefore(a: DatedDocument, b: DatedDocument): boolean {
  const pa = a.publishedAt ? new Date(a.publishedAt).getTime() : Infinity;
  const pb = b.publishedAt ? new Date(b.publishedAt).getTime() : Infinity;
  if (pa !== pb) return pa < pb;
  const ca = new Date(a.createdAt).getTime();
  const cb = new Date(b.createdAt).getTime();
  if (ca !== cb) return ca < cb;
  return a.id < b.id;
}

/**
 * Fingerprints new documents and sets `copyOf` on them and on what they turn out to be the original of,
 * in the caller's transaction (which holds the trail's lock), one document after the other as if each were
 * stored alone. Stored documents come from one overlap statement for the batch; the batch's own earlier
 * documents are compared in memory. Only originals post their shingles, in one statement at the end, and
 * none that stored documents already made common (no probe counts those).
 * Returns each document's `copyOf`; `changes` collects every `copyOf` set. Shingles and names in `known`
 * are taken as they are.
 */
export async function indexSyndication(
  em: EntityManager,
  documents: DocumentToIndex[],
  changes: CopyChanges,
  known: ReadonlyMap<string, KnownFeatures> = new Map(),
): Promise<Map<string, string | null>> {
  const own = documents.map((d) => ({
    document: d,
    shingles: known.get(d.id)?.shingles ?? shingles(d.text),
    entities: known.get(d.id)?.entities ?? documentEntities(d.text),
  }));
  const { byDocument: stored, common } = await fingerprintAndOverlapsMany(
    em,
    own.map(({ document, shingles, entities }) => ({
      documentId: document.id,
      shingles,
      entities,
      minShared: minSharedOf(shingles.length),
    })),
    MIN_SHARED,
  );
  // The documents naming each stored overlapping document (or a document of the batch) as their original, read
  // once: a round trip per copy found, queued behind the statements half's, was most of syndication's time.
  const storedCopies = new Map<string, DatedDocument[]>();
  const named = [
    ...new Set([...[...stored.values()].flat().map((o) => o.id), ...documents.map((d) => d.id)]),
  ];
  for (const copy of documents.length === 0 ? [] : await copiesOf(em, named)) {
    const list = storedCopies.get(copy.copyOfId!);
    if (list) list.push(copy);
    else storedCopies.set(copy.copyOfId!, [copy]);
  }
  // The batch's originals so far, by shingle: what a later document of the batch may reproduce.
  const posted = new Map<number, number[]>();
  const originals: typeof own = [];
  const copyOf = new Map<string, string | null>();

  // A document as it is now: an earlier step of this batch may have changed its `copyOf`.
  const current = <T extends DatedDocument>(d: T): T =>
    changes.has(d.id) ? { ...d, copyOfId: changes.get(d.id)!.after } : d;
  // Each `copyOf` set is written once, with the others, after the batch: a round trip each, queued on the
  // connection behind the statements half's, was most of syndication's time on a corpus with wire reprints
  // (bench:import with BENCH_CORPUS=stories). Meanwhile reads of documents see them through `current`.
  const setCopy = (target: CopyTarget, to: string | null) => {
    const change = changes.get(target.id) ?? { before: target.copyOfId, after: target.copyOfId };
    change.after = to;
    changes.set(target.id, change);
  };
  const lookups: SyndicationLookups = {
    dated: async (ids) => (ids.length === 0 ? [] : (await datedDocuments(em, ids)).map(current)),
    // The stored copies as the database has them, less those this batch moved away, plus those it moved here.
    copiesOf: async (id) => [
      ...(storedCopies.get(id) ?? []).filter((d) => !changes.has(d.id)),
      ...[...changes].filter(([, c]) => c.after === id).map(([copy, c]) => ({ id: copy, copyOfId: c.after })),
    ],
  };

  // Per earlier document of the batch, the shingles it shares with the one at hand, and which ones share any,
  // in the order first met: a batch's shared phrasing makes millions of these steps, and a Map of counts per
  // document made them the largest part of syndication's time on the event loop (a worker's CPU profile).
  const sharedWith = new Int32Array(own.length);
  const inBatch: number[] = [];
  for (const [index, { document, shingles: mine, entities }] of own.entries()) {
    inBatch.length = 0;
    for (const shingle of mine)
      for (const j of posted.get(shingle) ?? []) if (sharedWith[j]++ === 0) inBatch.push(j);
    const overlapping: OverlappingDocument[] = [
      ...(stored.get(document.id) ?? []),
      ...inBatch.map((j) => {
        const shared = sharedWith[j];
        sharedWith[j] = 0;
        const { id, publishedAt, createdAt, copyOfId } = own[j].document;
        const dateline = datelineOf(own[j].entities) ?? null;
        return {
          id,
          publishedAt,
          createdAt,
          copyOfId,
          shared,
          shingleCount: own[j].shingles.length,
          dateline,
        };
      }),
    ].map(current);
    const place = datelineOf(entities);
    const matches = overlapping.filter((m) =>
      isReproduction({ shared: m.shared, a: mine.length, b: m.shingleCount, places: [place, m.dateline] }),
    );
    const original = matches.length > 0 ? await findOriginal(document, matches, setCopy, lookups) : null;
    copyOf.set(document.id, original);
    // A copy is found through its original from now on; only an original posts its shingles.
    if (!original) {
      originals.push(own[index]);
      for (const shingle of mine) {
        const list = posted.get(shingle);
        if (list) list.push(index);
        else posted.set(shingle, [index]);
      }
    }
  }
  await setCopiesOf(
    em,
    [...changes].filter(([, c]) => c.after !== c.before).map(([id, c]) => ({ id, copyOfId: c.after })),
  );
  await postShinglesMany(
    em,
    originals.map((o) => ({ documentId: o.document.id, shingles: o.shingles.filter((s) => !common.has(s)) })),
  );
  return copyOf;
}

/** A document whose `copyOf` is set: which one, and its `copyOf` until then. */
type CopyTarget = Pick<DatedDocument, 'id' | 'copyOfId'>;

/** What findOriginal reads of stored documents, as this batch has changed them so far. */
interface SyndicationLookups {
  dated(ids: string[]): Promise<DatedDocument[]>;
  /** The documents naming `id` as their original now. */
  copiesOf(id: string): Promise<CopyTarget[]>;
}

/**
 * The earliest of the matches and of the originals they already name, when it was published before the
 * document; later matches (and what named them) now reproduce that original, or the document itself.
 */
async function findOriginal(
  document: DatedDocument,
  matches: DatedDocument[],
  setCopy: (target: CopyTarget, to: string | null) => void,
  lookups: SyndicationLookups,
): Promise<string | null> {
  const named = [...new Set(matches.map((m) => m.copyOfId).filter((id): id is string => id !== null))];
  const candidates = [...matches, ...(await lookups.dated(named))];
  let original: DatedDocument | null = null;
  for (const candidate of candidates) {
    if (publishedBefore(candidate, document) && (!original || publishedBefore(candidate, original))) {
      original = candidate;
    }
  }
  if (original) setCopy(document, original.id);

  const root: DatedDocument = original ?? document;
  const currentOriginals = new Map(candidates.map((c) => [c.id, c]));
  for (const copy of matches.filter((m) => publishedBefore(document, m))) {
    const current = copy.copyOfId ? currentOriginals.get(copy.copyOfId) : undefined;
    if (current && !publishedBefore(root, current)) continue;
    setCopy(copy, root.id);
    // Whatever named that copy as its original follows it to the earlier one.
    for (const follower of await lookups.copiesOf(copy.id)) setCopy(follower, root.id);
  }
  return original?.id ?? null;
}
