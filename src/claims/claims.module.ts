import { Module } from '@nestjs/common';
import { SpeakersModule } from '../speakers/speakers.module';
import { ClaimEditsService } from './claim-edits.service';
import { ClaimsController } from './claims.controller';
import { ClaimsService } from './claims.service';

@Module({
  imports: [SpeakersModule],
  controllers: [ClaimsController],
  providers: [ClaimsService, ClaimEditsService],
  exports: [ClaimsService, ClaimEditsService],
})
export class ClaimsModule {}
