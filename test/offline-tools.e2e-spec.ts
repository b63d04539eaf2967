import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runScript } from './support/cli-process';

interface ExtractedClaim {
  kind: string;
  start: number;
  end: number;
  text: string;
  speaker: { name: string; kind: string; mention: string; role: string | null } | null;
  cue: string | null;
  quote: string;
  confidence: number;
}

// The engine's command-line fronts run offline: no database, no server.
describe('extract and eval on the command line', () => {
  const article =
    'The harbour authority postponed dredging on Thursday. Port director Mara Ellis said the work would resume ' +
    'in May. “We will not cut corners,” she told reporters.';
  const dir = mkdtempSync(join(tmpdir(), 'claimtrail-extract-'));
  const file = join(dir, 'article.txt');
  writeFileSync(file, article);
  const noDatabase = { DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none' };

  it('prints one JSON object of claims whose offsets slice the file, the outlet speaking the editorial ones', async () => {
    const result = await runScript('src/cli/extract.ts', [file, '--publisher', 'Coastline Wire'], noDatabase);
    expect(result.code).toBe(0);
    const output = JSON.parse(result.stdout) as { engineVersion: string; claims: ExtractedClaim[] };
    expect(output.engineVersion).toMatch(/^\d+\.\d+\.\d+$/);
    for (const claim of output.claims) expect(claim.text).toBe(article.slice(claim.start, claim.end));
    const editorial = output.claims.filter((c) => c.kind === 'editorial');
    expect(editorial.map((c) => c.text)).toContain('The harbour authority postponed dredging on Thursday.');
    for (const claim of editorial)
      expect(claim.speaker).toMatchObject({ name: 'Coastline Wire', kind: 'outlet' });
    const attributed = output.claims.filter((c) => c.kind === 'attributed');
    expect(attributed.map((c) => [c.speaker?.name, c.quote])).toEqual([
      ['Mara Ellis', 'indirect'],
      ['Mara Ellis', 'direct'],
    ]);
    expect(attributed[0]).toMatchObject({ cue: 'said', speaker: { role: 'Port director' } });
  });

  it('reads standard input with "-" and gives editorial claims no speaker without a publisher', async () => {
    const result = await runScript('src/cli/extract.ts', ['-'], noDatabase, article);
    expect(result.code).toBe(0);
    const output = JSON.parse(result.stdout) as { claims: ExtractedClaim[] };
    const editorial = output.claims.filter((c) => c.kind === 'editorial');
    expect(editorial.length).toBeGreaterThan(0);
    for (const claim of editorial) expect(claim.speaker).toBeNull();
  });

  it('exits non-zero with a clear message for a missing file, printing nothing on standard output', async () => {
    const result = await runScript('src/cli/extract.ts', [join(dir, 'missing.txt')], noDatabase);
    expect(result.code).not.toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/cannot read .*missing\.txt/);
  });

  it('scores the engine on the annotated corpus: four figures overall and per article', async () => {
    const result = await runScript('src/cli/eval.ts', [], noDatabase);
    expect(result.code).toBe(0);
    const overall = result.stdout.split('\n').find((line) => line.startsWith('OVERALL'));
    expect(overall).toMatch(/recall +[\d.]+% +precision +[\d.]+% +speaker +[\d.]+% +editorial +[\d.]+%/);
    expect(result.stdout).toMatch(/^01-\S+ +recall/m);
  });

  it('eval exits non-zero when the corpus cannot be read', async () => {
    const result = await runScript('src/cli/eval.ts', ['--dir', join(dir, 'nowhere')], noDatabase);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/cannot read the gold corpus/);
  });
});
