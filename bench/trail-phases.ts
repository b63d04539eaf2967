// Preloaded into a bench worker (`node -r`, bench:import with BENCH_TRAIL_PHASES=1): a timer around each
// step of the claim trail's indexing (each query of the trail's *.queries.ts, the grouping, the whole of
// indexDocuments), printed when the worker exits. Times are wall time: syndication and statements run at
// once, so their steps overlap, and a query's time includes waiting for the event loop.
import * as groups from '../src/trail/statement-groups';
import * as syndication from '../src/trail/syndication';
import * as syndicationQueries from '../src/trail/syndication.queries';
import * as queries from '../src/trail/trail.queries';
import { TrailService } from '../src/trail/trail.service';
import { printPhasesOnExit, timeMethods, timeModules } from './phase-timer';

timeModules([queries, syndicationQueries, syndication, groups]);
// The whole indexing, and its statements half (syndication's is indexSyndication).
timeMethods(TrailService.prototype, ['indexDocuments', 'indexClaims']);
printPhasesOnExit('trail phases');
