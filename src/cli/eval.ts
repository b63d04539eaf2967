// Measures the attribution engine against the gold corpus in test/fixtures/attribution.
// Usage: npm run eval [-- --verbose] [-- --dir PATH]. Always exits 0 unless the corpus is unreadable.
import { Command } from 'commander';
import { readdirSync, readFileSync } from 'fs';
import { join, resolve } from 'path';
import { extractClaims } from '../extraction';
import {
  GoldStatement,
  Tally,
  addTallies,
  emptyTally,
  figures,
  locateStatements,
  scoreArticle,
} from '../extraction/scoring';

interface GoldArticle {
  title: string;
  publisher: string | null;
  statements: GoldStatement[];
}

const program = new Command()
  .option('--dir <path>', 'gold corpus folder', resolve(__dirname, '../../test/fixtures/attribution'))
  .option('--verbose', 'list every miss')
  .parse();
const { dir, verbose } = program.opts<{ dir: string; verbose?: boolean }>();

const percent = (value: number) => `${(value * 100).toFixed(1)}%`.padStart(6);
const line = (label: string, tally: Tally) => {
  const f = figures(tally);
  return `${label.padEnd(34)} recall ${percent(f.recall)}  precision ${percent(f.precision)}  speaker ${percent(f.speakerAccuracy)}  editorial ${percent(f.editorialAccuracy)}`;
};

let articles: string[];
try {
  articles = readdirSync(dir)
    .filter((file) => file.endsWith('.json'))
    .sort();
  if (articles.length === 0) throw new Error(`no *.json gold files in ${dir}`);
} catch (error) {
  console.error(`eval: cannot read the gold corpus: ${(error as Error).message}`);
  process.exit(1);
}

let total = emptyTally();
for (const file of articles) {
  const slug = file.replace(/\.json$/, '');
  let gold: GoldArticle;
  let text: string;
  try {
    gold = JSON.parse(readFileSync(join(dir, file), 'utf8')) as GoldArticle;
    text = readFileSync(join(dir, `${slug}.txt`), 'utf8');
  } catch (error) {
    console.log(`${slug}: skipped (${(error as Error).message})`);
    continue;
  }
  const { located, missing } = locateStatements(text, gold.statements);
  const tally = scoreArticle(located, extractClaims(text, { publisher: gold.publisher }).claims);
  tally.misses.unshift(
    ...missing.map((statement) => ({ reason: 'not-found' as const, gold: statement.text, predicted: null })),
  );
  total = addTallies(total, tally);
  console.log(line(slug, tally));
  if (verbose) {
    for (const miss of tally.misses) {
      console.log(
        `    ${miss.reason}: gold [${miss.gold}]${miss.predicted !== null ? ` predicted [${miss.predicted}]` : ''}${miss.detail ? ` (${miss.detail})` : ''}`,
      );
    }
  }
}
console.log(line(`OVERALL (${articles.length} articles)`, total));
