import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '../common/api-errors.decorator';
import { UuidParam } from '../common/uuid-param';
import { AuditService } from './audit.service';
import { AuditHistoryResponse } from './dto/audit-event.response';

@ApiTags('audit')
@Controller('api')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get('claims/:id/history')
  @ApiTags('claims')
  @ApiOperation({ summary: 'Every change to a claim, its evidence and its reviews, oldest first' })
  @ApiOkResponse({ type: AuditHistoryResponse })
  @ApiErrors(400, 401, 404)
  async claimHistory(@UuidParam() id: string): Promise<AuditHistoryResponse> {
    return { items: await this.audit.historyOf('claim', id) };
  }

  @Get('documents/:id/history')
  @ApiTags('documents')
  @ApiOperation({ summary: 'Every change to a document, oldest first' })
  @ApiOkResponse({ type: AuditHistoryResponse })
  @ApiErrors(400, 401, 404)
  async documentHistory(@UuidParam() id: string): Promise<AuditHistoryResponse> {
    return { items: await this.audit.historyOf('document', id) };
  }

  @Get('speakers/:id/history')
  @ApiTags('speakers')
  @ApiOperation({ summary: 'Every change to a speaker (merged-away speakers keep theirs), oldest first' })
  @ApiOkResponse({ type: AuditHistoryResponse })
  @ApiErrors(400, 401, 404)
  async speakerHistory(@UuidParam() id: string): Promise<AuditHistoryResponse> {
    return { items: await this.audit.historyOf('speaker', id) };
  }
}
