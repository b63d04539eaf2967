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
  article: (i: number) => object = corpusArticle,
): Promise<string[]> {
  const ids: string[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (next < count) {
        const res = await t.http.post('/api/documents').set(auth).send(article(next++));
        if (res.status !== 201) throw new Error(`ingest answered ${res.status}: ${JSON.stringify(res.body)}`);
        ids.push(res.body.id as string);
      }
    }),
  );
  return ids;
}

const FIRST = ['Mara', 'Jonas', 'Priya', 'Kofi', 'Elena', 'Tariq', 'Sofia', 'Bram'];
const SYLLABLES = ['Ka', 'Lo', 'Mi', 'Ru', 'Se', 'To', 'Va', 'Ze'];

// The n-th of a long list of people: a first name and an invented surname ("Mara Kalosen").
const person = (n: number) =>
  `${FIRST[n % FIRST.length]} ${SYLLABLES[Math.floor(n / 8) % 8]}${SYLLABLES[Math.floor(n / 64) % 8].toLowerCase()}sen`;

/**
 * An article quoting five people, each named with a role, where the next article quotes four of the
 * same five and one more, in the opposite order: concurrent ingests of consecutive articles create the
 * same new speakers (and record the same aliases) in different orders, all through the run.
 */
export function crowdedArticle(i: number) {
  const tag = `${i}-${randomUUID().slice(0, 8)}`;
  const people = Array.from({ length: 5 }, (_, j) => person(i + j));
  if (i % 2 === 1) people.reverse();
  return {
    title: `Crowded article ${tag}`,
    text: people
      .map(
        (name, j) =>
          `${ROLES[j % ROLES.length]} ${name} said the ${TOPICS[j % TOPICS.length]} ${tag} was late.`,
      )
      .join(' '),
    publisher: 'Crowd Wire',
  };
}
