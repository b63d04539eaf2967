import { extractClaims } from './src/extraction';
import { statementFeatures, compareStatements } from './src/trail/statement';
import { judgeStance } from './src/trail/stance';
import { readTrailCorpus } from './src/cli/eval-trail-corpus';
const c = readTrailCorpus();
const want = process.argv.slice(2);
const claims: any[] = [];
for (const d of c.documents) {
  for (const cl of extractClaims(d.text, { publisher: d.publisher }).claims) {
    if (want.some((w) => cl.text.includes(w))) { claims.push(cl); console.log(d.key, cl.speaker?.name, cl.cue, '|', cl.text, JSON.stringify(statementFeatures(cl.text, cl.cue))); }
  }
}
if (claims.length >= 2) {
  const [a, b] = claims.map((x) => statementFeatures(x.text, x.cue));
  console.log(compareStatements(a, b), judgeStance(a, b));
}
