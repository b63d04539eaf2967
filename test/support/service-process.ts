import { ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { track } from './child-processes';

export interface ServiceProcess {
  child: ChildProcess;
  baseUrl: string;
  output(): string;
  /** Resolves with the exit code once the process has ended. */
  exited: Promise<number | null>;
}

// Ports for test services come from below the kernel's ephemeral range (32768–60999 on Linux), one block per
// jest worker. A port the kernel handed out (listen(0)) and this harness released could be handed out again
// before the service binds it: to the embedded PostgreSQL, which picks its port that way, or to another
// worker's service, whose health check would then answer for this one.
const PORT_BLOCK = 400;
const FIRST_PORT = 20_000;
let nextInBlock = Math.floor(Math.random() * PORT_BLOCK);

async function freePort(): Promise<number> {
  const worker = Number(process.env.JEST_WORKER_ID ?? 0) % 30;
  for (let tries = 0; tries < PORT_BLOCK; tries++) {
    const port = FIRST_PORT + worker * PORT_BLOCK + (nextInBlock++ % PORT_BLOCK);
    if (await canBind(port)) return port;
  }
  throw new Error(`no free port in jest worker ${worker}'s block`);
}

function canBind(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '0.0.0.0', () => probe.close(() => resolve(true)));
  });
}

/**
 * Runs src/main.ts as its own process, as `npm start` would, and waits until /health answers. The process is
 * stopped when the test that started it ends, however it ends (child-processes.ts).
 */
export async function startService(
  env: Record<string, string>,
  { readyWithinMs = 60_000 }: { readyWithinMs?: number } = {},
): Promise<ServiceProcess> {
  const port = await freePort();
  const childEnv: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: 'warn', PORT: String(port), ...env };
  if (!('DATABASE_URL' in env)) {
    delete childEnv.DATABASE_URL;
    delete childEnv.DATABASE_OWNER_URL;
  }
  const child = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', 'src/main.ts'], {
    env: childEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  track(child, childEnv.DATA_DIR);
  let log = '';
  child.stdout!.on('data', (chunk) => (log += chunk));
  child.stderr!.on('data', (chunk) => (log += chunk));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const baseUrl = `http://127.0.0.1:${port}`;

  const deadline = Date.now() + readyWithinMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`service exited with ${child.exitCode}:\n${log}`);
    try {
      if ((await fetch(`${baseUrl}/health`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      // Not left behind running (with its PostgreSQL) when the test gives up on it.
      child.kill('SIGTERM');
      await exited;
      throw new Error(`service did not become healthy:\n${log}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return { child, baseUrl, output: () => log, exited };
}

/** Whether a process still runs; a killed one nobody reaped (a zombie) does not count. */
export function isRunning(pid: number): boolean {
  try {
    return readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.[0] !== 'Z';
  } catch {
    return false;
  }
}
