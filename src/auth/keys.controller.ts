import { Body, Controller, Get, HttpCode, HttpStatus, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '../common/api-errors.decorator';
import { UuidParam } from '../common/uuid-param';
import { CurrentActor, Roles } from './auth.decorators';
import { CreateKeyDto } from './dto/create-key.dto';
import { CreatedKeyResponse, KeyListResponse, KeyResponse } from './dto/key.response';
import { KeysService } from './keys.service';
import { Actor } from './roles';

@ApiTags('keys')
@ApiBearerAuth()
@Roles('admin')
@Controller('api/keys')
export class KeysController {
  constructor(private readonly keys: KeysService) {}

  @Post()
  @ApiOperation({ summary: 'Create an API key (admin); the response is the only time the key is shown' })
  @ApiCreatedResponse({ type: CreatedKeyResponse })
  @ApiErrors(400, 401, 403, 429)
  create(@Body() body: CreateKeyDto, @CurrentActor() actor: Actor) {
    return this.keys.create(body, actor);
  }

  @Get()
  @ApiOperation({ summary: 'List API keys (admin), newest first; never the keys themselves' })
  @ApiOkResponse({ type: KeyListResponse })
  @ApiErrors(401, 403, 429)
  async list(): Promise<KeyListResponse> {
    return { items: await this.keys.list() };
  }

  @Post(':id/revoke')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Revoke an API key (admin); it answers 401 from then on' })
  @ApiOkResponse({ type: KeyResponse })
  @ApiErrors(400, 401, 403, 404, 409, 429)
  revoke(@UuidParam() id: string, @CurrentActor() actor: Actor) {
    return this.keys.revoke(id, actor);
  }
}
