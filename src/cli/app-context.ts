import { INestApplicationContext, Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppModule } from '../app.module';
import { validateEnvironment } from '../config/configuration';
import { openDatabase } from '../database/open-database';

/**
 * Runs one CLI command inside the application (no HTTP server) on the configured database. On the
 * embedded default it joins the PostgreSQL a running service already owns in DATA_DIR, or starts
 * one for the command and stops it afterwards; it never starts a second server on the same files.
 */
export async function withAppContext<T>(work: (app: INestApplicationContext) => Promise<T>): Promise<T> {
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
