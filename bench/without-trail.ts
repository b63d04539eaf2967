// Preloaded into a bench worker (`node -r`): the claim trail's indexing switched off, so bench:import can
// measure what matching costs an import against the same worker without it. The trail's features are still
// computed, in the extraction thread with the engine's output, so the run without matching pays for them too
// (warm, about a third of the engine's time on the bench articles: 1.9 ms to 5.3 ms per article).
import { TrailService } from '../src/trail/trail.service';

TrailService.prototype.indexDocuments = () => Promise.resolve(new Map<string, string | null>());
