import { Body, Controller, Get, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor } from '../auth/auth.decorators';
import { Actor } from '../auth/roles';
import { ApiErrors } from '../common/api-errors.decorator';
import { UuidParam } from '../common/uuid-param';
import { CreateReviewDto } from './dto/create-review.dto';
import { ReviewHistoryResponse, ReviewResponse } from './dto/review.response';
import { ReviewsService } from './reviews.service';

@ApiTags('reviews')
@Controller('api/claims/:id/reviews')
export class ReviewsController {
  constructor(private readonly reviews: ReviewsService) {}

  @Post()
  @ApiBearerAuth()
  @ApiOperation({
    summary: 'Give a verdict (factchecker); the claim becomes reviewed and earlier verdicts are kept',
  })
  @ApiCreatedResponse({ type: ReviewResponse })
  @ApiErrors(400, 401, 403, 404, 409, 429)
  add(@UuidParam() claimId: string, @Body() body: CreateReviewDto, @CurrentActor() actor: Actor) {
    return this.reviews.add(claimId, body, actor);
  }

  @Get()
  @ApiOperation({ summary: 'The claim’s verdict history, oldest first; the last one is current' })
  @ApiOkResponse({ type: ReviewHistoryResponse })
  @ApiErrors(400, 404)
  async history(@UuidParam() claimId: string): Promise<ReviewHistoryResponse> {
    return { items: await this.reviews.history(claimId) };
  }
}
