import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Readable } from 'node:stream';
import { DataSource } from 'typeorm';
import { ClaimsService } from '../claims/claims.service';
import { DocumentsService } from '../documents/documents.service';
import { SpeakersService } from '../speakers/speakers.service';
import { FORMATTERS } from './formats';
import { ReportContext } from './formats/report-formatter';
import { FILE_EXTENSIONS, MEDIA_TYPES, ReportFormat } from './report-format';
import { ReportReader } from './report-reader';
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
  progress?: ReportProgress;
}

export interface Report {
  format: ReportFormat;
  mediaType: string;
  fileName: string;
  /** The report text, produced as it is read; the database connection is held only while it flows. */
  body: Readable;
}

const excerpt = (text: string, max = 60) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

@Injectable()
export class ReportsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly documents: DocumentsService,
    private readonly speakers: SpeakersService,
    private readonly claims: ClaimsService,
  ) {}

  /** Checks the subject exists (a missing one throws before anything is sent) and returns the report as a stream. */
  async open(request: ReportRequest): Promise<Report> {
    const { scope, format } = request;
    const context: ReportContext = {
      scope,
      title: await this.titleOf(scope),
      generatedAt: new Date(),
      baseUrl: request.baseUrl,
    };
    const formatter = FORMATTERS[format];
    const db = this.db;
    const progress = request.progress;

    // The reader (and its connection) is opened on the first read, so a report never read holds nothing.
    async function* produce(): AsyncGenerator<string> {
      const reader = await ReportReader.open(db, claimWhere(scope.filter), (n) => progress?.advance(n));
      try {
        if (progress) progress.start((await reader.count()) * formatter.passes);
        yield* formatter.write(context, reader);
      } finally {
        await reader.close();
      }
    }

    return {
      format,
      mediaType: MEDIA_TYPES[format],
      fileName: `${reportBaseName(scope)}.${FILE_EXTENSIONS[format]}`,
      body: Readable.from(produce(), { objectMode: false }),
    };
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
    .filter(([key, value]) => value !== undefined && key !== 'includeRetracted')
    .map(([key, value]) => `${key} ${JSON.stringify(value)}`);
  return parts.length > 0 ? ` where ${parts.join(', ')}` : '';
}
