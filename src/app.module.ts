import { DynamicModule, Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule } from 'nestjs-pino';
import { ClaimsModule } from './claims/claims.module';
import { ErrorFilter } from './common/error.filter';
import { createValidationPipe } from './common/validation.pipe';
import { AppConfig } from './config/configuration';
import { dataSourceOptions } from './database/data-source-options';
import { DocumentsModule } from './documents/documents.module';
import { EvidenceModule } from './evidence/evidence.module';
import { HealthModule } from './health/health.module';
import { loggerOptions } from './logger-options';
import { SpeakersModule } from './speakers/speakers.module';

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
        TypeOrmModule.forRoot(dataSourceOptions(databaseUrl(config), { ssl: config.DATABASE_SSL })),
        HealthModule,
        DocumentsModule,
        SpeakersModule,
        ClaimsModule,
        EvidenceModule,
      ],
      providers: [
        { provide: APP_PIPE, useFactory: createValidationPipe },
        { provide: APP_FILTER, useClass: ErrorFilter },
      ],
    };
  }
}
