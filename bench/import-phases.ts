// Preloaded into a bench worker (`node -r`, bench:import with BENCH_IMPORT_PHASES=1): a timer around each step
// of storing an import's batch outside the claim trail (waiting for extraction, each query of the documents',
// speakers', claims', audit and imports' *.queries.ts, the commit), printed when the worker exits. Times are
// wall time and overlap: a worker runs two batches at once, and a query's time includes waiting for the
// event loop.
import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner';
import * as auditQueries from '../src/audit/audit.queries';
import { AuditService } from '../src/audit/audit.service';
import * as claimsQueries from '../src/claims/claims.queries';
import { ClaimsService } from '../src/claims/claims.service';
import * as documentsQueries from '../src/documents/documents.queries';
import { DocumentsService } from '../src/documents/documents.service';
import { ExtractionPool } from '../src/documents/extraction-pool';
import { ImportBatchProcessor } from '../src/imports/import-batch.processor';
import * as importsQueries from '../src/imports/imports.queries';
import * as speakersQueries from '../src/speakers/speakers.queries';
import { SpeakersService } from '../src/speakers/speakers.service';
import { printPhasesOnExit, timeMethods, timeModules } from './phase-timer';

timeModules([auditQueries, claimsQueries, documentsQueries, importsQueries, speakersQueries]);
timeMethods(ExtractionPool.prototype, ['extract']);
timeMethods(DocumentsService.prototype, ['storeMany']);
timeMethods(SpeakersService.prototype, ['resolveMentionsOfDocuments']);
timeMethods(ClaimsService.prototype, ['insertForDocuments']);
timeMethods(AuditService.prototype, ['recordMany']);
timeMethods(ImportBatchProcessor.prototype, ['run', 'indexTrail']);
timeMethods(PostgresQueryRunner.prototype, ['startTransaction', 'commitTransaction']);
printPhasesOnExit('import phases');
