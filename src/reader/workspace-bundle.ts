import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const WORKSPACE_BUNDLE_ROUTE = 'web/workspace.js';
const FILE = 'workspace.js';

/**
 * The workspace's script, built from web/ by esbuild (`npm run build`, and the tests' globalSetup) into
 * dist/web: beside the compiled code in production, or at the repository's dist/ when running from src/.
 */
export function workspaceBundleFile(): string {
  const candidates = [join(__dirname, '..', 'web', FILE), join(__dirname, '..', '..', 'dist', 'web', FILE)];
  const found = candidates.find((file) => existsSync(file));
  if (!found)
    throw new Error(
      `the workspace bundle is not built (npm run build): looked for ${candidates.join(' and ')}`,
    );
  return found;
}

let bundle: { code: Buffer; version: string } | undefined;

/** The bundle, read once per process (a rebuilt one needs a restart, as compiled code does). */
export function workspaceBundle(): { code: Buffer; version: string } {
  if (!bundle) {
    const code = readFileSync(workspaceBundleFile());
    bundle = { code, version: createHash('sha256').update(code).digest('hex').slice(0, 10) };
  }
  return bundle;
}

/** Its URL with a content hash, so browsers may cache it and still see every change. */
export function workspaceBundleUrl(): string {
  return `/${WORKSPACE_BUNDLE_ROUTE}?v=${workspaceBundle().version}`;
}
