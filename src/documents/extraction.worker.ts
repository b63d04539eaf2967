// Runs in a worker thread of ExtractionPool: the engine, and the claim trail's features of what it found,
// away from the event loop that serves requests.
import { extractClaims } from '../extraction';
import { packExtraction, PackedExtraction } from './extracted-claims';

export interface ExtractionTask {
  text: string;
  publisher: string | null;
}

export default function extract(task: ExtractionTask): PackedExtraction {
  return packExtraction(extractClaims(task.text, { publisher: task.publisher }), task.text);
}
