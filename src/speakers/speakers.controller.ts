import { Body, Controller, Get, Headers, HttpCode, HttpStatus, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor, Roles } from '../auth/auth.decorators';
import { Actor } from '../auth/roles';
import { ApiErrors } from '../common/api-errors.decorator';
import { UuidParam } from '../common/uuid-param';
import { expectedVersion } from '../common/versioning';
import { MergeSpeakerDto } from './dto/merge-speaker.dto';
import { UpdateSpeakerDto } from './dto/update-speaker.dto';
import { SpeakerEditsService } from './speaker-edits.service';
import { SpeakerQueryDto } from './dto/speaker-query.dto';
import { SpeakerPageResponse, SpeakerResponse, toSpeakerResponse } from './dto/speaker.response';
import { SpeakersService } from './speakers.service';

@ApiTags('speakers')
@Controller('api/speakers')
export class SpeakersController {
  constructor(
    private readonly speakers: SpeakersService,
    private readonly edits: SpeakerEditsService,
  ) {}

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

  @Patch(':id')
  @ApiBearerAuth()
  @ApiOperation({
    summary: 'Correct a speaker’s name, kind, role, description, aliases or external id (factchecker)',
  })
  @ApiHeader({
    name: 'If-Match',
    required: false,
    description: 'Optional: the ETag/version the edit is based on',
  })
  @ApiOkResponse({ type: SpeakerResponse })
  @ApiErrors(400, 401, 403, 404, 409, 429)
  update(
    @UuidParam() id: string,
    @Body() body: UpdateSpeakerDto,
    @Headers('if-match') ifMatch: string | undefined,
    @CurrentActor() actor: Actor,
  ) {
    const { version, ...changes } = body;
    return this.edits.update(id, changes, expectedVersion(ifMatch, version, false), actor);
  }

  @Post(':id/merge')
  @Roles('admin')
  @HttpCode(HttpStatus.OK)
  @ApiBearerAuth()
  @ApiOperation({
    summary: 'Merge this duplicate speaker into another (admin): claims move, names become aliases',
  })
  @ApiOkResponse({ type: SpeakerResponse, description: 'The speaker that stays, with its new aliases' })
  @ApiErrors(400, 401, 403, 404, 409, 429)
  merge(@UuidParam() id: string, @Body() body: MergeSpeakerDto, @CurrentActor() actor: Actor) {
    return this.edits.merge(id, body.into, actor);
  }
}
