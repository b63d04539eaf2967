// Scores the attribution engine on a local copy of PolNeAR (networkdynamics/PolNeAR, never committed here).
// Usage: npm run eval:polnear -- PATH [--split train|dev|test] [--verbose] [--misses missed,false,speaker]
import { Command, Option } from 'commander';
import { ExtractedClaim, extractClaims } from '../extraction';
import { PolnearArticle, SPLITS, Split, readSplit, splitFolder } from './eval-polnear-corpus';
import {
  IdentitySource,
  PolnearTally,
  addPolnearTallies,
  emptyPolnearTally,
  scorePolnearArticle,
} from './eval-polnear-scoring';

const program = new Command()
  .name('eval:polnear')
  .argument('<path>', 'PolNeAR copy: the repository root or its data/ folder')
  .addOption(new Option('--split <split>', 'which split to score').choices(SPLITS).default('train'))
  .option('--verbose', 'list the misses of every article')
  .option('--misses <reasons>', 'with --verbose, only these reasons (missed, false, speaker)')
  .parse();
const [root] = program.args;
const { split, verbose, misses } = program.opts<{ split: Split; verbose?: boolean; misses?: string }>();

let articles: PolnearArticle[];
try {
  articles = readSplit(splitFolder(root, split));
  if (articles.length === 0) throw new Error('no annotated articles');
} catch (error) {
  console.error(`eval:polnear: cannot read PolNeAR ${split} under ${root}: ${(error as Error).message}`);
  process.exit(1);
}

const shown = new Set((misses ?? 'missed,false,speaker').split(','));
let total = emptyPolnearTally();
const failures: string[] = [];
for (const article of articles) {
  let claims: ExtractedClaim[] = [];
  try {
    claims = extractClaims(article.text).claims;
  } catch (error) {
    // Scored as finding nothing, and reported: one failing article must not hide the others' figures.
    failures.push(`${article.name}: ${(error as Error).message}`);
  }
  const tally = scorePolnearArticle(article, claims);
  total = addPolnearTallies(total, tally);
  if (!verbose) continue;
  const listed = tally.misses.filter((miss) => shown.has(miss.reason));
  if (listed.length === 0) continue;
  console.log(`== ${article.name}`);
  for (const miss of listed) console.log(`  ${miss.reason}: [${miss.text}] ${miss.detail}`);
}

const ratio = (part: number, whole: number) => (whole === 0 ? '  n/a' : (part / whole).toFixed(3));
const sum = (record: Record<IdentitySource, number>) => record.name + record.coreference + record.description;
const report = (tally: PolnearTally) => {
  const chains = articles.filter((article) => article.chains !== null).length;
  return [
    `PolNeAR ${split}: ${articles.length} articles (${chains} with CoreNLP coreference), ${tally.gold} attributions, ${tally.speechGold} with a speech cue`,
    `recall, all attributions      ${ratio(tally.found, tally.gold)}  (${tally.found}/${tally.gold})`,
    `recall, speech cues           ${ratio(tally.speechFound, tally.speechGold)}  (${tally.speechFound}/${tally.speechGold})`,
    `precision                     ${ratio(tally.right, tally.predicted)}  (${tally.right}/${tally.predicted})`,
    `speaker, resolved name        ${ratio(sum(tally.speakerRight), sum(tally.speakerScored))}  (${sum(tally.speakerRight)}/${sum(tally.speakerScored)})`,
    `speaker, speech cues          ${ratio(tally.speechSpeakerRight, tally.speechSpeakerScored)}  (${tally.speechSpeakerRight}/${tally.speechSpeakerScored})`,
    ...(['name', 'coreference', 'description'] as const).map(
      (via) =>
        `  gold speaker by ${via.padEnd(12)} ${ratio(tally.speakerRight[via], tally.speakerScored[via])}  (${tally.speakerRight[via]}/${tally.speakerScored[via]})`,
    ),
  ].join('\n');
};
console.log(report(total));
for (const failure of failures) console.log(`engine failed on ${failure}`);
