import {
  Controller,
  Get,
  HttpCode,
  HttpStatus,
  Post,
  Query,
  Req,
  Res,
  UnsupportedMediaTypeException,
} from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBearerAuth,
  ApiBody,
  ApiConsumes,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Readable } from 'node:stream';
import { CurrentActor, Roles } from '../auth/auth.decorators';
import { Actor } from '../auth/roles';
import { ApiErrors } from '../common/api-errors.decorator';
import { UuidParam } from '../common/uuid-param';
import { ImportQueryDto } from './dto/import-query.dto';
import { AcceptedImportResponse, ImportPageResponse, ImportResponse } from './dto/import.response';
import { ImportsService } from './imports.service';
import { decodedBody, NDJSON_TYPES } from './ndjson-body';
import { UploadsBusy } from './upload-guards';

@ApiTags('imports')
@ApiBearerAuth()
@Roles('factchecker')
@Controller('api/imports')
export class ImportsController {
  constructor(private readonly imports: ImportsService) {}

  @Post()
  @HttpCode(HttpStatus.ACCEPTED)
  @ApiOperation({
    summary:
      'Import documents: NDJSON, one document per line with the fields of POST /api/documents, gzip accepted; workers store them',
  })
  @ApiConsumes(...NDJSON_TYPES)
  @ApiBody({ schema: { type: 'string', format: 'binary' } })
  @ApiAcceptedResponse({ type: AcceptedImportResponse })
  @ApiErrors(400, 401, 403, 408, 413, 415, 429, 503)
  async create(
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
    @CurrentActor() actor: Actor,
  ) {
    if (!(request.body instanceof Readable))
      throw new UnsupportedMediaTypeException(
        `send the documents as ${NDJSON_TYPES[0]}, one JSON object per line`,
      );
    const gzip = /\bgzip\b/i.test(String(request.headers['content-encoding'] ?? ''));
    try {
      return await this.imports.receive(await decodedBody(request.body, gzip), actor);
    } catch (error) {
      if (error instanceof UploadsBusy) reply.header('retry-after', String(error.retryAfter));
      throw error;
    }
  }

  @Get()
  @ApiOperation({ summary: 'Imports, newest first' })
  @ApiOkResponse({ type: ImportPageResponse })
  @ApiErrors(400, 401, 403)
  list(@Query() query: ImportQueryDto) {
    return this.imports.list(query);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One import: its status, counters and the first 100 failed lines' })
  @ApiOkResponse({ type: ImportResponse })
  @ApiErrors(400, 401, 403, 404)
  get(@UuidParam() id: string) {
    return this.imports.get(id);
  }

  @Post(':id/cancel')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Cancel an import: lines not yet stored never will be' })
  @ApiOkResponse({ type: ImportResponse })
  @ApiErrors(400, 401, 403, 404, 409, 429)
  cancel(@UuidParam() id: string, @CurrentActor() actor: Actor) {
    return this.imports.cancel(id, actor);
  }
}
