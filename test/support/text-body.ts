import { Response } from 'supertest';

/** A supertest parser that reads any body as text, so a test sees exactly what a client receives. */
export function asText(res: Response, done: (error: Error | null, body: string) => void) {
  let body = '';
  res.setEncoding('utf8');
  res.on('data', (chunk: string) => (body += chunk));
  res.on('end', () => done(null, body));
}
