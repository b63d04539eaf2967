import {
  Body,
  Controller,
  Get,
  Headers,
  HttpCode,
  HttpStatus,
  Patch,
  Post,
  Query,
  Res,
} from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiHeader,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { FastifyReply } from 'fastify';
import { CurrentActor } from '../auth/auth.decorators';
import { Actor } from '../auth/roles';
import { ApiErrors } from '../common/api-errors.decorator';
import { UuidParam } from '../common/uuid-param';
import { etagOf, expectedVersion } from '../common/versioning';
import { SpeakersService } from '../speakers/speakers.service';
import { ClaimEditsService } from './claim-edits.service';
import { ClaimsService } from './claims.service';
import { CreateClaimDto } from './dto/create-claim.dto';
import { RetractDto } from './dto/retract.dto';
import { UpdateClaimDto } from './dto/update-claim.dto';
import { ClaimFilterDto, ScopedClaimFilterDto } from './dto/claim-query.dto';
import { ClaimPageResponse, ClaimResponse } from './dto/claim.response';

@ApiTags('claims')
@Controller('api')
export class ClaimsController {
  constructor(
    private readonly claims: ClaimsService,
    private readonly speakers: SpeakersService,
    private readonly edits: ClaimEditsService,
  ) {}

  @Get('claims')
  @ApiOperation({
    summary: 'List claims by document, speaker, kind, quote type, status, verdict or full text',
  })
  @ApiOkResponse({ type: ClaimPageResponse })
  @ApiErrors(400)
  list(@Query() filter: ClaimFilterDto) {
    return this.claims.list(filter);
  }

  @Get('claims/:id')
  @ApiOperation({
    summary: 'One claim with its speaker and provenance summary (retracted ones too); ETag is its version',
  })
  @ApiOkResponse({ type: ClaimResponse })
  @ApiErrors(400, 404)
  async get(@UuidParam() id: string, @Res({ passthrough: true }) reply: FastifyReply) {
    const claim = await this.claims.getResponse(id);
    reply.header('ETag', etagOf(claim.version));
    return claim;
  }

  @Post('claims')
  @ApiBearerAuth()
  @ApiOperation({
    summary: 'Add a claim extraction missed (factchecker); the anchor is checked against the document',
  })
  @ApiCreatedResponse({ type: ClaimResponse })
  @ApiErrors(400, 401, 403, 404, 409, 422, 429)
  async create(
    @Body() body: CreateClaimDto,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const claim = await this.edits.create(body, actor);
    reply.header('ETag', etagOf(claim.version));
    return claim;
  }

  @Patch('claims/:id')
  @ApiBearerAuth()
  @ApiOperation({
    summary: 'Correct a claim’s kind, speaker, span, cue or quote type (factchecker)',
    description:
      'Send the version the edit is based on (If-Match: "<version>" or version in the body); a stale one answers 409.',
  })
  @ApiHeader({
    name: 'If-Match',
    required: false,
    description: 'The claim’s ETag, e.g. "3" (or give version in the body)',
  })
  @ApiOkResponse({ type: ClaimResponse })
  @ApiErrors(400, 401, 403, 404, 409, 422, 428, 429)
  async update(
    @UuidParam() id: string,
    @Body() body: UpdateClaimDto,
    @Headers('if-match') ifMatch: string | undefined,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const { version, ...changes } = body;
    const claim = await this.edits.update(id, changes, expectedVersion(ifMatch, version, true)!, actor);
    reply.header('ETag', etagOf(claim.version));
    return claim;
  }

  @Post('claims/:id/retract')
  @HttpCode(HttpStatus.OK)
  @ApiBearerAuth()
  @ApiOperation({
    summary: 'Retract a claim (factchecker): hidden from default lists, kept with its history',
  })
  @ApiHeader({
    name: 'If-Match',
    required: false,
    description: 'Optional: retract only if the claim is still at this version',
  })
  @ApiOkResponse({ type: ClaimResponse })
  @ApiErrors(400, 401, 403, 404, 409, 429)
  retract(
    @UuidParam() id: string,
    @Body() body: RetractDto,
    @Headers('if-match') ifMatch: string | undefined,
    @CurrentActor() actor: Actor,
  ) {
    return this.edits.retract(id, body.reason, actor, expectedVersion(ifMatch, undefined, false));
  }

  @Post('claims/:id/restore')
  @HttpCode(HttpStatus.OK)
  @ApiBearerAuth()
  @ApiOperation({
    summary: 'Undo a claim’s retraction (factchecker): back in default lists; 409 if it is not retracted',
  })
  @ApiHeader({
    name: 'If-Match',
    required: false,
    description: 'Optional: restore only if the claim is still at this version',
  })
  @ApiOkResponse({ type: ClaimResponse })
  @ApiErrors(400, 401, 403, 404, 409, 429)
  restore(
    @UuidParam() id: string,
    @Headers('if-match') ifMatch: string | undefined,
    @CurrentActor() actor: Actor,
  ) {
    return this.edits.restore(id, actor, expectedVersion(ifMatch, undefined, false));
  }

  @Get('speakers/:id/claims')
  @ApiTags('speakers')
  @ApiOperation({ summary: 'Claims attributed to one speaker, newest first' })
  @ApiOkResponse({ type: ClaimPageResponse })
  @ApiErrors(400, 404)
  async listForSpeaker(@UuidParam() id: string, @Query() filter: ScopedClaimFilterDto) {
    await this.speakers.get(id);
    return this.claims.list({ ...filter, speakerId: id });
  }
}
