import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '../common/api-errors.decorator';
import { UuidParam } from '../common/uuid-param';
import { CopyListResponse } from './dto/copy.response';
import { TrailResponse } from './dto/trail.response';
import { TrailService } from './trail.service';

@ApiTags('trail')
@Controller('api')
export class TrailController {
  constructor(private readonly trail: TrailService) {}

  @Get('claims/:id/trail')
  @ApiOperation({
    summary: 'Every appearance of the same statement by the same speaker, first appearance first',
  })
  @ApiOkResponse({ type: TrailResponse })
  @ApiErrors(400, 404)
  get(@UuidParam() id: string) {
    return this.trail.trail(id);
  }

  @Get('documents/:id/copies')
  @ApiOperation({ summary: 'Stored documents that reproduce this one (syndicated copies), earliest first' })
  @ApiOkResponse({ type: CopyListResponse })
  @ApiErrors(400, 404)
  copies(@UuidParam() id: string) {
    return this.trail.copies(id);
  }
}
