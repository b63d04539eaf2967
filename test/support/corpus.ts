import { randomUUID } from 'node:crypto';
import { TestApp } from './test-app';

const PEOPLE = ['Nadia Okafor', 'Tomas Berg', 'Lena Hoff', 'Ravi Menon', 'Ana Silva', 'Omar Haddad'];
const ROLES = ['Transport director', 'Finance chief', 'Harbour master', 'Council leader', 'Mayor', 'Auditor'];
const TOPICS = ['depot', 'ferry line', 'tram extension', 'bridge repair', 'water plant', 'school annex'];

/**
 * An original article of one to six statements mixing attributed claims (by a small shared cast of
 * speakers) and editorial assertions, so a corpus of them has documents of every size that share speakers.
 */
export function corpusArticle(i: number) {
  const tag = `${i}-${randomUUID().slice(0, 8)}`;
  const sentences: string[] = [];
  for (let j = 0; j < 1 + (i % 6); j++) {
    const k = (i + j) % PEOPLE.length;
    const topic = `${TOPICS[(i * 7 + j) % TOPICS.length]} ${tag}.${j}`;
    switch ((i + j) % 4) {
      case 0:
        sentences.push(`${ROLES[k]} ${PEOPLE[k]} said the ${topic} would open in spring.`);
        break;
      case 1:
        sentences.push(`"We will finish the ${topic} on budget," ${PEOPLE[k]} told reporters.`);
        break;
      case 2:
        sentences.push(`The ${topic} was approved by the council in March.`);
        break;
      default:
        sentences.push(`According to ${PEOPLE[k]}, the ${topic} costs more than planned.`);
    }
  }
  return {
    title: `Corpus article ${tag}`,
    text: sentences.join(' '),
    publisher: 'Corpus Wire',
    kind: 'article',
    publishedAt: '2026-05-01T08:00:00.000Z',
  };
}

/**
 * Posts `count` corpus articles through the API from `clients` concurrent clients, so the claims of
 * different documents are created interleaved, as in a real multi-client ingest. Returns the document ids.
 */
export async function ingestCorpus(
  t: TestApp,
  auth: Record<string, string>,
  count: number,
  clients = 6,
): Promise<string[]> {
  const ids: string[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (next < count) {
        const res = await t.http.post('/api/documents').set(auth).send(corpusArticle(next++));
        if (res.status !== 201) throw new Error(`ingest answered ${res.status}: ${JSON.stringify(res.body)}`);
        ids.push(res.body.id as string);
      }
    }),
  );
  return ids;
}
