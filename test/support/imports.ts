import TestAgent from 'supertest/lib/agent';
import { gzipSync } from 'node:zlib';

/** An NDJSON body from documents (objects) and raw lines (strings, sent as they are). */
export function ndjson(lines: unknown[]): string {
  return lines.map((l) => (typeof l === 'string' ? l : JSON.stringify(l))).join('\n') + '\n';
}

/** GET /api/imports/:id as the tests read it. */
export interface ImportBody {
  id: string;
  status: string;
  total: number;
  processed: number;
  created: number;
  duplicates: number;
  failed: number;
  errors: Array<{ line: number; message: string }>;
  startedAt: string | null;
  finishedAt: string | null;
}

export const gzip = (text: string) => gzipSync(Buffer.from(text));

/** Polls GET /api/imports/:id until the import has ended (done, failed or cancelled). */
export async function waitForImport(
  http: TestAgent,
  headers: Record<string, string>,
  id: string,
  timeoutMs = 60_000,
): Promise<ImportBody> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const res = await http.get(`/api/imports/${id}`).set(headers).expect(200);
    const body = res.body as ImportBody;
    if (['done', 'failed', 'cancelled'].includes(body.status)) return body;
    if (Date.now() > deadline)
      throw new Error(`import ${id} still ${res.body.status}: ${JSON.stringify(res.body)}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** POST /api/imports of these documents as NDJSON, expecting 202; answers the import's id. */
export async function postImport(
  http: TestAgent,
  headers: Record<string, string>,
  documents: unknown[],
): Promise<string> {
  const res = await http
    .post('/api/imports')
    .set(headers)
    .set('Content-Type', 'application/x-ndjson')
    .send(ndjson(documents))
    .expect(202);
  return res.body.id as string;
}
