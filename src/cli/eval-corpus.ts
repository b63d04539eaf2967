// The attribution gold corpora (test/fixtures/attribution and its held-out sets): each article's text beside
// its gold statements, scored against what the engine finds. eval.ts prints it; eval-corpus.spec.ts holds it.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractClaims } from '../extraction';
import {
  addTallies,
  emptyTally,
  GoldStatement,
  locateStatements,
  scoreArticle,
  Tally,
} from '../extraction/scoring';

interface GoldArticle {
  title: string;
  publisher: string | null;
  statements: GoldStatement[];
}

export const ATTRIBUTION_CORPUS_DIR = join(__dirname, '..', '..', 'test', 'fixtures', 'attribution');

export interface ScoredArticle {
  slug: string;
  /** Null when the article could not be read; `skipped` says why. */
  tally: Tally | null;
  skipped?: string;
}

/** The gold files of a corpus folder, sorted; throws when there are none. */
export function goldFiles(dir: string): string[] {
  const files = readdirSync(dir)
    .filter((file) => file.endsWith('.json'))
    .sort();
  if (files.length === 0) throw new Error(`no *.json gold files in ${dir}`);
  return files;
}

/** Scores one article: gold statements that cannot be found in its text count as misses. */
export function scoreGoldArticle(dir: string, file: string): ScoredArticle {
  const slug = file.replace(/\.json$/, '');
  let gold: GoldArticle;
  let text: string;
  try {
    gold = JSON.parse(readFileSync(join(dir, file), 'utf8')) as GoldArticle;
    text = readFileSync(join(dir, `${slug}.txt`), 'utf8');
  } catch (error) {
    return { slug, tally: null, skipped: (error as Error).message };
  }
  const { located, missing } = locateStatements(text, gold.statements);
  const tally = scoreArticle(located, extractClaims(text, { publisher: gold.publisher }).claims);
  tally.misses.unshift(
    ...missing.map((statement) => ({ reason: 'not-found' as const, gold: statement.text, predicted: null })),
  );
  return { slug, tally };
}

/** Every article of a corpus folder scored, and their sum. */
export function scoreCorpus(dir: string): { articles: ScoredArticle[]; total: Tally } {
  const articles = goldFiles(dir).map((file) => scoreGoldArticle(dir, file));
  const total = articles.reduce((sum, { tally }) => (tally ? addTallies(sum, tally) : sum), emptyTally());
  return { articles, total };
}
