// Engine throughput on a synthetic corpus, against wink-nlp's own readDoc + sentence split over the
// same texts as a same-run baseline. Run: npm run bench:extract [-- ARTICLES]
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { extractClaims } from '../src/extraction';
import { generateArticles } from './corpus';

const count = Number(process.argv[2] ?? 10_000);
const articles = generateArticles(count, 42);
const sentences = articles.reduce((sum, article) => sum + article.sentences, 0);

function time(run: () => void): number {
  const started = process.hrtime.bigint();
  run();
  return Number(process.hrtime.bigint() - started) / 1e9;
}

// Warm both paths so the JIT has compiled them before the measured run.
for (const article of articles.slice(0, 200)) extractClaims(article.text, { publisher: article.publisher });
const nlp = winkNLP(model);
for (const article of articles.slice(0, 200)) nlp.readDoc(article.text).sentences().length();

let claims = 0;
const engineSeconds = time(() => {
  for (const article of articles)
    claims += extractClaims(article.text, { publisher: article.publisher }).claims.length;
});
let winkSentences = 0;
const winkSeconds = time(() => {
  for (const article of articles) winkSentences += nlp.readDoc(article.text).sentences().length();
});

const rate = (n: number, seconds: number) => Math.round(n / seconds).toLocaleString('en-US');
console.log(
  `corpus: ${articles.length} articles, ${sentences} sentences (wink counts ${winkSentences}), ${claims} claims`,
);
console.log(
  `engine:   ${rate(sentences, engineSeconds)} sentences/s, ${rate(articles.length, engineSeconds)} articles/s (${engineSeconds.toFixed(2)} s)`,
);
console.log(
  `wink-nlp: ${rate(sentences, winkSeconds)} sentences/s, ${rate(articles.length, winkSeconds)} articles/s (readDoc + sentences, ${winkSeconds.toFixed(2)} s)`,
);
console.log(`engine/baseline throughput ratio: ${(winkSeconds / engineSeconds).toFixed(2)}`);
