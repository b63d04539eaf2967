import { Module } from '@nestjs/common';
import { EvidenceModule } from '../evidence/evidence.module';
import { SuggestionsController } from './suggestions.controller';
import { SuggestionsService } from './suggestions.service';
import { TrailController } from './trail.controller';
import { TrailModule } from './trail.module';

/** The trail's HTTP routes; suggestions become evidence links through the evidence module. */
@Module({
  imports: [TrailModule, EvidenceModule],
  controllers: [TrailController, SuggestionsController],
  providers: [SuggestionsService],
  exports: [SuggestionsService],
})
export class TrailApiModule {}
