import { Module } from '@nestjs/common';
import { ClaimsModule } from '../claims/claims.module';
import { SpeakersModule } from '../speakers/speakers.module';
import { DocumentsController } from './documents.controller';
import { DocumentsService } from './documents.service';
import { ReextractionService } from './reextraction.service';

@Module({
  imports: [ClaimsModule, SpeakersModule],
  controllers: [DocumentsController],
  providers: [DocumentsService, ReextractionService],
  exports: [DocumentsService],
})
export class DocumentsModule {}
