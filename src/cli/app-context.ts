/* eslint-disable @typescript-eslint/no-require-imports -- loaded when a command runs, not when the CLI starts */
import type { INestApplicationContext } from '@nestjs/common';

/**
 * Runs one CLI command inside the application (no HTTP server) on the configured database. On the
 * embedded default it joins the PostgreSQL a running service already owns in DATA_DIR, or starts
 * one for the command and stops it afterwards; it never starts a second server on the same files.
 * Nest, TypeORM and the app are loaded here, on the first command that needs them.
 */
export async function withAppContext<T>(work: (app: INestApplicationContext) => Promise<T>): Promise<T> {
  require('reflect-metadata');
  const { Logger } = require('@nestjs/common') as typeof import('@nestjs/common');
  const { NestFactory } = require('@nestjs/core') as typeof import('@nestjs/core');
  const { AppModule } = require('../app.module') as typeof import('../app.module');
  const { validateEnvironment } =
    require('../config/configuration') as typeof import('../config/configuration');
  const { openDatabase } = require('../database/open-database') as typeof import('../database/open-database');

  const config = validateEnvironment({ LOG_LEVEL: 'warn', ...process.env });
  const database = await openDatabase(config, { join: true });
  try {
    const app = await NestFactory.createApplicationContext(
      AppModule.forRoot({ ...config, DATABASE_URL: database.url }),
      {
        logger: ['error', 'warn'],
      },
    );
    if (database.warning) new Logger('Database').warn(database.warning);
    try {
      return await work(app);
    } finally {
      await app.close();
    }
  } finally {
    await database.release();
  }
}
