import { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import TestAgent from 'supertest/lib/agent';
import { createApp } from '../../src/app.factory';
import { AuditService } from '../../src/audit/audit.service';
import { validateEnvironment } from '../../src/config/configuration';
import { createTestDatabase, testDatabaseUrls } from './test-database';

export interface TestApp {
  app: NestFastifyApplication;
  http: TestAgent;
  /** The database as the app reaches it: the least-privilege app role. */
  databaseUrl: string;
  /** The same database as its owner role (migrations). */
  ownerUrl: string;
  /** The same database as the superuser, for tests that tamper with it as an attacker with full access would. */
  superuserUrl: string;
  /** The environment a CLI process needs to use this database as the service does. */
  cliEnv: Record<string, string>;
  /** Closes the app, after checking that its database's audit chain is intact (a broken one fails the spec). */
  close(): Promise<void>;
}

/**
 * The real application on its own database; `databaseUrl` reuses one, as a restart would. A spec that
 * breaks the audit chain on purpose says so with `tampersWithAudit`; for every other spec, closing the app
 * verifies the whole chain, so the suite proves every route leaves it intact.
 */
export async function startTestApp(
  options: {
    databaseUrl?: string;
    env?: Record<string, string>;
    tampersWithAudit?: boolean;
    /** Where the app itself connects, given the app role's URL (a relay a spec can cut); the URL by default. */
    reach?: (url: string) => string;
  } = {},
): Promise<TestApp> {
  const urls = testDatabaseUrls(options.databaseUrl ?? (await createTestDatabase()));
  // A high rate limit unless a spec sets its own: specs send bursts that are not what throttling guards against.
  const config = validateEnvironment({
    ...process.env,
    LOG_LEVEL: 'silent',
    RATE_LIMIT_PER_MINUTE: '100000',
    ...options.env,
    DATABASE_URL: options.reach ? options.reach(urls.app) : urls.app,
    DATABASE_OWNER_URL: urls.owner,
  });
  const app = await createApp(config);
  return {
    app,
    http: request(app.getHttpServer()),
    databaseUrl: urls.app,
    ownerUrl: urls.owner,
    superuserUrl: urls.superuser,
    cliEnv: { DATABASE_URL: urls.app, DATABASE_OWNER_URL: urls.owner },
    close: async () => {
      const report = options.tampersWithAudit ? null : await app.get(AuditService).verifyChain();
      await app.close();
      if (report && report.breaks.length > 0) {
        const breaks = report.breaks.map((b) => `event ${b.seq}: ${b.reason}`).join('; ');
        throw new Error(`the audit chain of this spec's database is broken: ${breaks}`);
      }
    },
  };
}
