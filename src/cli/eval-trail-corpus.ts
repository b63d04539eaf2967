// The trail evaluation corpus (test/fixtures/trail): multi-outlet stories and their gold annotations.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface CorpusDocument {
  key: string;
  title: string;
  publisher: string;
  publishedAt: string;
  text: string;
}

/** One statement by one speaker and every document passage that reports it. */
export interface GoldStatement {
  id: string;
  speaker: string;
  /** [document key, a fragment of the claim as the document words it]. */
  appearances: Array<[string, string]>;
}

export interface TrailGold {
  /** Each syndicated copy and the earliest-published document it reproduces. */
  copies: Record<string, string>;
  statements: GoldStatement[];
  /** [statement, statement by another speaker, stance]: either may be suggested for the other. */
  suggestions: Array<[string, string, 'corroborates' | 'disputes']>;
}

export interface TrailCorpus {
  documents: CorpusDocument[];
  gold: TrailGold;
}

export const TRAIL_CORPUS_DIR = join(__dirname, '..', '..', 'test', 'fixtures', 'trail');
export const TRAIL_HOLDOUT_DIR = join(__dirname, '..', '..', 'test', 'fixtures', 'trail-holdout');

export function readTrailCorpus(dir = TRAIL_CORPUS_DIR): TrailCorpus {
  const documents: CorpusDocument[] = [];
  for (const file of readdirSync(join(dir, 'stories'))
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    const story = JSON.parse(readFileSync(join(dir, 'stories', file), 'utf8')) as {
      documents: Array<Omit<CorpusDocument, 'text'> & { paragraphs: string[] }>;
    };
    for (const { paragraphs, ...document } of story.documents) {
      documents.push({ ...document, text: paragraphs.join('\n\n') });
    }
  }
  const gold = JSON.parse(readFileSync(join(dir, 'gold.json'), 'utf8')) as TrailGold;
  return { documents, gold };
}
