// Builds the fact-checker's workspace (web/*.ts) into dist/web/workspace.js: one script, no CDN, served
// by the app from the same origin (the CSP allows script-src 'self' only). Run by `npm run build` after
// `nest build` (which empties dist/), and by the tests' globalSetup so a fresh clone can run `npm test`.
import { build } from 'esbuild';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

export async function buildWorkspace() {
  await build({
    absWorkingDir: root,
    entryPoints: ['web/main.ts'],
    outfile: 'dist/web/workspace.js',
    bundle: true,
    format: 'iife',
    target: 'es2020',
    platform: 'browser',
    minify: true,
    sourcemap: false,
    tsconfig: 'web/tsconfig.json',
    logLevel: 'warning',
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await buildWorkspace();
