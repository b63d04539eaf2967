// Groups claims into statements: each new claim joins the statements of the earlier claims it repeats.
// Plain TypeScript, no framework imports.
import { DocumentStory, storiesApart } from './entities';
import type { StatementFeatures } from './statement';
import { alike, alikeInWording, Comparable, comparable } from './statement-compare';

/** A claim's features with the story of its document, when known. */
export interface PlacedFeatures extends StatementFeatures {
  story?: DocumentStory;
}

export interface GroupedClaim extends PlacedFeatures {
  statementId: string;
  speakerKey: string;
  kind: 'attributed' | 'editorial';
}

// An outlet's own sentences (editorial claims) join only near-verbatim repeats: a copy, not a paraphrase.
const EDITORIAL_MIN_DICE = 0.8;
// Per word, how many of a speaker's most recent claims using it are looked at. It bounds the work per claim
// however prolific the speaker or long the document: a repeat shares several words, and is among the recent
// users of at least one of them.
export const RECENT_PER_WORD = 64;

/**
 * Whether `a` (a new claim of `kind`) repeats the earlier claim `b` of the same speaker. Claims of two towns'
 * stories never do, however alike: the same body says the same words of each town's event. A caller
 * comparing each claim many times passes their Comparables.
 */
export function repeats(
  kind: 'attributed' | 'editorial',
  a: PlacedFeatures,
  b: PlacedFeatures,
  ca: Comparable = comparable(a),
  cb: Comparable = comparable(b),
) {
  const same = kind === 'editorial' ? alikeInWording(ca, cb, EDITORIAL_MIN_DICE) : alike(ca, cb);
  // Tested last: an undated document's place is looked for among every document the batch compares, so it is
  // worked out only for the few pairs that are alike (about 2 % of those compared).
  return same && !storiesApart(a.story, b.story);
}

// What a claim is looked up by, and the fewest of them an earlier claim must share to be compared at all:
// sameStatement needs two shared words or figures; a Dice of 0.8 needs two thirds of the new claim's words.
function lookup(claim: GroupedClaim): { terms: string[]; atLeast: number } {
  if (claim.kind === 'editorial') {
    return { terms: claim.stems, atLeast: Math.max(1, Math.ceil((2 * claim.stems.length) / 3)) };
  }
  return { terms: [...claim.stems, ...claim.numbers.map((n) => `#${n}`)], atLeast: 2 };
}

/**
 * Merges statements: `earlier` are stored claims (oldest first), `added` the new ones in order. Each new claim
 * is compared with the earlier and new claims of its speaker that share enough of its words, and the
 * statements it repeats become one; the earliest matched statement keeps its id. Returns the statement ids
 * that move, and where to.
 */
export function mergeStatements(
  earlier: GroupedClaim[],
  added: GroupedClaim[],
): Array<{ from: string; into: string }> {
  const size = earlier.length + added.length;
  // Statements are numbered as they are met: the union-find and the per-claim bookkeeping work on arrays,
  // since a large batch makes millions of lookups (Maps keyed by statement id took most of its time).
  const statementIds: string[] = [];
  const numbered = new Map<string, number>();
  const parent = new Int32Array(size);
  const root = (statement: number): number => {
    let at = statement;
    while (parent[at] !== at) at = parent[at];
    // Path compression: later lookups of these statements take one step.
    for (let step = statement; step !== at;) {
      const next = parent[step];
      parent[step] = at;
      step = next;
    }
    return at;
  };
  // Per speaker, per word, the claims using it, oldest first.
  const postings = new Map<string, Map<string, number[]>>();
  const all: GroupedClaim[] = [];
  // Each claim's Comparable, by its index in `all`: worked out once, read for every pair it is in.
  const comparables: Comparable[] = [];
  const statementOf = new Int32Array(size);
  const post = (claim: GroupedClaim) => {
    let statement = numbered.get(claim.statementId);
    if (statement === undefined) {
      statement = statementIds.push(claim.statementId) - 1;
      numbered.set(claim.statementId, statement);
      parent[statement] = statement;
    }
    statementOf[all.length] = statement;
    all.push(claim);
    comparables.push(comparable(claim));
    let words = postings.get(claim.speakerKey);
    if (!words) postings.set(claim.speakerKey, (words = new Map()));
    for (const term of lookup(claim).terms) {
      const list = words.get(term);
      if (list) list.push(all.length - 1);
      else words.set(term, [all.length - 1]);
    }
  };
  earlier.forEach(post);
  // How many words each earlier claim shares with the claim at hand, and which claims those are, in the order
  // first met; per statement, its earliest matched claim (-1: none yet). Reset after each claim.
  const shared = new Int32Array(size);
  const touched: number[] = [];
  const matched = new Int32Array(size).fill(-1);
  const statements: number[] = [];

  for (const claim of added) {
    if (claim.speakerKey) {
      const { terms, atLeast } = lookup(claim);
      const own = comparable(claim);
      const words = postings.get(claim.speakerKey);
      touched.length = 0;
      for (const term of terms) {
        const list = words?.get(term) ?? [];
        for (let j = list.length - 1, last = Math.max(0, list.length - RECENT_PER_WORD); j >= last; j--) {
          if (shared[list[j]]++ === 0) touched.push(list[j]);
        }
      }
      // Each statement it repeats, by its earliest matched claim; one match per statement is enough.
      statements.length = 0;
      for (const index of touched) {
        const count = shared[index];
        shared[index] = 0;
        if (count < atLeast) continue;
        const statement = root(statementOf[index]);
        const earliest = matched[statement];
        if (earliest !== -1 && earliest < index) continue;
        if (earliest !== -1) matched[statement] = index;
        else if (repeats(claim.kind, claim, all[index], own, comparables[index])) {
          matched[statement] = index;
          statements.push(statement);
        }
      }
      // The statement matched earliest keeps its id.
      statements.sort((a, b) => matched[a] - matched[b]);
      for (const statement of statements) matched[statement] = -1;
      post(claim);
      const itsOwn = statementOf[all.length - 1];
      for (const statement of [itsOwn, ...statements.slice(1)])
        if (statements.length > 0) parent[statement] = statements[0];
    } else {
      post(claim);
    }
  }
  const moves: Array<{ from: string; into: string }> = [];
  for (let statement = 0; statement < statementIds.length; statement++) {
    const into = root(statement);
    if (into !== statement) moves.push({ from: statementIds[statement], into: statementIds[into] });
  }
  return moves;
}
