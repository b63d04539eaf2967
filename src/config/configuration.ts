import { plainToInstance, Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, Min, validateSync } from 'class-validator';

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const toInt = ({ value }: { value: unknown }) =>
  typeof value === 'string' && /^\d+$/.test(value.trim()) ? Number(value) : value;
const toBool = ({ value }: { value: unknown }) =>
  value === 'true' || value === '1' ? true : value === 'false' || value === '0' ? false : value;

/** The environment the service reads; validated once at start so a wrong setting stops it with a message. */
export class EnvironmentSchema {
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT = 3000;

  @IsOptional()
  @IsString()
  HOST = '0.0.0.0';

  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/\S+$/, { message: 'DATABASE_URL must be a postgres:// connection URL' })
  DATABASE_URL?: string;

  /** The owner role's URL: migrations run as it. Unset, they run as DATABASE_URL's role. */
  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/\S+$/, { message: 'DATABASE_OWNER_URL must be a postgres:// connection URL' })
  DATABASE_OWNER_URL?: string;

  @IsOptional()
  @IsString()
  DATA_DIR = './.data';

  @IsOptional()
  @IsIn(LOG_LEVELS)
  LOG_LEVEL: (typeof LOG_LEVELS)[number] = 'info';

  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1024)
  BODY_LIMIT_BYTES = 10 * 1024 * 1024;

  @IsOptional()
  @Matches(/^(\*|https?:\/\/[^,\s]+(,https?:\/\/[^,\s]+)*)$/, {
    message: 'CORS_ORIGINS must be * or a comma-separated list of http(s) origins',
  })
  CORS_ORIGINS?: string;

  @IsOptional()
  @Transform(toBool)
  @IsIn([true, false], { message: 'DATABASE_SSL must be true or false' })
  DATABASE_SSL = false;

  /** When true, reads need an API key too (any role); by default anyone may read. */
  @IsOptional()
  @Transform(toBool)
  @IsIn([true, false], { message: 'READS_REQUIRE_KEY must be true or false' })
  READS_REQUIRE_KEY = false;

  /** Requests per minute allowed to one API key, or to one client address without a key. */
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  RATE_LIMIT_PER_MINUTE = 600;

  /** A read replica: reports and list reads go there (TypeORM replication); writes stay on DATABASE_URL. */
  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/\S+$/, { message: 'DATABASE_READ_URL must be a postgres:// connection URL' })
  DATABASE_READ_URL?: string;

  /** Whether `npm start` also runs one import worker in its process; false for API-only replicas. */
  @IsOptional()
  @Transform(toBool)
  @IsIn([true, false], { message: 'WORKER_IN_PROCESS must be true or false' })
  WORKER_IN_PROCESS = true;

  /** Worker processes `npm run worker` starts. */
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(64)
  WORKERS = 1;

  /** Documents per import job; each job is stored in one transaction. */
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(5000)
  IMPORT_BATCH_SIZE = 200;

  /** How long a batch job may stay active: a worker killed mid-batch has its job retried after this. */
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(86_000)
  IMPORT_JOB_EXPIRE_SECONDS = 600;

  /** How often a worker looks for expired jobs (and archives finished ones). */
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(3600)
  QUEUE_MAINTENANCE_SECONDS = 30;
}

export type AppConfig = EnvironmentSchema;

export class InvalidConfiguration extends Error {}

/** Validates raw environment variables into the typed config; throws naming every wrong setting. */
export function validateEnvironment(raw: Record<string, unknown>): AppConfig {
  // An empty variable means "unset", as shells and compose files commonly pass them.
  const present = Object.fromEntries(Object.entries(raw).filter(([, value]) => value !== ''));
  const config = plainToInstance(EnvironmentSchema, present, { exposeDefaultValues: true });
  const errors = validateSync(config, { whitelist: false, skipMissingProperties: false });
  if (errors.length > 0) {
    const details = errors
      .map(
        (e) => `${e.property}=${JSON.stringify(e.value)}: ${Object.values(e.constraints ?? {}).join('; ')}`,
      )
      .join('\n  ');
    throw new InvalidConfiguration(`Invalid configuration:\n  ${details}`);
  }
  return config;
}
