import { Body, Controller, Get, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor } from '../auth/auth.decorators';
import { Actor } from '../auth/roles';
import { ApiErrors } from '../common/api-errors.decorator';
import { PageQueryDto } from '../common/pagination';
import { UuidParam } from '../common/uuid-param';
import { CreateEvidenceDto } from './dto/create-evidence.dto';
import { EvidencePageResponse, EvidenceResponse } from './dto/evidence.response';
import { EvidenceService } from './evidence.service';

@ApiTags('evidence')
@Controller('api/claims/:id/evidence')
export class EvidenceController {
  constructor(private readonly evidence: EvidenceService) {}

  @Get()
  @ApiOperation({ summary: 'Sources that corroborate, dispute or give context to a claim, oldest first' })
  @ApiOkResponse({ type: EvidencePageResponse })
  @ApiErrors(400, 404)
  list(@UuidParam() claimId: string, @Query() page: PageQueryDto) {
    return this.evidence.list(claimId, page);
  }

  @Post()
  @ApiOperation({
    summary: 'Link a stored document (optionally a passage in it) or an external URL to a claim',
  })
  @ApiBearerAuth()
  @ApiCreatedResponse({ type: EvidenceResponse })
  @ApiErrors(400, 401, 403, 404, 422, 429)
  add(@UuidParam() claimId: string, @Body() body: CreateEvidenceDto, @CurrentActor() actor: Actor) {
    return this.evidence.add(claimId, body, actor);
  }
}
