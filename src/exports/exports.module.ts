import { Module } from '@nestjs/common';
import { ClaimsModule } from '../claims/claims.module';
import { DocumentsModule } from '../documents/documents.module';
import { SpeakersModule } from '../speakers/speakers.module';
import { ReportsController } from './reports.controller';
import { ReportSlots } from './report-slots';
import { ReportsService } from './reports.service';

@Module({
  imports: [ClaimsModule, DocumentsModule, SpeakersModule],
  controllers: [ReportsController],
  providers: [ReportsService, ReportSlots],
  exports: [ReportsService],
})
export class ExportsModule {}
