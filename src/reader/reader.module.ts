import { Module } from '@nestjs/common';
import { ClaimsModule } from '../claims/claims.module';
import { DocumentsModule } from '../documents/documents.module';
import { EvidenceModule } from '../evidence/evidence.module';
import { ReviewsModule } from '../reviews/reviews.module';
import { ReaderController } from './reader.controller';
import { ReaderService } from './reader.service';
import { WorkspaceController } from './workspace.controller';

@Module({
  // AuditService comes from the global AuditModule.
  imports: [DocumentsModule, ClaimsModule, EvidenceModule, ReviewsModule],
  controllers: [ReaderController, WorkspaceController],
  providers: [ReaderService],
})
export class ReaderModule {}
