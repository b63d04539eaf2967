// Preloaded into a bench worker (`node -r`): the claim trail's indexing switched off, so bench:import can
// measure what matching costs an import against the same worker without it.
import { TrailService } from '../src/trail/trail.service';

TrailService.prototype.indexDocuments = () => Promise.resolve(new Map<string, string | null>());
