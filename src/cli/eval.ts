// Measures the attribution engine against the gold corpus in test/fixtures/attribution.
// Usage: npm run eval [-- --verbose] [-- --dir PATH]. Always exits 0 unless the corpus is unreadable.
import { Command } from 'commander';
import { resolve } from 'path';
import { addTallies, emptyTally, figures, Tally } from '../extraction/scoring';
import { ATTRIBUTION_CORPUS_DIR, goldFiles, scoreGoldArticle } from './eval-corpus';

const program = new Command()
  .option('--dir <path>', 'gold corpus folder', ATTRIBUTION_CORPUS_DIR)
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
  articles = goldFiles(resolve(dir));
} catch (error) {
  console.error(`eval: cannot read the gold corpus: ${(error as Error).message}`);
  process.exit(1);
}

let total = emptyTally();
for (const file of articles) {
  const { slug, tally, skipped } = scoreGoldArticle(resolve(dir), file);
  if (!tally) {
    console.log(`${slug}: skipped (${skipped})`);
    continue;
  }
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
