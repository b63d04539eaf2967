// Preloaded into a bench worker (`node -r`): the claim trail's indexing switched off, so bench:import can
// measure what matching costs an import against the same worker without it. The trail's features are still
// computed, in the extraction thread with the engine's output, so the run without matching pays for them too
// (warm, about a third of the engine's time on the bench articles: 1.9 ms to 5.3 ms per article). The
// caller's own step before the audit (the import marks its batch indexed there) still runs.
import { TrailService } from '../src/trail/trail.service';

TrailService.prototype.indexDocuments = async (_em, _ids, _actor, options) => {
  await options?.beforeAudit?.();
  return new Map<string, string | null>();
};
