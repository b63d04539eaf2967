import { Body, Controller, Get, HttpCode, HttpStatus, Post, Query, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { CurrentActor } from '../auth/auth.decorators';
import { Actor } from '../auth/roles';
import { ClaimsService } from '../claims/claims.service';
import { RetractDto } from '../claims/dto/retract.dto';
import { ScopedClaimFilterDto } from '../claims/dto/claim-query.dto';
import { ClaimPageResponse } from '../claims/dto/claim.response';
import { ApiErrors } from '../common/api-errors.decorator';
import { UuidParam } from '../common/uuid-param';
import { DocumentEditsService } from './document-edits.service';
import { DocumentsService } from './documents.service';
import { ReextractionResponse } from './dto/reextraction.response';
import { ReextractionService } from './reextraction.service';
import { CreateDocumentDto } from './dto/create-document.dto';
import { DocumentQueryDto } from './dto/document-query.dto';
import { CreatedDocumentResponse, DocumentPageResponse, DocumentResponse } from './dto/document.response';

@ApiTags('documents')
@Controller('api/documents')
export class DocumentsController {
  constructor(
    private readonly documents: DocumentsService,
    private readonly claims: ClaimsService,
    private readonly reextraction: ReextractionService,
    private readonly edits: DocumentEditsService,
  ) {}

  @Post()
  @ApiOperation({
    summary: 'Store a document and extract its claims; the same text again returns the stored one',
  })
  @ApiCreatedResponse({ type: CreatedDocumentResponse, description: 'Stored, with its claims extracted' })
  @ApiOkResponse({ type: CreatedDocumentResponse, description: 'The same text was already stored' })
  @ApiBearerAuth()
  @ApiErrors(400, 401, 403, 413, 429)
  async create(
    @Body() body: CreateDocumentDto,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const { document, created } = await this.documents.ingest(body, actor);
    reply.status(created ? HttpStatus.CREATED : HttpStatus.OK);
    return { ...document, created };
  }

  @Get()
  @ApiOperation({ summary: 'List documents, newest first, by publisher, kind or publication date' })
  @ApiOkResponse({ type: DocumentPageResponse })
  @ApiErrors(400)
  list(@Query() query: DocumentQueryDto) {
    return this.documents.list(query);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One document with its full text' })
  @ApiOkResponse({ type: DocumentResponse })
  @ApiErrors(400, 404)
  get(@UuidParam() id: string) {
    return this.documents.getResponse(id);
  }

  // The stored text byte for byte: claim offsets and Web Annotation selectors count on it, so annotation
  // targets can name a resource that serves exactly that text (GET :id itself always answers JSON).
  @Get(':id/text')
  @ApiOperation({
    summary: 'The document’s stored text exactly, as text/plain (what claim offsets count in)',
  })
  @ApiProduces('text/plain')
  @ApiOkResponse({ description: 'The text exactly as received', schema: { type: 'string' } })
  @ApiErrors(400, 404)
  async text(@UuidParam() id: string, @Res({ passthrough: true }) reply: FastifyReply): Promise<string> {
    const { text } = await this.documents.get(id);
    // Set only once found: an error answers in the shared JSON error shape.
    reply.type('text/plain; charset=utf-8');
    return text;
  }

  @Post(':id/extract')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    summary:
      'Run the current extraction engine again; automatic claims nobody touched are found again or superseded',
  })
  @ApiBearerAuth()
  @ApiOkResponse({ type: ReextractionResponse })
  @ApiErrors(400, 401, 403, 404, 409, 429)
  reextract(@UuidParam() id: string, @CurrentActor() actor: Actor) {
    return this.reextraction.reextract(id, actor);
  }

  @Get(':id/claims')
  @ApiOperation({ summary: 'The claims of one document, in text order' })
  @ApiOkResponse({ type: ClaimPageResponse })
  @ApiErrors(400, 404)
  async claimsOf(@UuidParam() id: string, @Query() filter: ScopedClaimFilterDto) {
    await this.documents.get(id);
    return this.claims.list({ ...filter, documentId: id });
  }

  @Post(':id/retract')
  @HttpCode(HttpStatus.OK)
  @ApiBearerAuth()
  @ApiOperation({
    summary: 'Retract a document (factchecker): it and its claims leave default lists, kept with history',
  })
  @ApiOkResponse({ type: DocumentResponse })
  @ApiErrors(400, 401, 403, 404, 409, 429)
  retract(@UuidParam() id: string, @Body() body: RetractDto, @CurrentActor() actor: Actor) {
    return this.edits.retract(id, body.reason, actor);
  }
}
