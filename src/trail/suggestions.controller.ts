import { Controller, Get, HttpCode, HttpStatus, Post } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { CurrentActor } from '../auth/auth.decorators';
import { Actor } from '../auth/roles';
import { ApiErrors } from '../common/api-errors.decorator';
import { UuidParam } from '../common/uuid-param';
import { EvidenceResponse } from '../evidence/dto/evidence.response';
import { SuggestionListResponse } from './dto/suggestion.response';
import { SuggestionsService } from './suggestions.service';

@ApiTags('trail')
@Controller('api/claims/:id/suggestions')
export class SuggestionsController {
  constructor(private readonly suggestions: SuggestionsService) {}

  @Get()
  @ApiOperation({ summary: 'Claims by other speakers that corroborate or dispute this one, best first' })
  @ApiOkResponse({ type: SuggestionListResponse })
  @ApiErrors(400, 404)
  list(@UuidParam() id: string) {
    return this.suggestions.list(id);
  }

  @Post(':suggestionId/accept')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Link the suggested claim’s passage as evidence with the suggested stance' })
  @ApiCreatedResponse({ type: EvidenceResponse })
  @ApiErrors(400, 401, 403, 404, 409, 429)
  accept(
    @UuidParam() id: string,
    @UuidParam('suggestionId') suggestionId: string,
    @CurrentActor() actor: Actor,
  ) {
    return this.suggestions.accept(id, suggestionId, actor);
  }

  @Post(':suggestionId/reject')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Record that the suggestion is wrong: it is not suggested again' })
  @ApiNoContentResponse()
  @ApiErrors(400, 401, 403, 404, 409, 429)
  async reject(
    @UuidParam() id: string,
    @UuidParam('suggestionId') suggestionId: string,
    @CurrentActor() actor: Actor,
  ) {
    await this.suggestions.reject(id, suggestionId, actor);
  }
}
