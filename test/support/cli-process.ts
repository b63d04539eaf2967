import { spawn } from 'node:child_process';
import { CLI_BIN } from './build';
import { track } from './child-processes';

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs one of the project's TypeScript entry points as its own process, as its npm script does. */
export function runScript(
  script: string,
  args: string[],
  env: Record<string, string> = {},
  stdin?: string,
): Promise<CliResult> {
  return run(['-r', 'ts-node/register/transpile-only', script, ...args], env, stdin);
}

/** Runs the compiled `claimtrail` bin (dist/cli/main.js, see ensureBuilt) as `npx claimtrail` would. */
export function runBin(args: string[], env: Record<string, string> = {}): Promise<CliResult> {
  return run([CLI_BIN, ...args], env);
}

function run(nodeArgs: string[], env: Record<string, string>, stdin?: string): Promise<CliResult> {
  const childEnv: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: 'warn', ...env };
  // Like the service helper: the embedded default unless the test names a database.
  if (!('DATABASE_URL' in env)) {
    delete childEnv.DATABASE_URL;
    delete childEnv.DATABASE_OWNER_URL;
  }
  const child = spawn(process.execPath, nodeArgs, {
    env: childEnv,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  // Stopped when the test that started it ends, should it still run then.
  track(child, childEnv.DATA_DIR);
  let stdout = '';
  let stderr = '';
  // Decoded as a stream: a character split across two chunks must not turn into two broken ones.
  child.stdout.setEncoding('utf8');
  child.stderr.setEncoding('utf8');
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  child.stdin.end(stdin ?? '');
  return new Promise((resolve) => child.once('close', (code) => resolve({ code, stdout, stderr })));
}

/** Runs the real command line (`npm run -s cli -- ...`). */
export const runCli = (args: string[], env: Record<string, string>) =>
  runScript('src/cli/main.ts', args, env);

/** `keys create`, returning the key from the last line of standard output. */
export async function createKeyWithCli(
  role: string,
  name: string,
  env: Record<string, string>,
): Promise<string> {
  const result = await runCli(['keys', 'create', '--role', role, '--name', name], env);
  if (result.code !== 0) throw new Error(`keys create exited with ${result.code}: ${result.stderr}`);
  const lines = result.stdout.trimEnd().split('\n');
  return lines[lines.length - 1];
}
