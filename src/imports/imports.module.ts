import { Module } from '@nestjs/common';
import { DocumentsModule } from '../documents/documents.module';
import { TrailModule } from '../trail/trail.module';
import { ImportBatchProcessor } from './import-batch.processor';
import { ImportQueue } from './import-queue';
import { ImportWorker } from './import-worker';
import { ImportsController } from './imports.controller';
import { ImportsService } from './imports.service';

@Module({
  imports: [DocumentsModule, TrailModule],
  controllers: [ImportsController],
  providers: [ImportsService, ImportQueue, ImportBatchProcessor, ImportWorker],
  exports: [ImportsService, ImportWorker],
})
export class ImportsModule {}
