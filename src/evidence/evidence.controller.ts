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
import { RetractedQueryDto } from '../claims/dto/claim-query.dto';
import { RetractDto } from '../claims/dto/retract.dto';
import { ApiErrors } from '../common/api-errors.decorator';
import { UuidParam } from '../common/uuid-param';
import { etagOf, expectedVersion } from '../common/versioning';
import { CreateEvidenceDto } from './dto/create-evidence.dto';
import { EvidencePageResponse, EvidenceResponse } from './dto/evidence.response';
import { UpdateEvidenceDto } from './dto/update-evidence.dto';
import { EvidenceService } from './evidence.service';

@ApiTags('evidence')
@Controller('api/claims/:id/evidence')
export class EvidenceController {
  constructor(private readonly evidence: EvidenceService) {}

  @Get()
  @ApiOperation({
    summary:
      'Sources that corroborate, dispute or give context to a claim, oldest first (retracted on request)',
  })
  @ApiOkResponse({ type: EvidencePageResponse })
  @ApiErrors(400, 404)
  list(@UuidParam() claimId: string, @Query() query: RetractedQueryDto) {
    return this.evidence.list(claimId, query);
  }

  @Post()
  @ApiOperation({
    summary: 'Link a stored document (optionally a passage in it) or an external URL to a claim',
  })
  @ApiBearerAuth()
  @ApiCreatedResponse({ type: EvidenceResponse })
  @ApiErrors(400, 401, 403, 404, 422, 429)
  async add(
    @UuidParam() claimId: string,
    @Body() body: CreateEvidenceDto,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const link = await this.evidence.add(claimId, body, actor);
    reply.header('ETag', etagOf(link.version));
    return link;
  }

  @Get(':evidenceId')
  @ApiOperation({ summary: 'One evidence link of the claim (retracted ones too); ETag is its version' })
  @ApiOkResponse({ type: EvidenceResponse })
  @ApiErrors(400, 404)
  async get(
    @UuidParam() claimId: string,
    @UuidParam('evidenceId') id: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const link = await this.evidence.get(claimId, id);
    reply.header('ETag', etagOf(link.version));
    return link;
  }

  @Patch(':evidenceId')
  @ApiBearerAuth()
  @ApiOperation({
    summary: 'Correct an evidence link’s stance, source, passage or details (factchecker)',
    description:
      'Send the version the correction is based on (If-Match: "<version>" or version in the body); a stale one answers 409.',
  })
  @ApiHeader({ name: 'If-Match', required: false, description: 'The link’s ETag, e.g. "1"' })
  @ApiOkResponse({ type: EvidenceResponse })
  @ApiErrors(400, 401, 403, 404, 409, 422, 428, 429)
  async correct(
    @UuidParam() claimId: string,
    @UuidParam('evidenceId') id: string,
    @Body() body: UpdateEvidenceDto,
    @Headers('if-match') ifMatch: string | undefined,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const { version, ...correction } = body;
    const expected = expectedVersion(ifMatch, version, true)!;
    const link = await this.evidence.correct(claimId, id, correction, expected, actor);
    reply.header('ETag', etagOf(link.version));
    return link;
  }

  @Post(':evidenceId/retract')
  @HttpCode(HttpStatus.OK)
  @ApiBearerAuth()
  @ApiOperation({
    summary:
      'Retract an evidence link (factchecker): out of default lists and provenance counts, kept with its history',
  })
  @ApiHeader({
    name: 'If-Match',
    required: false,
    description: 'Optional: retract only if the link is still at this version',
  })
  @ApiOkResponse({ type: EvidenceResponse })
  @ApiErrors(400, 401, 403, 404, 409, 429)
  retract(
    @UuidParam() claimId: string,
    @UuidParam('evidenceId') id: string,
    @Body() body: RetractDto,
    @Headers('if-match') ifMatch: string | undefined,
    @CurrentActor() actor: Actor,
  ) {
    return this.evidence.retract(claimId, id, body.reason, actor, expectedVersion(ifMatch, undefined, false));
  }
}
