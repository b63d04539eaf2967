import { isIP } from 'node:net';
import { availableParallelism } from 'node:os';
import { plainToInstance, Transform } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  Min,
  ValidateIf,
  validateSync,
} from 'class-validator';

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const toInt = ({ value }: { value: unknown }) =>
  typeof value === 'string' && /^\d+$/.test(value.trim()) ? Number(value) : value;
// Addresses (IPv4 or IPv6) or CIDR ranges, comma-separated.
const TRUST_PROXY_PATTERN = /^(\d+|[0-9A-Fa-f:.]+(\/\d{1,3})?(\s*,\s*[0-9A-Fa-f:.]+(\/\d{1,3})?)*)$/;
const toTrustProxy = ({ value }: { value: unknown }) => {
  if (value === undefined || value === 'false' || value === '0' || value === false) return false;
  if (typeof value === 'string' && /^\d+$/.test(value.trim())) return value.trim();
  return value;
};
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

  /** A browser session ends after this many minutes without a request. */
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(7 * 24 * 60)
  SESSION_IDLE_MINUTES = 120;

  /** Requests per minute allowed to one API key, or to one client address without a key. */
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  RATE_LIMIT_PER_MINUTE = 600;

  /**
   * Which proxies to believe about the client's address (X-Forwarded-For): unset or `false` believes none,
   * a number trusts that many hops, otherwise a comma-separated list of addresses or CIDR ranges.
   */
  @IsOptional()
  @Transform(toTrustProxy)
  @ValidateIf((_o, value) => value !== false)
  @Matches(TRUST_PROXY_PATTERN, {
    message: 'TRUST_PROXY must be false, a hop count, or a comma-separated list of addresses or CIDR ranges',
  })
  TRUST_PROXY: false | string = false;

  /**
   * Where the service is reached from outside: every absolute identifier and link (ClaimReview @id and url,
   * report links, PROV and annotation ids) starts with it, never with a request's Host or X-Forwarded-* headers.
   * Defaults to http://localhost:<PORT>.
   */
  @IsOptional()
  @Matches(/^https?:\/\/[A-Za-z0-9.-]+(:\d{1,5})?(\/[A-Za-z0-9._~/-]*)?$/, {
    message:
      'PUBLIC_BASE_URL must be an http(s) URL without query or fragment, e.g. https://claims.example.org',
  })
  PUBLIC_BASE_URL?: string;

  /**
   * Of the pool's 10 connections, how many report streams may hold at once; the rest always serve the API.
   * At most 5: import uploads being received (2) and the in-process worker's batches (2) hold connections of
   * the same pool, and with 8 reports they could take all 10.
   */
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(5)
  REPORT_CONNECTIONS = 3;

  /** Reports one client (API key, or address without one) may stream at once; more answer 429. */
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  REPORTS_PER_CLIENT = 2;

  /**
   * A request body (other than an import's, which streams) must arrive in full within this long of its headers,
   * or the request answers 408 and its connection closes. Covers a 10 MB document at about 1.5 Mbit/s.
   */
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(100)
  REQUEST_BODY_TIMEOUT_MS = 60_000;

  /**
   * Open connections one client address may hold; a further one is closed at once (0: no limit). Not applied
   * when TRUST_PROXY is set: then every connection comes from the proxy.
   */
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(0)
  MAX_CONNECTIONS_PER_CLIENT = 256;

  /** A report whose client has read nothing for this long is cut off, freeing its connection. */
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(100)
  REPORT_IDLE_TIMEOUT_MS = 30_000;

  /** PostgreSQL statement_timeout for the service's connections (0: none). */
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(0)
  DATABASE_STATEMENT_TIMEOUT_MS = 30_000;

  /** PostgreSQL idle_in_transaction_session_timeout for the service's connections (0: none). */
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(0)
  DATABASE_IDLE_TRANSACTION_TIMEOUT_MS = 60_000;

  /** The largest document text accepted, in UTF-8 bytes; a larger one answers 413. */
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1024)
  MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;

  /** Worker threads that run the extraction engine (started on first use). */
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(64)
  EXTRACTION_WORKERS = Math.max(1, Math.min(4, availableParallelism() - 1));

  /** The fact-checking organisation that publishes the verdicts: the `author` of every ClaimReview. */
  @IsOptional()
  @IsString()
  ORG_NAME = 'claimtrail';

  /** The organisation's home page, its schema.org `url`; unset, reviews name the organisation without one. */
  @IsOptional()
  @Matches(/^https?:\/\/\S+$/, { message: 'ORG_URL must be an http(s) URL' })
  ORG_URL?: string;

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
  const badProxies = trustedProxyList(config).filter((entry) => isIP(entry.split('/')[0]) === 0);
  if (badProxies.length > 0) {
    throw new InvalidConfiguration(
      `Invalid configuration:\n  TRUST_PROXY=${JSON.stringify(config.TRUST_PROXY)}: not an address: ${badProxies.join(', ')}`,
    );
  }
  config.PUBLIC_BASE_URL = publicBaseUrl(config);
  return config;
}

/** PUBLIC_BASE_URL without a trailing slash, or http://localhost:<PORT> when unset. */
export function publicBaseUrl(config: Pick<AppConfig, 'PUBLIC_BASE_URL' | 'PORT'>): string {
  return (config.PUBLIC_BASE_URL ?? `http://localhost:${config.PORT}`).replace(/\/+$/, '');
}

function trustedProxyList(config: AppConfig): string[] {
  const setting = config.TRUST_PROXY;
  if (setting === false || /^\d+$/.test(setting)) return [];
  return setting.split(',').map((entry) => entry.trim());
}

/** The setting as Fastify's trustProxy option takes it: false, a hop count, or a list of addresses and ranges. */
export function trustProxyOption(config: AppConfig): false | number | string[] {
  const setting = config.TRUST_PROXY;
  if (setting === false) return false;
  if (/^\d+$/.test(setting)) return Number(setting);
  return trustedProxyList(config);
}

/**
 * The largest JSON a document may come in: MAX_DOCUMENT_BYTES of text with room for JSON escapes (never less
 * than the body limit). POST /api/documents takes a body this large, and an import a line this long.
 */
export function largestDocumentJson(
  config: Pick<AppConfig, 'BODY_LIMIT_BYTES' | 'MAX_DOCUMENT_BYTES'>,
): number {
  return Math.max(config.BODY_LIMIT_BYTES, 2 * config.MAX_DOCUMENT_BYTES + 1024 * 1024);
}
