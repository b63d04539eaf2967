import { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import TestAgent from 'supertest/lib/agent';
import { createApp } from '../../src/app.factory';
import { validateEnvironment } from '../../src/config/configuration';
import { createTestDatabase } from './test-database';

export interface TestApp {
  app: NestFastifyApplication;
  http: TestAgent;
  databaseUrl: string;
  superuserUrl: string;
  close(): Promise<void>;
}

/** The real application on its own database; `databaseUrl` reuses one, as a restart would. */
export async function startTestApp(
  options: { databaseUrl?: string; env?: Record<string, string> } = {},
): Promise<TestApp> {
  const databaseUrl = options.databaseUrl ?? (await createTestDatabase());
  // A high rate limit unless a spec sets its own: specs send bursts that are not what throttling guards against.
  const config = validateEnvironment({
    ...process.env,
    LOG_LEVEL: 'silent',
    RATE_LIMIT_PER_MINUTE: '100000',
    ...options.env,
    DATABASE_URL: databaseUrl,
  });
  const app = await createApp(config);
  return {
    app,
    http: request(app.getHttpServer()),
    databaseUrl,
    superuserUrl: databaseUrl,
    close: () => app.close(),
  };
}
