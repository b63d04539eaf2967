import { Injectable, Logger } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectDataSource } from '@nestjs/typeorm';
import { Readable } from 'node:stream';
import { DataSource } from 'typeorm';
import { ClaimsService } from '../claims/claims.service';
import { AppConfig } from '../config/configuration';
import { DocumentsService } from '../documents/documents.service';
import { SpeakersService } from '../speakers/speakers.service';
import { FORMATTERS } from './formats';
import { ReportContext, ReportFormatter } from './formats/report-formatter';
import { CsvFormulas, FILE_EXTENSIONS, MEDIA_TYPES, ReportFormat } from './report-format';
import { ReportReader } from './report-reader';
import { ReportSlots } from './report-slots';
import { claimWhere, ReportFilter, reportBaseName, ReportScope } from './report-scope';

/** Told how far a report has got: the claims it will read (times the passes over them), then each batch read. */
export interface ReportProgress {
  start(total: number): void;
  advance(claims: number): void;
}

export interface ReportRequest {
  scope: ReportScope;
  format: ReportFormat;
  /** Where the API is reached; absolute ids and links in the report start with it. */
  baseUrl: string;
  csvFormulas?: CsvFormulas;
  /** Who asks (API key or client address), for the per-client limit; unset for local callers (the CLI). */
  client?: string;
  progress?: ReportProgress;
}

export interface Report {
  format: ReportFormat;
  mediaType: string;
  fileName: string;
  /** The number of records (claims) in the body, counted in the report's own snapshot. */
  total: number;
  /** The report text, produced as it is read; the database connection is held until it ends or is dropped. */
  body: Readable;
}

const excerpt = (text: string, max = 60) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

@Injectable()
export class ReportsService {
  private readonly logger = new Logger(ReportsService.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly documents: DocumentsService,
    private readonly speakers: SpeakersService,
    private readonly claims: ClaimsService,
    private readonly slots: ReportSlots,
    private readonly config: ConfigService<AppConfig, true>,
  ) {}

  /**
   * Checks the subject exists (a missing one throws before anything is sent), takes the report's snapshot
   * and counts its records in it, and returns the report as a stream of that same snapshot.
   */
  async open(request: ReportRequest): Promise<Report> {
    const release = this.slots.take(request.client ?? null);
    try {
      const report = await this.openIn(request);
      // A body dropped before its first read never runs produce(), so the slot goes back on close.
      report.body.once('close', release);
      return report;
    } catch (error) {
      release();
      throw error;
    }
  }

  private async openIn(request: ReportRequest): Promise<Report> {
    const { scope, format, progress } = request;
    const context: ReportContext = {
      scope,
      title: await this.titleOf(scope),
      generatedAt: new Date(),
      baseUrl: request.baseUrl,
      csvFormulas: request.csvFormulas,
      organization: {
        name: this.config.get('ORG_NAME', { infer: true }),
        url: this.config.get('ORG_URL', { infer: true }) ?? null,
      },
    };
    const formatter = FORMATTERS[format];
    const reader = await ReportReader.open(this.db, claimWhere(scope.filter), (n) => progress?.advance(n));
    let total: number;
    try {
      total = formatter.records === 'reviewed' ? await reader.countReviewed() : await reader.count();
      progress?.start((await reader.count()) * formatter.passes);
    } catch (error) {
      await reader.close();
      throw error;
    }
    const body = Readable.from(this.produce(formatter, context, reader, format), { objectMode: false });
    // A body dropped before its first read never runs produce(), whose finally would close the reader.
    body.once('close', () => void reader.close());
    return {
      format,
      mediaType: MEDIA_TYPES[format],
      fileName: `${reportBaseName(scope)}.${FILE_EXTENSIONS[format]}`,
      total,
      body,
    };
  }

  // The formatter's text; a failure of the report itself (not of whoever reads it) is logged, and rethrown
  // so the stream errors: an HTTP response is then cut off and a CLI exits non-zero, never looking complete.
  private async *produce(
    formatter: ReportFormatter,
    context: ReportContext,
    reader: ReportReader,
    format: ReportFormat,
  ): AsyncGenerator<string | Buffer> {
    const text = formatter.write(context, reader)[Symbol.asyncIterator]();
    try {
      for (;;) {
        let step: IteratorResult<string | Buffer>;
        try {
          step = await text.next();
        } catch (error) {
          const subject = context.scope.subjectId ? ` ${context.scope.subjectId}` : '';
          this.logger.error(
            `report on ${context.scope.subject}${subject} as ${format} failed midway; the output is incomplete: ${
              error instanceof Error ? error.message : String(error)
            }`,
            error instanceof Error ? error.stack : undefined,
          );
          throw error;
        }
        if (step.done) return;
        yield step.value;
      }
    } finally {
      await reader.close();
    }
  }

  private async titleOf(scope: ReportScope): Promise<string> {
    switch (scope.subject) {
      case 'document':
        return `Claims in “${(await this.documents.get(scope.subjectId!)).title}”`;
      case 'speaker':
        return `Claims by ${(await this.speakers.get(scope.subjectId!)).name}`;
      case 'claim':
        return `Claim “${excerpt((await this.claims.get(scope.subjectId!)).text)}”`;
      case 'claims':
        return `Claims${describeFilter(scope.filter)}`;
    }
  }
}

function describeFilter(filter: ReportFilter): string {
  const parts = Object.entries(filter)
    .filter(
      ([key, value]) => value !== undefined && key !== 'includeRetracted' && key !== 'includeSuperseded',
    )
    .map(([key, value]) => `${key} ${JSON.stringify(value)}`);
  return parts.length > 0 ? ` where ${parts.join(', ')}` : '';
}
