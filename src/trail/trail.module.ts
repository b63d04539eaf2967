import { Module } from '@nestjs/common';
import { TrailRefreshService } from './trail-refresh.service';
import { TrailService } from './trail.service';

/**
 * The trail's index and read side. It depends on no feature module, so DocumentsModule (ingest) and the
 * bulk import can call TrailService.indexDocuments inside their transactions.
 */
@Module({
  providers: [TrailService, TrailRefreshService],
  exports: [TrailService, TrailRefreshService],
})
export class TrailModule {}
