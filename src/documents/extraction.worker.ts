// Runs in a worker thread of ExtractionPool: the engine, and the claim trail's features of what it found,
// away from the event loop that serves requests.
import { extractClaims } from '../extraction';
import { packExtraction, PackedExtraction } from './extracted-claims';

export interface ExtractionTask {
  text: string;
  publisher: string | null;
}

/**
 * What a task answers. The engine's own exception comes back as a value, told apart from the thread failing
 * (stopped, out of memory), which rejects the task: only the first is about the document.
 */
export type ExtractionOutcome = { packed: PackedExtraction } | { engineError: string };

export default function extract(task: ExtractionTask): ExtractionOutcome {
  let result;
  try {
    result = extractClaims(task.text, { publisher: task.publisher });
  } catch (error) {
    return { engineError: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
  }
  return { packed: packExtraction(result, task.text) };
}
