import { execFileSync, spawn } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { resolveChromium } from './browser';

// The workspace bundle the signed-in pages load; built here so a fresh clone can run `npm test`.
function buildWorkspace(): void {
  execFileSync(process.execPath, [join(__dirname, '..', '..', 'scripts', 'build-workspace.mjs')], {
    stdio: 'inherit',
  });
}

/** Starts the test PostgreSQL once per run; spec files clone their own database from its template. */
export default async function globalSetup() {
  buildWorkspace();
  const child = spawn(
    process.execPath,
    ['-r', 'ts-node/register/transpile-only', 'test/support/db-server.ts'],
    {
      stdio: ['pipe', 'pipe', 'inherit'],
      env: { ...process.env, TS_NODE_PROJECT: 'tsconfig.json' },
    },
  );
  const line = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout! }).once('line', resolve);
    child.once('exit', (code) => reject(new Error(`test database server exited with code ${code}`)));
  });
  const urls = JSON.parse(line) as { serverUrl: string; ownerUrl: string; appUrl: string; template: string };
  // The superuser (tests that tamper or inspect as an attacker would), the owner and the app role.
  process.env.CLAIMTRAIL_TEST_SERVER_URL = urls.serverUrl;
  process.env.CLAIMTRAIL_TEST_OWNER_URL = urls.ownerUrl;
  process.env.CLAIMTRAIL_TEST_APP_URL = urls.appUrl;
  process.env.CLAIMTRAIL_TEST_TEMPLATE = urls.template;
  process.env.CHROMIUM_PATH = await resolveChromium();
  (globalThis as { claimtrailDbServer?: typeof child }).claimtrailDbServer = child;
}
