// Runs in a worker thread of ExtractionPool: the engine, away from the event loop that serves requests.
import { extractClaims, ExtractionResult } from '../extraction';

export interface ExtractionTask {
  text: string;
  publisher: string | null;
}

export default function extract(task: ExtractionTask): ExtractionResult {
  return extractClaims(task.text, { publisher: task.publisher });
}
