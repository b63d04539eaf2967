// Engine throughput against wink-nlp's own readDoc + sentence split over the same texts, as a same-run
// baseline, on two corpora: real-length articles (the 40 original articles of the tuning corpus,
// test/fixtures/attribution, ~17 words a sentence) and short synthetic ones (bench/corpus.ts).
// Run: npm run bench:extract [-- PASSES ARTICLES] (passes over the 40 real articles, synthetic articles)
import { readFileSync, readdirSync } from 'fs';
import { join } from 'path';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { extractClaims } from '../src/extraction';
import { findQuoteSpans } from '../src/extraction/quotes';
import { splitSentences } from '../src/extraction/sentences';
import { generateArticles } from './corpus';

const passes = Number(process.argv[2] ?? 10);
const count = Number(process.argv[3] ?? 2_500);
const rounds = 5;
const nlp = winkNLP(model);

interface Timing {
  wall: number;
  /** CPU seconds of this process: on a shared machine, what the run cost rather than how long it waited. */
  cpu: number;
}

function time(run: () => void): Timing {
  const started = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  run();
  const used = process.cpuUsage(cpu);
  return { wall: Number(process.hrtime.bigint() - started) / 1e9, cpu: (used.user + used.system) / 1e6 };
}

const rate = (n: number, seconds: number) => Math.round(n / seconds).toLocaleString('en-US');

function measure(label: string, texts: string[], publisher: string | null) {
  const sentences = texts.reduce((sum, text) => sum + splitSentences(text, findQuoteSpans(text)).length, 0);
  const words = texts.reduce((sum, text) => sum + text.split(/\s+/).length, 0);
  // Warm both paths so the JIT has compiled them before the measured run.
  for (const text of texts.slice(0, 200)) extractClaims(text, { publisher });
  for (const text of texts.slice(0, 200)) nlp.readDoc(text).sentences().length();
  // The machine may be shared: alternate engine and baseline in rounds and report the median of each.
  const engineRounds: Timing[] = [];
  const winkRounds: Timing[] = [];
  let claims = 0;
  for (let round = 0; round < rounds; round++) {
    claims = 0;
    engineRounds.push(
      time(() => {
        for (const text of texts) claims += extractClaims(text, { publisher }).claims.length;
      }),
    );
    winkRounds.push(
      time(() => {
        for (const text of texts) nlp.readDoc(text).sentences().length();
      }),
    );
  }
  const engineSeconds = median(engineRounds.map((t) => t.wall));
  const winkSeconds = median(winkRounds.map((t) => t.wall));
  const engineCpu = median(engineRounds.map((t) => t.cpu));
  const winkCpu = median(winkRounds.map((t) => t.cpu));
  const ratio = median(engineRounds.map((t, i) => winkRounds[i].wall / t.wall));
  console.log(
    `${label}: ${texts.length} articles, ${sentences} sentences (${(words / sentences).toFixed(1)} words each), ${claims} claims, median of ${rounds} rounds`,
  );
  console.log(
    `  engine:   ${rate(sentences, engineSeconds)} sentences/s, ${rate(texts.length, engineSeconds)} articles/s (${engineSeconds.toFixed(2)} s)`,
  );
  console.log(
    `  wink-nlp: ${rate(sentences, winkSeconds)} sentences/s (readDoc + sentences, ${winkSeconds.toFixed(2)} s)`,
  );
  console.log(
    `  per CPU second (what the load of a shared machine moves less): engine ${rate(sentences, engineCpu)}, wink-nlp ${rate(sentences, winkCpu)} sentences`,
  );
  console.log(`  engine/baseline throughput ratio: ${ratio.toFixed(2)}`);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

const fixtures = join(__dirname, '../test/fixtures/attribution');
const real = readdirSync(fixtures)
  .filter((file) => file.endsWith('.txt'))
  .map((file) => readFileSync(join(fixtures, file), 'utf8'));
measure('real-length articles', Array.from({ length: passes }, () => real).flat(), 'The Ledger');
const synthetic = generateArticles(count, 42);
measure(
  'synthetic short articles',
  synthetic.map((article) => article.text),
  'Coastline Wire',
);
