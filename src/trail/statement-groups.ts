// Groups claims into statements: each new claim joins the statements of the earlier claims it repeats.
// Plain TypeScript, no framework imports.
import { compareStatements, sameStatement, StatementFeatures } from './statement';

export interface GroupedClaim extends StatementFeatures {
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

/** Whether `a` (a new claim of `kind`) repeats the earlier claim `b` of the same speaker. */
export function repeats(kind: 'attributed' | 'editorial', a: StatementFeatures, b: StatementFeatures) {
  if (kind !== 'editorial') return sameStatement(a, b);
  const comparison = compareStatements(a, b);
  return comparison.dice >= EDITORIAL_MIN_DICE && !comparison.numberConflict;
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
  const parent = new Map<string, string>();
  const root = (id: string): string => {
    let at = id;
    for (let up = parent.get(at); up !== undefined && up !== at; up = parent.get(at)) at = up;
    return at;
  };
  // Per speaker and word, the claims using it, oldest first.
  const postings = new Map<string, number[]>();
  const all: GroupedClaim[] = [];
  const post = (claim: GroupedClaim) => {
    all.push(claim);
    for (const term of lookup(claim).terms) {
      const key = `${claim.speakerKey}\u0000${term}`;
      const list = postings.get(key);
      if (list) list.push(all.length - 1);
      else postings.set(key, [all.length - 1]);
    }
  };
  earlier.forEach(post);

  for (const claim of added) {
    if (claim.speakerKey) {
      const { terms, atLeast } = lookup(claim);
      const shared = new Map<number, number>();
      for (const term of terms) {
        const list = postings.get(`${claim.speakerKey}\u0000${term}`) ?? [];
        for (let j = list.length - 1; j >= Math.max(0, list.length - RECENT_PER_WORD); j--) {
          shared.set(list[j], (shared.get(list[j]) ?? 0) + 1);
        }
      }
      // Each statement it repeats, by its earliest matched claim; one match per statement is enough.
      const roots = new Map<string, number>();
      for (const [index, count] of shared) {
        const statement = root(all[index].statementId);
        if (count < atLeast || (roots.get(statement) ?? Infinity) < index) continue;
        if (roots.has(statement) || repeats(claim.kind, claim, all[index])) roots.set(statement, index);
      }
      // The statement matched earliest keeps its id.
      const [into, ...others] = [...roots].sort((a, b) => a[1] - b[1]).map(([id]) => id);
      if (into) for (const id of [claim.statementId, ...others]) parent.set(id, into);
    }
    post(claim);
  }
  return [...parent.keys()].filter((id) => root(id) !== id).map((id) => ({ from: id, into: root(id) }));
}
