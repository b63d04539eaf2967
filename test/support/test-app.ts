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
  close(): Promise<void>;
}

/** The real application on its own database; `databaseUrl` reuses one, as a restart would. */
export async function startTestApp(options: { databaseUrl?: string; env?: Record<string, string> } = {}): Promise<TestApp> {
  const databaseUrl = options.databaseUrl ?? (await createTestDatabase());
  const config = validateEnvironment({ ...process.env, LOG_LEVEL: 'silent', ...options.env, DATABASE_URL: databaseUrl });
  const app = await createApp(config);
  return {
    app,
    http: request(app.getHttpServer()),
    databaseUrl,
    close: () => app.close(),
  };
}
