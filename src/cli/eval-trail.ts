// Scores the claim trail on test/fixtures/trail: syndication F1, trail pairwise F1, first-appearance and
// independent-source accuracy, suggestion precision and recall.
// Usage: npm run eval:trail [-- --verbose] [--in-order] [--held-out | --corpus DIR]
// With DATABASE_URL set it ingests into that database (use an empty one); otherwise it starts an embedded
// PostgreSQL in a temporary directory and removes it afterwards, leaving DATA_DIR untouched.
import 'reflect-metadata';
import { Command } from 'commander';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { withAppContext } from './app-context';
import { readTrailCorpus, TRAIL_CORPUS_DIR, TRAIL_HOLDOUT_DIR } from './eval-trail-corpus';
import { formatFigures, scoreTrail, storageOrder } from './eval-trail-scoring';

const program = new Command()
  .name('eval:trail')
  .option('--verbose', 'list every error: wrong copies, split or joined trails, wrong suggestions')
  .option(
    '--in-order',
    'ingest in publication order (default: a fixed shuffle, originals often after copies)',
  )
  .option(
    '--held-out',
    'score the held-out corpus (test/fixtures/trail-holdout), written after the matcher and never tuned on',
  )
  .option(
    '--corpus <dir>',
    'score a corpus of your own in the same layout (stories/*.json and gold.json; see test/fixtures/trail/README.md)',
  )
  .parse();
const {
  verbose,
  inOrder,
  heldOut,
  corpus: corpusDir,
} = program.opts<{
  verbose?: boolean;
  inOrder?: boolean;
  heldOut?: boolean;
  corpus?: string;
}>();

async function main() {
  const scratch = process.env.DATABASE_URL ? null : mkdtempSync(join(tmpdir(), 'claimtrail-eval-'));
  if (scratch) process.env.DATA_DIR = scratch;
  try {
    const corpus = readTrailCorpus(corpusDir ?? (heldOut ? TRAIL_HOLDOUT_DIR : TRAIL_CORPUS_DIR));
    const started = Date.now();
    const figures = await withAppContext((app) =>
      scoreTrail(app, corpus, inOrder ? corpus.documents : storageOrder(corpus.documents)),
    );
    console.log(formatFigures(figures));
    console.log(`(${((Date.now() - started) / 1000).toFixed(1)} s)`);
    if (verbose) {
      for (const miss of figures.unlocated) console.log(`  not extracted: ${miss}`);
      for (const error of figures.errors) console.log(`  ${error}`);
    }
  } finally {
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(`eval:trail: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exit(1);
});
