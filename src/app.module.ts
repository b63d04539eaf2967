import { DynamicModule, Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { ThrottlerModule } from '@nestjs/throttler';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule } from 'nestjs-pino';
import { AuditModule } from './audit/audit.module';
import { AuthGuard } from './auth/auth.guard';
import { AuthModule } from './auth/auth.module';
import { KeyOrAddressThrottlerGuard } from './auth/throttle.guard';
import { SlidingWindowThrottlerStorage } from './auth/throttle-storage';
import { ClaimsModule } from './claims/claims.module';
import { ErrorFilter } from './common/error.filter';
import { createValidationPipe } from './common/validation.pipe';
import { AppConfig } from './config/configuration';
import { dataSourceOptions } from './database/data-source-options';
import { DocumentsModule } from './documents/documents.module';
import { EvidenceModule } from './evidence/evidence.module';
import { ExportsModule } from './exports/exports.module';
import { HealthModule } from './health/health.module';
import { ImportsModule } from './imports/imports.module';
import { loggerOptions } from './logger-options';
import { ReviewsModule } from './reviews/reviews.module';
import { ReaderModule } from './reader/reader.module';
import { SessionsModule } from './sessions/sessions.module';
import { SpeakersModule } from './speakers/speakers.module';
import { TrailApiModule } from './trail/trail-api.module';

// main.ts and the CLI start the embedded server first and pass its URL in the config.
function databaseUrl(config: AppConfig): string {
  if (!config.DATABASE_URL) throw new Error('DATABASE_URL is not set and no embedded PostgreSQL was started');
  return config.DATABASE_URL;
}

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        // The config was validated once by the caller (main.ts, the CLI or a test); every module reads it from here.
        ConfigModule.forRoot({ isGlobal: true, ignoreEnvFile: true, validate: () => config }),
        LoggerModule.forRoot(loggerOptions(config.LOG_LEVEL)),
        TypeOrmModule.forRoot(
          dataSourceOptions(databaseUrl(config), {
            ssl: config.DATABASE_SSL,
            statementTimeoutMs: config.DATABASE_STATEMENT_TIMEOUT_MS,
            idleTransactionTimeoutMs: config.DATABASE_IDLE_TRANSACTION_TIMEOUT_MS,
            readUrl: config.DATABASE_READ_URL,
          }),
        ),
        ThrottlerModule.forRoot({
          throttlers: [{ ttl: 60_000, limit: config.RATE_LIMIT_PER_MINUTE }],
          storage: new SlidingWindowThrottlerStorage(),
        }),
        AuditModule,
        AuthModule,
        SessionsModule,
        HealthModule,
        DocumentsModule,
        SpeakersModule,
        ClaimsModule,
        EvidenceModule,
        ReviewsModule,
        ReaderModule,
        ExportsModule,
        TrailApiModule,
        ImportsModule,
      ],
      providers: [
        { provide: APP_PIPE, useFactory: createValidationPipe },
        { provide: APP_FILTER, useClass: ErrorFilter },
        // In this order: count the request first (also refused ones), then identify the key and check its role.
        { provide: APP_GUARD, useClass: KeyOrAddressThrottlerGuard },
        { provide: APP_GUARD, useClass: AuthGuard },
      ],
    };
  }
}
