// Synthetic news articles for benchmarks: deterministic for a seed, varied in names, cues and shapes.
// Exported so other benchmarks (e.g. ingest through the API) can post the same corpus.

export interface SyntheticArticle {
  title: string;
  publisher: string;
  text: string;
  // Number of sentences the generator wrote, for sentences-per-second figures.
  sentences: number;
}

const FIRST = [
  'Abel',
  'Jane',
  'Marta',
  'Kofi',
  'Ines',
  'Tomas',
  'Priya',
  'Lena',
  'Omar',
  'Hana',
  'Viktor',
  'Grace',
];
const LAST = [
  'Tran',
  'Roe',
  'Okafor',
  'Lindqvist',
  'Moreau',
  'Haddad',
  'Novak',
  'Castellanos',
  'Iyer',
  'Brandt',
];
const ROLES = [
  'Finance Minister',
  'chief negotiator',
  'spokeswoman',
  'senior economist',
  'mayor',
  'union leader',
];
const ORGS = [
  'Northwind Logistics',
  'the Harbour Authority',
  'Calder Bank',
  'the Ministry of Transport',
  'Fenwick University',
];
const PLACES = ['Ottawa', 'Brussels', 'Nairobi', 'Lima', 'Oslo', 'Canberra'];
const GROUPS = ['Analysts', 'Critics', 'Two people familiar with the matter', 'Observers', 'Residents'];
const CUES = ['said', 'told reporters', 'warned', 'argued', 'noted', 'insisted', 'claimed', 'stressed'];
const CLAIMS = [
  'the plan would cost {n} million dollars',
  'exports fell {n} percent last quarter',
  'the deal would be signed within {n} days',
  'nobody had been consulted about the closure',
  'the figures were being finalized',
  'the talks had stalled over fishing rights',
  'prices would rise by {n} percent next year',
  'the bridge had been inspected {n} times since March',
];
const FACTS = [
  'The council voted {n}-2 on Tuesday to approve the budget.',
  'The plant opened in {y} and employs {n} people.',
  'Dr. Ama Fofanah of the U.S. Geological Survey visited the site on Jan. 4.',
  'Shares in Calder Bank Inc. rose 3.5 percent.',
  'The so-called reform package runs to {n} pages.',
  'The film “Northern Lights” opened in {n} cinemas.',
];
const PUBLISHERS = ['The Ledger', 'Meridian Wire', 'Coastal Courier'];

// Mulberry32: small, fast, and enough for reproducible test data.
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function generateArticles(count: number, seed = 1): SyntheticArticle[] {
  const next = random(seed);
  const pick = <T>(items: T[]): T => items[Math.floor(next() * items.length)];
  const fill = (template: string) =>
    template
      .replace(/\{n\}/g, () => String(2 + Math.floor(next() * 400)))
      .replace(/\{y\}/g, () => String(1950 + Math.floor(next() * 70)));
  const articles: SyntheticArticle[] = [];
  for (let i = 0; i < count; i++) {
    const person = `${pick(FIRST)} ${pick(LAST)}`;
    const surname = person.split(' ')[1];
    const org = pick(ORGS);
    const sentences = [
      fill(pick(FACTS)),
      `${pick(ROLES).replace(/^\w/, (c) => c.toUpperCase())} ${person} ${pick(CUES)} that ${fill(pick(CLAIMS))}.`,
      `“${fill(pick(CLAIMS)).replace(/^\w/, (c) => c.toUpperCase())}. We will not wait,” ${surname} said.`,
      `${fill(pick(FACTS))}`,
      `According to ${org}, ${fill(pick(CLAIMS))}.`,
      `${pick(GROUPS)} said ${fill(pick(CLAIMS))}.`,
      `The depots were hit overnight, which ${pick(PLACES)} claims ${fill(pick(CLAIMS))}.`,
      `${fill(pick(CLAIMS)).replace(/^\w/, (c) => c.toUpperCase())}, the company announced on Tuesday.`,
      `She added that ${fill(pick(CLAIMS))}.`,
      `${fill(pick(FACTS))}`,
    ];
    articles.push({
      title: `Synthetic article ${i + 1}`,
      publisher: pick(PUBLISHERS),
      text: sentences.join(next() < 0.5 ? ' ' : '\n'),
      sentences: sentences.length,
    });
  }
  return articles;
}
