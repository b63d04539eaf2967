/* eslint-disable @typescript-eslint/no-require-imports -- services load when a command runs, not when the CLI starts */
import type { SingleBar as SingleBarType } from 'cli-progress';
import { Command, InvalidArgumentError, Option } from 'commander';
import type { ConfigService } from '@nestjs/config';
import { pipeline } from 'node:stream/promises';
import type { AppConfig } from '../config/configuration';
import { CLAIM_KINDS, QUOTE_TYPES, REVIEW_STATUSES, VERDICTS } from '../claims/claim-enums';
import { CSV_FORMULAS, CsvFormulas, REPORT_FORMATS, ReportFormat } from '../exports/report-format';
import { ReportFilter, ReportScope } from '../exports/report-scope';
import { onStall } from '../exports/stalled-stream';
import type { ReportProgress, ReportsService as ReportsServiceType } from '../exports/reports.service';
import { withAppContext } from './app-context';

const configService = () => (require('@nestjs/config') as typeof import('@nestjs/config')).ConfigService;
const reportsService = () =>
  (require('../exports/reports.service') as { ReportsService: typeof ReportsServiceType }).ReportsService;

/** Where the API is reached when --base-url is not given: PUBLIC_BASE_URL, else this machine on PORT. */
export function defaultBaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  const configured = env.PUBLIC_BASE_URL?.trim();
  if (configured) return configured.replace(/\/+$/, '');
  return `http://localhost:${env.PORT?.trim() || 3000}`;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// Below this many claims (times the format's passes) a report is done before a bar would help.
const PROGRESS_FROM = 5000;

interface ReportOptions {
  document?: string;
  speaker?: string;
  claim?: string;
  format: ReportFormat;
  kind?: ReportFilter['kind'];
  quote?: ReportFilter['quote'];
  status?: ReportFilter['status'];
  verdict?: ReportFilter['verdict'];
  q?: string;
  includeRetracted?: boolean;
  includeSuperseded?: boolean;
  baseUrl: string;
  csvFormulas: CsvFormulas;
  progress: boolean;
}

const uuid = (what: string) => (value: string) => {
  if (!UUID.test(value)) throw new InvalidArgumentError(`not a ${what} id (a UUID)`);
  return value;
};

export function scopeOf(options: ReportOptions): ReportScope {
  const subjects = (['document', 'speaker', 'claim'] as const).filter((s) => options[s] !== undefined);
  if (subjects.length > 1)
    throw new InvalidArgumentError('give at most one of --document, --speaker, --claim');
  const filter: ReportFilter = {
    kind: options.kind,
    quote: options.quote,
    status: options.status,
    verdict: options.verdict,
    q: options.q,
    includeRetracted: options.includeRetracted,
    includeSuperseded: options.includeSuperseded,
  };
  if (options.document)
    return {
      subject: 'document',
      subjectId: options.document,
      filter: { ...filter, documentId: options.document },
    };
  if (options.speaker)
    return {
      subject: 'speaker',
      subjectId: options.speaker,
      filter: { ...filter, speakerId: options.speaker },
    };
  if (options.claim)
    return { subject: 'claim', subjectId: options.claim, filter: { ...filter, claimId: options.claim } };
  return { subject: 'claims', subjectId: null, filter };
}

// A bar on standard error, so standard output stays the report alone; not drawn when stderr is not a terminal.
function progressBar(enabled: boolean): ReportProgress & { stop(): void } {
  let bar: SingleBarType | null = null;
  return {
    start(total) {
      if (!enabled || total < PROGRESS_FROM) return;
      const { SingleBar } = require('cli-progress') as typeof import('cli-progress');
      bar = new SingleBar({
        stream: process.stderr,
        format: 'report [{bar}] {percentage}% | {value}/{total} claims | {eta}s left',
      });
      bar.start(total, 0);
    },
    advance: (claims) => bar?.increment(claims),
    stop: () => bar?.stop(),
  };
}

/** `report`: the same reports as the API's …/report routes, written to standard output. */
export function registerReportCommand(program: Command) {
  program
    .command('report')
    .description(
      'write a provenance report to standard output (one document, speaker or claim, or every claim matching the filters)',
    )
    .option('--document <id>', 'report on this document', uuid('document'))
    .option('--speaker <id>', 'report on the claims attributed to this speaker', uuid('speaker'))
    .option('--claim <id>', 'report on this claim', uuid('claim'))
    .addOption(new Option('--format <format>', 'report format').choices(REPORT_FORMATS).default('json'))
    .addOption(new Option('--kind <kind>', 'only claims of this kind').choices(CLAIM_KINDS))
    .addOption(new Option('--quote <type>', 'only claims with this quote type').choices(QUOTE_TYPES))
    .addOption(
      new Option('--status <status>', 'only claims with this review status').choices(REVIEW_STATUSES),
    )
    .addOption(new Option('--verdict <verdict>', 'only claims with this verdict').choices(VERDICTS))
    .option('--q <text>', 'full-text search in claim text')
    .option('--include-retracted', 'include retracted claims and claims of retracted documents')
    .option('--include-superseded', 'include claims a re-extraction superseded')
    .option(
      '--base-url <url>',
      'where the API is reached: ids and links in the report start with it (default: PUBLIC_BASE_URL, else http://localhost:$PORT)',
      defaultBaseUrl(),
    )
    .addOption(
      new Option('--csv-formulas <mode>', 'csv: defuse cells that start like a formula, or write them raw')
        .choices(CSV_FORMULAS)
        .default('escape'),
    )
    .option('--no-progress', 'no progress bar on standard error')
    .action((options: ReportOptions) =>
      withAppContext(async (app) => {
        const progress = progressBar(options.progress && process.stderr.isTTY === true);
        const report = await app.get(reportsService()).open({
          scope: scopeOf(options),
          format: options.format,
          csvFormulas: options.csvFormulas,
          baseUrl: options.baseUrl,
          progress,
        });
        // A consumer that stops reading (a pager left open) is cut as the API cuts a client: the report's COPY
        // waiting on a full pipe holds a connection, a snapshot and its tables' locks, which no statement or
        // idle-transaction timeout ends, and a migration's ALTER waiting behind them would hold up the service.
        const idleMs = app
          .get<ConfigService<AppConfig, true>>(configService())
          .get('REPORT_IDLE_TIMEOUT_MS', { infer: true });
        const unwatch = onStall(process.stdout, idleMs, () =>
          report.body.destroy(
            new Error(
              `standard output read nothing for ${idleMs} ms (REPORT_IDLE_TIMEOUT_MS), so the report was cut to free its database connection; write it to a file, then page that`,
            ),
          ),
        );
        try {
          await pipeline(report.body, process.stdout);
        } catch (error) {
          // The reader went away (`| head`): not a failure of the report.
          if ((error as NodeJS.ErrnoException).code === 'EPIPE') return;
          const reason = error instanceof Error ? error.message : String(error);
          throw new Error(`the report failed midway and its output is incomplete: ${reason}`);
        } finally {
          unwatch();
          progress.stop();
        }
      }),
    );
}
