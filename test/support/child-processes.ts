import { ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// Every process a spec starts (services, CLI commands) is stopped when the test that started it ends, even
// when it failed or timed out midway, and the rest when the file ends: a test that times out must not leave a
// service holding its DATA_DIR for the tests after it. Each test gets DATA_DIRs of its own (newDataDir).

interface Tracked {
  child: ChildProcess;
  exited: Promise<void>;
  /** The test that started it; undefined in beforeAll. */
  test: string | undefined;
  /** Its embedded PostgreSQL's files, whose server outlives a service killed with SIGKILL. */
  dataDir?: string;
}

const live = new Set<Tracked>();
const dataDirs = new Map<string, string | undefined>();
// Long enough for a service to stop its embedded PostgreSQL on SIGTERM.
const GRACE_MS = 20_000;

const currentTest = (): string | undefined => expect.getState().currentTestName;

/** Registers a child process to stop after the current test (or the file, when started outside a test). */
export function track(child: ChildProcess, dataDir?: string): void {
  const exited = new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once('exit', () => resolve());
  });
  const tracked: Tracked = { child, exited, test: currentTest(), dataDir };
  live.add(tracked);
  void exited.then(() => live.delete(tracked));
}

/** A fresh, empty DATA_DIR, removed (with its PostgreSQL stopped) when the current test ends. */
export function newDataDir(prefix = 'claimtrail-test-data-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  dataDirs.set(dir, currentTest());
  return dir;
}

async function stop(tracked: Tracked, graceMs: number): Promise<void> {
  const { child } = tracked;
  if (child.exitCode === null && child.signalCode === null) {
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    await tracked.exited;
    clearTimeout(timer);
  }
}

/** Stops a PostgreSQL left running in a DATA_DIR by a service that was killed. */
function stopPostmaster(dataDir: string): void {
  let pid: number;
  try {
    pid = Number(readFileSync(join(dataDir, 'pg', 'postmaster.pid'), 'utf8').split('\n')[0]);
  } catch {
    return; // stopped cleanly, or never started
  }
  try {
    process.kill(pid, 'SIGQUIT'); // immediate shutdown
  } catch {
    // already gone
  }
}

/**
 * Stops the processes (SIGTERM, then SIGKILL after `graceMs`) and removes the DATA_DIRs of one test, or of all
 * when `test` is null.
 */
export async function stopProcesses(test: string | undefined | null, graceMs = GRACE_MS): Promise<void> {
  const mine = (owner: string | undefined) => test === null || owner === test;
  const stopping = [...live].filter((tracked) => mine(tracked.test));
  await Promise.all(stopping.map((tracked) => stop(tracked, graceMs)));
  for (const tracked of stopping) if (tracked.dataDir) stopPostmaster(tracked.dataDir);
  for (const [dir, owner] of dataDirs) {
    if (!mine(owner)) continue;
    stopPostmaster(dir);
    rmSync(dir, { recursive: true, force: true });
    dataDirs.delete(dir);
  }
}

afterEach(() => stopProcesses(currentTest()), GRACE_MS + 10_000);
afterAll(() => stopProcesses(null), GRACE_MS + 10_000);
