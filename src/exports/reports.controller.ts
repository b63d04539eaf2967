import {
  applyDecorators,
  Controller,
  createParamDecorator,
  ExecutionContext,
  Get,
  Query,
  Res,
} from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ConfigService } from '@nestjs/config';
import { AppConfig, publicBaseUrl } from '../config/configuration';
import { ApiErrors, ErrorResponse } from '../common/api-errors.decorator';
import { UuidParam } from '../common/uuid-param';
import { ClaimsReportQueryDto, ReportQueryDto, ScopedReportQueryDto } from './dto/report-query.dto';
import { ANNOTATION_PROFILE, negotiateFormat } from './report-format';
import { ReportScope } from './report-scope';
import { ReportRefused } from './report-slots';
import { Report, ReportsService } from './reports.service';
import { endWhenStalled } from './stalled-stream';
import { Actor } from '../auth/roles';

const PRODUCES = [
  'application/json',
  'text/csv',
  'text/markdown',
  'text/html',
  'application/ld+json',
  `application/ld+json; profile="${ANNOTATION_PROFILE}"`,
  'application/provenance+json',
];
const FORMATS_HELP =
  'Format from ?format= (json, csv, md, html, claimreview, prov, annotation), else from Accept: application/json → json, ' +
  'text/csv → csv, text/markdown → md, text/html → html, application/ld+json → claimreview, ' +
  `application/ld+json;profile="${ANNOTATION_PROFILE}" → annotation, application/provenance+json → prov. Streamed.`;

// The OpenAPI description every report route shares: its media types, the negotiation rule and the 406.
const ReportDocs = (summary: string) =>
  applyDecorators(
    ApiOperation({ summary, description: FORMATS_HELP }),
    ApiProduces(...PRODUCES),
    ApiOkResponse({
      description: 'The report, in the negotiated format, streamed',
      content: Object.fromEntries(
        PRODUCES.map((type) => [type, { schema: { type: type.startsWith('text/') ? 'string' : 'object' } }]),
      ),
    }),
    ApiResponse({
      status: 406,
      description: 'No report format satisfies the Accept header',
      type: ErrorResponse,
    }),
  );

/** What a report needs from its request besides the query: the Accept header and who asks. */
interface ReportRequest {
  accept: string | undefined;
  /** The API key, or the client address without one: the per-client limit on concurrent reports counts it. */
  client: string;
}

// Only the Accept header: absolute links come from PUBLIC_BASE_URL, never from Host or X-Forwarded-* headers.
const ReportRequestOf = createParamDecorator((_data: unknown, context: ExecutionContext): ReportRequest => {
  const req = context.switchToHttp().getRequest<FastifyRequest & { actor?: Actor }>();
  const keyId = req.actor?.keyId;
  return { accept: req.headers.accept, client: keyId ? `key:${keyId}` : `ip:${req.ip}` };
});

@ApiTags('reports')
@Controller('api')
export class ReportsController {
  private readonly baseUrl: string;
  private readonly idleTimeoutMs: number;

  constructor(
    private readonly reports: ReportsService,
    config: ConfigService<AppConfig, true>,
  ) {
    this.idleTimeoutMs = config.get('REPORT_IDLE_TIMEOUT_MS', { infer: true });
    this.baseUrl = publicBaseUrl({
      PUBLIC_BASE_URL: config.get('PUBLIC_BASE_URL', { infer: true }),
      PORT: config.get('PORT', { infer: true }),
    });
  }

  @Get('claims/report')
  @ReportDocs('Report on every claim matching the filters GET /api/claims takes')
  @ApiErrors(400)
  claimsReport(
    @Query() query: ClaimsReportQueryDto,
    @ReportRequestOf() request: ReportRequest,
    @Res() reply: FastifyReply,
  ) {
    const { format, csvFormulas, includeRetracted, includeSuperseded, ...filter } = query;
    const scope: ReportScope = {
      subject: 'claims',
      subjectId: null,
      filter: { ...filter, includeRetracted, includeSuperseded },
    };
    return this.send(scope, { format, csvFormulas }, request, reply);
  }

  @Get('documents/:id/report')
  @ApiTags('documents')
  @ReportDocs('Report on one document: its metadata, sourcing profile, claims, evidence and verdicts')
  @ApiErrors(400, 404)
  documentReport(
    @UuidParam() id: string,
    @Query() { format, csvFormulas, includeRetracted, includeSuperseded, kind }: ScopedReportQueryDto,
    @ReportRequestOf() request: ReportRequest,
    @Res() reply: FastifyReply,
  ) {
    const scope: ReportScope = {
      subject: 'document',
      subjectId: id,
      filter: { documentId: id, kind, includeRetracted, includeSuperseded },
    };
    return this.send(scope, { format, csvFormulas }, request, reply);
  }

  @Get('speakers/:id/report')
  @ApiTags('speakers')
  @ReportDocs('Report on the claims attributed to one speaker, across documents')
  @ApiErrors(400, 404)
  speakerReport(
    @UuidParam() id: string,
    @Query() { format, csvFormulas, includeRetracted, includeSuperseded, kind }: ScopedReportQueryDto,
    @ReportRequestOf() request: ReportRequest,
    @Res() reply: FastifyReply,
  ) {
    const scope: ReportScope = {
      subject: 'speaker',
      subjectId: id,
      filter: { speakerId: id, kind, includeRetracted, includeSuperseded },
    };
    return this.send(scope, { format, csvFormulas }, request, reply);
  }

  @Get('claims/:id/report')
  @ApiTags('claims')
  @ReportDocs('Report on one claim')
  @ApiErrors(400, 404)
  claimReport(
    @UuidParam() id: string,
    @Query() { format, csvFormulas, includeRetracted, includeSuperseded }: ReportQueryDto,
    @ReportRequestOf() request: ReportRequest,
    @Res() reply: FastifyReply,
  ) {
    const scope: ReportScope = {
      subject: 'claim',
      subjectId: id,
      filter: { claimId: id, includeRetracted, includeSuperseded },
    };
    return this.send(scope, { format, csvFormulas }, request, reply);
  }

  private async send(
    scope: ReportScope,
    { format, csvFormulas }: Pick<ReportQueryDto, 'format' | 'csvFormulas'>,
    request: ReportRequest,
    reply: FastifyReply,
  ) {
    let report: Report;
    try {
      report = await this.reports.open({
        scope,
        format: negotiateFormat(format, request.accept),
        csvFormulas,
        baseUrl: this.baseUrl,
        client: request.client,
      });
    } catch (error) {
      if (error instanceof ReportRefused) reply.header('retry-after', String(error.retryAfter));
      throw error;
    }
    endWhenStalled(reply.raw, report.body, this.idleTimeoutMs);
    const disposition = report.format === 'csv' ? 'attachment' : 'inline';
    return (
      reply
        .type(report.mediaType)
        .header('content-disposition', `${disposition}; filename="${report.fileName}"`)
        .header('vary', 'Accept')
        // Counted in the report's own snapshot, so a client can check that every record arrived.
        .header('x-total-count', String(report.total))
        .send(report.body)
    );
  }
}
