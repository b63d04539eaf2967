// Writes every claim the engine finds over the tuning fixtures, the bench corpora and (when given) a
// PolNeAR-style data folder as one JSON line per document, so two checkouts' outputs can be diffed after a
// change that must not alter them (a speed-up). Run in each checkout, then compare:
//   npx ts-node --transpile-only bench/engine-outputs.ts out.jsonl [/work/polnear/data]
// The PolNeAR text stays out of the output: a document is named by its file and its claims carry offsets.
// So does the claim text of the held-out fixtures: whoever diffs two outputs must not read what the engine
// made of a set kept for unseen figures.
import { createHash } from 'crypto';
import { readFileSync, readdirSync, writeFileSync } from 'fs';
import { join } from 'path';
import type { extractClaims as Extract } from '../src/extraction';
import { generateArticles } from './corpus';

const [output, polnear] = process.argv.slice(2);
if (!output) throw new Error('usage: engine-outputs.ts OUTPUT.jsonl [POLNEAR_DATA_DIR]');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const engine = require(join(process.env.CHECKOUT ?? join(__dirname, '..'), 'src/extraction')) as {
  extractClaims: typeof Extract;
};

const lines: string[] = [];
function record(name: string, text: string, publisher: string | null, withText: boolean) {
  const claims = engine.extractClaims(text, { publisher }).claims;
  // PolNeAR's licence, or a held-out set's blindness, keeps its text out: the claim text becomes its hash.
  const shown = withText
    ? claims
    : claims.map((claim) => ({ ...claim, text: createHash('sha1').update(claim.text).digest('hex') }));
  lines.push(JSON.stringify({ name, claims: shown }));
}

function folder(dir: string, publisher: string | null, withText: boolean) {
  for (const file of readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort())
    record(join(dir, file), readFileSync(join(dir, file), 'utf8'), publisher, withText);
}

const fixtures = join(__dirname, '../test/fixtures');
for (const dir of readdirSync(fixtures)
  .filter((name) => name.startsWith('attribution'))
  .sort())
  folder(join(fixtures, dir), 'The Ledger', dir === 'attribution');
for (const [i, article] of generateArticles(2_500, 42).entries())
  record(`synthetic-${i}`, article.text, article.publisher, true);
if (polnear) for (const split of ['train', 'dev']) folder(join(polnear, split, 'text'), null, false);
writeFileSync(output, lines.join('\n') + '\n');
console.log(`${lines.length} documents written to ${output}`);
