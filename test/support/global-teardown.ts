import { ChildProcess } from 'node:child_process';

export default async function globalTeardown() {
  const child = (globalThis as { claimtrailDbServer?: ChildProcess }).claimtrailDbServer;
  if (!child || child.exitCode !== null) return;
  await new Promise<void>((resolve) => {
    child.once('exit', () => resolve());
    child.stdin!.end();
  });
}
