import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '../common/api-errors.decorator';
import { UuidParam } from '../common/uuid-param';
import { SpeakersService } from '../speakers/speakers.service';
import { ClaimsService } from './claims.service';
import { ClaimFilterDto, ScopedClaimFilterDto } from './dto/claim-query.dto';
import { ClaimPageResponse, ClaimResponse } from './dto/claim.response';

@ApiTags('claims')
@Controller('api')
export class ClaimsController {
  constructor(
    private readonly claims: ClaimsService,
    private readonly speakers: SpeakersService,
  ) {}

  @Get('claims')
  @ApiOperation({ summary: 'List claims by document, speaker, kind, quote type, status, verdict or full text' })
  @ApiOkResponse({ type: ClaimPageResponse })
  @ApiErrors(400)
  list(@Query() filter: ClaimFilterDto) {
    return this.claims.list(filter);
  }

  @Get('claims/:id')
  @ApiOperation({ summary: 'One claim with its speaker and provenance summary' })
  @ApiOkResponse({ type: ClaimResponse })
  @ApiErrors(400, 404)
  get(@UuidParam() id: string) {
    return this.claims.getResponse(id);
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
