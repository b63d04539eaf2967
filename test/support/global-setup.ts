import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { resolveChromium } from './browser';

/** Starts the test PostgreSQL once per run; spec files clone their own database from its template. */
export default async function globalSetup() {
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
  const { serverUrl, template } = JSON.parse(line) as { serverUrl: string; template: string };
  process.env.CLAIMTRAIL_TEST_SERVER_URL = serverUrl;
  process.env.CLAIMTRAIL_TEST_TEMPLATE = template;
  process.env.CHROMIUM_PATH = await resolveChromium();
  (globalThis as { claimtrailDbServer?: typeof child }).claimtrailDbServer = child;
}
