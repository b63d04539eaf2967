import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');
/** The compiled command line, as package.json's "bin" names it. */
export const CLI_BIN = join(root, 'dist', 'cli', 'main.js');

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/**
 * Specs that run the compiled code (the `claimtrail` bin) build it first when dist/ is missing or older than
 * src/, so `npm test` works on a fresh clone; CI builds before testing, so there this does nothing.
 */
export function ensureBuilt(): void {
  let built = 0;
  try {
    built = statSync(CLI_BIN).mtimeMs;
  } catch {
    // not built yet
  }
  if (built >= newestSource(join(root, 'src'))) return;
  const result = spawnSync('npm', ['run', '-s', 'build'], { cwd: root, encoding: 'utf8', timeout: 300_000 });
  if (result.status !== 0) throw new Error(`npm run build failed:\n${result.stdout}\n${result.stderr}`);
}
