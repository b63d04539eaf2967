// A test that fails or times out with its service still running must not take the next tests down with it
// (issue 13: one 60 s timeout left a service holding its DATA_DIR, and three more tests failed "DATA_DIR … is in
// use"). The first test below ends as a timed-out one does, its service running; the second checks what the
// harness (support/child-processes.ts) did when it ended. They run in this order, as jest runs a file's tests.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { newDataDir, stopProcesses, track } from './support/child-processes';
import { isRunning, startService } from './support/service-process';

jest.setTimeout(180_000);

describe('processes a test leaves running', () => {
  let left: { service: number; postgres: number; dataDir: string } | undefined;

  it('(a test that ends with its service on the embedded PostgreSQL still running)', async () => {
    const dataDir = newDataDir();
    const service = await startService({ DATA_DIR: dataDir });
    const postgres = Number(readFileSync(join(dataDir, 'pg', 'postmaster.pid'), 'utf8').split('\n')[0]);
    left = { service: service.child.pid!, postgres, dataDir };
    expect(isRunning(left.service) && isRunning(left.postgres)).toBe(true);
  });

  it('are stopped when that test ends: the service, its PostgreSQL, and its DATA_DIR removed', () => {
    expect(left).toBeDefined();
    expect(isRunning(left!.service)).toBe(false);
    expect(isRunning(left!.postgres)).toBe(false);
    expect(existsSync(left!.dataDir)).toBe(false);
  });

  it('are killed when they ignore SIGTERM', async () => {
    const stubborn = spawn(process.execPath, [
      '-e',
      "process.on('SIGTERM', () => {}); console.log('ready'); setInterval(() => {}, 1000)",
    ]);
    track(stubborn);
    await new Promise((resolve) => stubborn.stdout.once('data', resolve)); // its handler is installed
    await stopProcesses(expect.getState().currentTestName, 500);
    expect(stubborn.signalCode).toBe('SIGKILL');
  });
});
