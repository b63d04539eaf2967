import { Module } from '@nestjs/common';
import { ClaimsModule } from '../claims/claims.module';
import { SpeakersModule } from '../speakers/speakers.module';
import { TrailModule } from '../trail/trail.module';
import { DocumentEditsService } from './document-edits.service';
import { DocumentsController } from './documents.controller';
import { DocumentsService } from './documents.service';
import { ExtractionPool } from './extraction-pool';
import { ReextractionService } from './reextraction.service';

@Module({
  imports: [ClaimsModule, SpeakersModule, TrailModule],
  controllers: [DocumentsController],
  providers: [DocumentsService, ReextractionService, DocumentEditsService, ExtractionPool],
  exports: [DocumentsService, DocumentEditsService, ExtractionPool],
})
export class DocumentsModule {}
