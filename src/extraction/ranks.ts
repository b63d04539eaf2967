// Police, military and council ranks written short, as British and Commonwealth news writes them
// ("PC Dan Hollis", "Det Insp Paul Garrow", "Ch Supt Neil Bray", "Cpl Joe Dunn"). They are a role,
// not part of the name, or a later "Hollis said" would not find "PC Dan Hollis".
import { isKnownFirstName } from './first-names';
import { bare } from './source-words';

// Short forms that are nothing but a rank, so a surname alone may follow ("Insp Lowe said").
const RANKS = new Set([
  'wpc',
  'pcso',
  'dci',
  'dsu',
  'dcs',
  'insp',
  'supt',
  'cpl',
  'lcpl',
  'pte',
  'cmdr',
  'cdr',
  'brig',
  'sgt',
  'lt',
  'capt',
  'cllr',
]);
// Short forms that are also places, brands or words ("DC United", "Ch 4", "Gen Z"): a rank only before a
// full name or another rank.
const SHARED_RANKS = new Set([
  'pc',
  'dc',
  'ds',
  'di',
  'det',
  'ch',
  'cst',
  'const',
  'acc',
  'dcc',
  'maj',
  'adm',
  'col',
  'gen',
  'sqn',
  'ldr',
  'flt',
  'wg',
  'ald',
]);

/** How many words at the start of a capitalised run are short ranks, with a name still after them. */
export function leadingRanks(run: string[]): number {
  let count = 0;
  while (count < run.length && (RANKS.has(bare(run[count])) || SHARED_RANKS.has(bare(run[count])))) count++;
  const left = run.length - count;
  if (count === 0 || left === 0) return 0;
  const fullName = left >= 2 || isKnownFirstName(bare(run[count]));
  return fullName || count >= 2 || RANKS.has(bare(run[0])) ? count : 0;
}
