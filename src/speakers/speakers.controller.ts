import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '../common/api-errors.decorator';
import { UuidParam } from '../common/uuid-param';
import { SpeakerQueryDto } from './dto/speaker-query.dto';
import { SpeakerPageResponse, SpeakerResponse, toSpeakerResponse } from './dto/speaker.response';
import { SpeakersService } from './speakers.service';

@ApiTags('speakers')
@Controller('api/speakers')
export class SpeakersController {
  constructor(private readonly speakers: SpeakersService) {}

  @Get()
  @ApiOperation({ summary: 'List speakers by name, optionally searching names and aliases' })
  @ApiOkResponse({ type: SpeakerPageResponse })
  @ApiErrors(400)
  list(@Query() query: SpeakerQueryDto) {
    return this.speakers.list(query);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One speaker' })
  @ApiOkResponse({ type: SpeakerResponse })
  @ApiErrors(400, 404)
  async get(@UuidParam() id: string) {
    return toSpeakerResponse(await this.speakers.get(id));
  }
}
