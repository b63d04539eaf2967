// A realistic corpus shape for the import and trail benchmarks (bench/corpus.ts is the worst case: a few
// templates, so nearly every claim repeats an earlier one and every speaker has thousands of trail candidates).
// Deterministic for a seed. The choices, and why:
// - Stories, not sentences, are the unit: each story has its own place (one of ~450 made-up towns), topic (one
//   of 8, each with its own nouns and claim frames), two organisations (of ~500), three to five speakers and
//   ten to fourteen statements whose words are filled from the story's names, nouns and fresh figures. So a
//   statement repeats within its story and almost never outside it, as in a research corpus.
// - Speakers come from ~60 first names and ~1,100 surnames (roots and endings; the trail keys a person by
//   surname), plus 30 prominent figures (ministers, governors) quoted in one story in eight: they have many
//   stories, as real officials do, and so many trail candidates, without every speaker having thousands.
// - Each story is covered by two to five outlets (of ~100 local titles and 4 wires), each writing its own
//   article from the story's statements: a statement keeps its wording in about half of the articles that carry
//   it (the shared phrasing of a press release or a wire quote) and is paraphrased in the others (another
//   cue, order, reporting frame or a synonym).
// - About 15% of articles are wire reprints (REPRINT_SHARE): a local title prints a wire's article under a new
//   headline, cut by one to three paragraphs at the end, with a local paragraph added; the dateline stays, as
//   a copy's does. Everything else is an original.
// - Articles are ~3,000–3,500 characters (paragraphs of background facts fill each to a length drawn in that
//   range), dated: a story starts every ~20 minutes, its articles within a day and a half, a reprint hours
//   after its source, and the import order is publication order, so stories interleave.

import { random } from './corpus';

export interface StoryArticle {
  title: string;
  publisher: string;
  publishedAt: string;
  text: string;
  /** Which story it covers (0-based, in the order stories started). */
  story: number;
  /** For a wire reprint, the index (in the returned list) of the article it reprints; else null. */
  reprintOf: number | null;
  /** The story statements it carries, as speaker and content: for checking where statements repeat. */
  statements: string[];
}

/** The share of articles that are wire reprints of an earlier article. */
export const REPRINT_SHARE = 0.15;

const FIRST =
  `Abel Jane Marta Kofi Ines Tomas Priya Lena Omar Hana Viktor Grace Elena Samuel Aisha Rafael Mei Daniel
  Ingrid Yusuf Clara Mateo Nadia Oskar Leila Felix Zara Hugo Amara Pavel Rosa Idris Freya Luca Noor Emil Sofia Tariq
  Alma Bruno Chloe Dmitri Esther Farid Greta Henrik Imani Jonas Kira Lionel Maya Nikolai Olga Pedro Quinn Ruth Stefan
  Talia Umar Vera`.split(/\s+/);
const SURNAME_ROOTS =
  `Brand Hadd Lind Mor Nov Okaf Castel Iyer Tran Fofan Ashw Bel Carr Dal Eld Fair Garr Hal Ing Jarv
  Kell Lang Mart Nord Osw Pell Quar Rad Sand Tor Ulv Vand Wex Yard Zeller Abb Berk Cran Dorn Ell Finch Gold Hurst
  Ives Jens Kurt Lev Mald Nash Orm Pratt Rook Stein Thal Upt Vick Wald Ald Bram Coll Dav Erl Frost Grim Holm Kass
  Lowr Mack Nils Orl Pend Reyn Sov Tull Varg Whit Yost`.split(/\s+/);
const SURNAME_ENDINGS = [
  '',
  'son',
  'er',
  'ley',
  'ton',
  'wood',
  'ford',
  'man',
  'ez',
  'ova',
  'ski',
  'ini',
  'ard',
  'ing',
];
const SURNAMES = SURNAME_ROOTS.flatMap((root) => SURNAME_ENDINGS.map((end) => root + end));
const ROLES =
  `spokeswoman spokesman director chairwoman chairman treasurer economist councillor inspector manager
  superintendent commissioner`.split(/\s+/);
const PROMINENT_ROLES = [
  'Finance Minister',
  'Health Minister',
  'Governor',
  'Transport Secretary',
  'Prime Minister',
];
const TOWN_STARTS =
  `Alder Brack Carrow Dun Elm Fal Glen Hal Ket Lang Mill North Oak Pell Ravens Sorrel Thorn Wex Ash Birch
  Cold Deep Fern Grey Holly Ivy Kings Lark Marsh Nether`.split(/\s+/);
const TOWN_ENDS = 'moor ley ford bridge ton wick field by stead haven port dale mouth gate well'.split(' ');
const TOWNS = TOWN_STARTS.flatMap((start) => TOWN_ENDS.map((end) => start + end));
const ORG_NAMES =
  `Northwind Calder Fenwick Harbour Silverline Redbrook Westmark Eastgate Brightwater Ironside Meadow
  Highfield Copperleaf Stonebridge Riverside Oakhurst Granite Bluewater Summit Lakeshore Pinecrest Hollow Beacon
  Crescent Falcon Heron Juniper Kestrel Larch Maple Orchard`.split(/\s+/);
const ORG_KINDS = [
  'Logistics',
  'Bank',
  'University',
  'Water',
  'Energy',
  'Transit',
  'Mining',
  'Housing Association',
  'Health Trust',
  'Farmers Union',
  'Chamber of Commerce',
  'Port Authority',
  'Rail',
  'Building Society',
];
const ORGS = ORG_NAMES.flatMap((name) => ORG_KINDS.map((kind) => `${name} ${kind}`));
const LOCAL_TITLES = ['Courier', 'Echo', 'Gazette', 'Observer'];
const WIRES = ['Meridian Wire', 'Continental Press', 'Allied Newswire', 'Pacific Press Service'];
const MONTHS = 'January February March April May June July August September October November December'.split(
  ' ',
);
const DAYS = 'Monday Tuesday Wednesday Thursday Friday Saturday Sunday'.split(' ');

interface Topic {
  things: string[];
  headlines: string[];
  // Claim contents: clauses after "said (that)"; {org}, {place}, {thing}, {n}, {month}, {day} are filled.
  claims: string[];
  facts: string[];
}

const TOPICS: Topic[] = [
  {
    things: [
      'treatment works',
      'reservoir',
      'pumping station',
      'water main',
      'filtration plant',
      'sewer line',
    ],
    headlines: [
      'Illness in {place} linked to the {thing}',
      '{place} told to boil its water',
      'Questions over {place} {thing}',
    ],
    claims: [
      '{n} residents had fallen ill after drinking water from the {thing}',
      'the {thing} had passed every inspection since {month}',
      '{org} would pay for bottled water for {n} households',
      'repairs to the {thing} would take at least {n} days',
      'nobody at {org} had been warned about the {thing} before {day}',
      'tests of the {thing} had found bacteria at {n} times the safe level',
    ],
    facts: [
      'The {thing} serves about {n},000 homes in {place} and nearby villages.',
      'Schools in {place} kept their drinking fountains switched off on {day}.',
      'The last outbreak in the county was recorded in {year}.',
    ],
  },
  {
    things: ['stadium', 'bypass', 'library', 'bus depot', 'swimming pool', 'market hall'],
    headlines: [
      '{place} {thing} plan approved',
      'Cost of {place} {thing} rises again',
      'Vote on {place} {thing} delayed',
    ],
    claims: [
      'the {thing} would cost {n} million pounds more than planned',
      'work on the {thing} would start in {month}',
      'the council had borrowed {n} million for the {thing}',
      '{org} would manage the {thing} for {n} years',
      'residents had not been consulted about the {thing}',
      'the {thing} would create {n} jobs in {place}',
    ],
    facts: [
      'The council voted {n} to {small} on {day} to approve the {thing}.',
      'The old {thing} closed in {year} after years of decline.',
      'Plans for the {thing} were first published in {month}.',
    ],
  },
  {
    things: ['warehouse', 'timber yard', 'school', 'apartment block', 'chemical store', 'bakery'],
    headlines: [
      'Fire destroys {place} {thing}',
      'Crews battle blaze at {place} {thing}',
      '{place} {thing} fire under investigation',
    ],
    claims: [
      'the fire at the {thing} had started shortly after {n} in the morning',
      '{n} firefighters had been sent to the {thing}',
      'the {thing} had been inspected in {month} and found safe',
      'nobody had been inside the {thing} when the fire broke out',
      'the cause of the fire at the {thing} was not yet known',
      '{org} would help the {n} workers who had lost their jobs',
    ],
    facts: [
      'Smoke from the {thing} could be seen across {place} on {day}.',
      'The {thing} had stood on the site since {year}.',
      'Roads around the {thing} stayed closed until late {day}.',
    ],
  },
  {
    things: ['ferry service', 'rail line', 'bus route', 'night trains', 'tram link', 'airport shuttle'],
    headlines: ['{place} {thing} to be cut', 'Strike halts {place} {thing}', 'Fares rise on {place} {thing}'],
    claims: [
      'the {thing} had lost {n} million last year',
      'fares on the {thing} would rise by {n} percent in {month}',
      'drivers on the {thing} would strike for {n} days',
      '{org} had offered staff a pay rise of {n} percent',
      'the {thing} carried {n},000 passengers a week',
      'cutting the {thing} would leave {place} without a link after {n} in the evening',
    ],
    facts: [
      'The {thing} has run between {place} and {other} since {year}.',
      'Passengers queued at {place} station for most of {day}.',
      'A similar dispute in {year} lasted {small} weeks.',
    ],
  },
  {
    things: ['factory', 'call centre', 'steelworks', 'distribution hub', 'paper mill', 'shipyard'],
    headlines: [
      '{n} jobs to go at {place} {thing}',
      '{place} {thing} to close',
      'Buyer sought for {place} {thing}',
    ],
    claims: [
      '{org} would close the {thing} by {month}',
      '{n} jobs at the {thing} were at risk',
      'the {thing} had made a loss in each of the last {small} years',
      'talks with a buyer for the {thing} had stalled on {day}',
      'the government would not step in to save the {thing}',
      'workers at the {thing} had been told only {n} minutes before the announcement',
    ],
    facts: [
      'The {thing} opened in {year} and once employed {n} people.',
      'Shares in {org} fell {small} percent on {day}.',
      'The {thing} is the largest employer in {place}.',
    ],
  },
  {
    things: ['hospital ward', 'maternity unit', 'clinic', 'ambulance station', 'care home', 'walk-in centre'],
    headlines: [
      '{place} {thing} to shut at night',
      'Waiting times grow at {place} {thing}',
      'Staff shortage hits {place} {thing}',
    ],
    claims: [
      'the {thing} was short of {n} nurses',
      'patients at the {thing} waited {n} hours on average in {month}',
      'closing the {thing} at night would save {n} million a year',
      '{org} had warned about the {thing} in {month}',
      'no patient had been harmed at the {thing}',
      'the {thing} would reopen fully within {small} months',
    ],
    facts: [
      'The {thing} treated {n},000 patients last year.',
      'A petition to keep the {thing} open has {n},000 signatures.',
      'The nearest other {thing} is {small} miles from {place}.',
    ],
  },
  {
    things: ['flood defences', 'sea wall', 'river barrier', 'drainage scheme', 'embankment', 'storm drains'],
    headlines: [
      '{place} flooded after storm',
      '{place} {thing} failed, residents say',
      'Clean-up begins in {place}',
    ],
    claims: [
      'the {thing} had been built to withstand a storm like this one',
      '{n} homes in {place} had been flooded',
      'the {thing} would be raised by {small} metres',
      '{org} had been told the {thing} needed repairs in {month}',
      'insurers expected claims of {n} million after the storm',
      'the {thing} had held back most of the water on {day}',
    ],
    facts: [
      'The river at {place} rose {small} metres in {n} hours.',
      'The {thing} was completed in {year} at a cost of {n} million.',
      'Volunteers filled sandbags outside {place} town hall on {day}.',
    ],
  },
  {
    things: ['budget', 'council tax', 'housing plan', 'school funding', 'road repairs', 'bin collections'],
    headlines: ['{place} {thing} row deepens', '{place} approves {thing}', 'Cuts to {thing} in {place}'],
    claims: [
      'the {thing} left a gap of {n} million',
      'the {thing} would rise by {small} percent from {month}',
      '{org} had lobbied against the {thing}',
      'spending on the {thing} had doubled since {year}',
      'the {thing} protected front-line services',
      'the council had {n} days to agree the {thing}',
    ],
    facts: [
      'The {thing} was debated for {small} hours on {day}.',
      '{place} has about {n},000 residents.',
      'The council last changed the {thing} in {year}.',
    ],
  },
];

// Background any story's article may carry, filled afresh each time: with the topics' facts, what makes an
// article's length without repeating the same few sentences.
const BACKGROUND = [
  'The {thing} was {discussed|debated|raised} at a {public|packed|crowded} meeting in {place} on {day} {evening|night}, {attended by|drawing} about {n} {people|residents}.',
  '{Local businesses|Shopkeepers|Traders} {near|around|close to} the {thing} said {trade|business|custom} had been {quiet|slow|poor} since {month}.',
  'A {report|study|review} {commissioned|ordered|paid for} in {year} {recommended|proposed|urged} changes that were {never|not} {made|carried out}.',
  'The {county|region|district} has {small} {similar|comparable} {sites|schemes}, {most|many} of them {built|opened} before {year}.',
  '{Opposition members|Councillors|Campaigners} {called for|demanded|asked for} an {independent|outside|full} {review|inquiry} of the {thing}.',
  '{Figures|Numbers|Statistics} {published|released} in {month} {showed|recorded} {n} complaints about the {thing} {over|during} the {past|last} year.',
  'The {nearest|neighbouring} town, {other}, {went through|faced|saw} a {similar|comparable} {episode|row|crisis} in {year}.',
  '{org} did not {respond to|answer} a {request|call} for comment on {day}.',
  'A {public|formal} consultation on the {thing} {closes|ends} at the end of {month}.',
  '{About|Some|Nearly} {n} people {signed|put their names to} a letter {to|sent to} the {regional|local} {newspaper|paper} about the {thing}.',
  'The {thing} is {owned|run} {jointly|together} by the council and {org}.',
  '{Regional|National|County} officials are {expected|due} to {visit|tour} {place} {before|by} the end of {month}.',
  'The {issue|matter|question} was raised in parliament by the member for {place} on {day}.',
  '{Parents|Families} at {other} primary school were {sent|given} a letter about the {thing} on {day}.',
  'The {matter|plan|issue} will {return to|go back to|come before} the council{ committee| cabinet|} on {small} {month}.',
  'Records show that {org} {spent|paid} {n},000 on {consultants|advisers|lawyers} for the {thing} in {year}.',
  '{Traffic|Buses|Lorries} in the {centre|middle} of {place} {was|were} diverted for {small} hours on {day}.',
  'A {spokesperson|representative} for the {regional|county} {authority|council} said a {statement|response} would {follow|come later}.',
  '{Residents|People} of {other} and {place} have been {invited|asked} to a {drop-in|open} session on {day}.',
  'An {earlier|previous} {inquiry|review} into the {thing} {reported|concluded} in {year} and made {small} recommendations.',
  'The {local|town} {football|rugby|cricket} club {offered|opened} its {car park|clubhouse} to people affected by the {thing}.',
  '{Insurance brokers|Estate agents|Solicitors} in {place} {reported|noticed} a rise in {calls|inquiries} since {day}.',
  'The {thing} {appeared|was listed} in the council accounts for {year} {with|at} a value of {n} million.',
  '{Weather forecasters|Forecasters} expect {dry|wet|mild|cold} {conditions|weather} in {place} for the rest of the week.',
];

// Paraphrase: words a second outlet writes differently; each applied with some chance.
const SYNONYMS: Array<[RegExp, string]> = [
  [/\bwould\b/g, 'will'],
  [/\bhad found\b/g, 'found'],
  [/\babout\b/g, 'around'],
  [/\bat least\b/g, 'no fewer than'],
  [/\bnot yet known\b/g, 'still unclear'],
];
// A reprint's new headline: never one an original of the story has.
const REPRINT_HEADLINES = [
  '{place} {thing}: what we know',
  'What is happening at the {place} {thing}',
  'Latest on the {place} {thing}',
];
const CUES = [
  'said',
  'told reporters',
  'warned',
  'argued',
  'insisted',
  'claimed',
  'stressed',
  'acknowledged',
];
const DIRECT_CLOSERS = ['said', 'told the paper', 'said on {day}', 'added'];

interface Speaker {
  full: string;
  short: string;
  role: string;
}

interface StoryStatement {
  speaker: number;
  content: string;
}

interface Story {
  index: number;
  start: number;
  place: string;
  topic: Topic;
  orgs: string[];
  thing: string;
  speakers: Speaker[];
  statements: StoryStatement[];
  // Facts every outlet may report, with the story's own figures.
  facts: string[];
  headline: string;
}

// 30 prominent figures, quoted across many stories.
function prominentFigures(next: () => number): Speaker[] {
  return Array.from({ length: 30 }, (_, i) => {
    const short = SURNAMES[Math.floor(next() * SURNAMES.length)];
    return {
      full: `${FIRST[Math.floor(next() * FIRST.length)]} ${short}`,
      short,
      role: PROMINENT_ROLES[i % PROMINENT_ROLES.length],
    };
  });
}

const capital = (s: string) => s.replace(/^\w/, (c) => c.toUpperCase());

export function generateStoryArticles(count: number, seed = 1): StoryArticle[] {
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)];
  const between = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  const prominent = prominentFigures(next);
  const base = Date.UTC(2026, 0, 5, 6);
  const fill = (template: string, story: Omit<Story, 'statements' | 'facts' | 'headline'>) =>
    template
      .replace(/\{([^{}]*\|[^{}]*)\}/g, (_, choices: string) => pick(choices.split('|')))
      .replace(/\{org\}/g, () => pick(story.orgs))
      .replace(/\{place\}/g, story.place)
      .replace(/\{other\}/g, () => pick(TOWNS))
      .replace(/\{thing\}/g, story.thing)
      .replace(/\{n\}/g, () => String(between(3, 950)))
      .replace(/\{small\}/g, () => String(between(2, 9)))
      .replace(/\{year\}/g, () => String(between(1955, 2024)))
      .replace(/\{month\}/g, () => pick(MONTHS))
      .replace(/\{day\}/g, () => pick(DAYS));

  const newStory = (index: number): Story => {
    const topic = pick(TOPICS);
    const speakers: Speaker[] = Array.from({ length: between(3, 5) }, () => {
      const short = pick(SURNAMES);
      return { full: `${pick(FIRST)} ${short}`, short, role: pick(ROLES) };
    });
    if (next() < 1 / 8) speakers[0] = pick(prominent);
    const story = {
      index,
      start: base + index * 20 * 60_000,
      place: pick(TOWNS),
      topic,
      orgs: [pick(ORGS), pick(ORGS)],
      thing: pick(topic.things),
      speakers,
    };
    // The organisation speaks for itself too (a body's key is its name).
    story.speakers.push({ full: story.orgs[0], short: story.orgs[0], role: '' });
    // Each claim frame at most twice in a story, so its statements are not mostly the same frame's figures.
    const frames = [...topic.claims].sort(() => next() - 0.5);
    const statements = Array.from({ length: between(8, 12) }, (_, i) => ({
      speaker: Math.floor(next() * story.speakers.length),
      content: fill(frames[i % frames.length], story),
    }));
    const facts = Array.from({ length: between(4, 7) }, () => fill(pick(topic.facts), story));
    return { ...story, statements, facts, headline: fill(pick(topic.headlines), story) };
  };

  // One statement as an outlet writes it: the shared wording about half the time, else paraphrased.
  const statementSentence = (story: Story, s: StoryStatement, named: Set<number>, outlet: string) => {
    const speaker = story.speakers[s.speaker];
    const body = speaker.role === '';
    const first = !named.has(s.speaker);
    named.add(s.speaker);
    const who = body ? speaker.full : first ? `${capital(speaker.role)} ${speaker.full}` : speaker.short;
    if (next() < 0.5) return `${who} said that ${s.content}.`;
    let content = s.content;
    for (const [word, other] of SYNONYMS) if (next() < 0.5) content = content.replace(word, other);
    switch (Math.floor(next() * 4)) {
      case 0:
        return `${capital(content)}, ${who} ${pick(['said', 'told ' + outlet])}.`;
      case 1:
        return `According to ${who}, ${content}.`;
      case 2:
        return `“${capital(content)},” ${body ? speaker.full : speaker.short} ${fill(pick(DIRECT_CLOSERS), story)}.`;
      default:
        return `${who} ${pick(CUES)} that ${content}.`;
    }
  };

  const originalArticle = (story: Story, outlet: string, at: number) => {
    const target = between(3_000, 3_500);
    const named = new Set<number>();
    const carried = story.statements.filter(() => next() < 0.7);
    const facts = story.facts.filter(() => next() < 0.7);
    // No background sentence twice in one article, until all have been used.
    const unused: string[] = [];
    const background = () => {
      if (unused.length === 0) unused.push(...BACKGROUND);
      return fill(unused.splice(Math.floor(next() * unused.length), 1)[0], story);
    };
    const paragraphs = [`${story.place.toUpperCase()} — ${facts.shift() ?? story.facts[0]}`];
    let length = paragraphs[0].length;
    for (const s of carried) {
      const sentences = [statementSentence(story, s, named, outlet)];
      if (facts.length > 0 && next() < 0.5) sentences.push(facts.shift()!);
      paragraphs.push(sentences.join(' '));
      length += paragraphs[paragraphs.length - 1].length + 2;
    }
    // Background until the article reaches its length, placed between the statements.
    while (length < target) {
      const fact = [facts.shift() ?? background(), background()].join(' ');
      paragraphs.splice(1 + Math.floor(next() * paragraphs.length), 0, fact);
      length += fact.length + 2;
    }
    return {
      title: next() < 0.5 ? story.headline : fill(pick(story.topic.headlines), story),
      publisher: outlet,
      publishedAt: new Date(at).toISOString(),
      paragraphs,
      story: story.index,
      statements: carried.map((s) => `${story.speakers[s.speaker].short}|${s.content}`),
    };
  };

  type Draft = ReturnType<typeof originalArticle> & { source?: Draft };
  const drafts: Draft[] = [];
  let originals = 0;
  let reprints = 0;
  for (let index = 0; drafts.length < count * 1.1 + 20; index++) {
    const story = newStory(index);
    const outlets = between(2, 5);
    const written: Draft[] = [];
    for (let o = 0; o < outlets; o++) {
      // One outlet in three is a wire; the rest are local titles of nearby towns.
      const outlet = next() < 1 / 3 ? pick(WIRES) : `The ${pick(TOWNS)} ${pick(LOCAL_TITLES)}`;
      written.push(originalArticle(story, outlet, story.start + between(0, 36 * 60) * 60_000));
    }
    drafts.push(...written);
    originals += written.length;
    // Reprints keep the share: each a local title's copy of one of the story's articles, hours later.
    while (reprints < (originals * REPRINT_SHARE) / (1 - REPRINT_SHARE)) {
      const source = pick(written);
      const cut = Math.min(between(1, 3), source.paragraphs.length - 3);
      const local = `The ${pick(TOWNS)} ${pick(LOCAL_TITLES)}`;
      const paragraphs = source.paragraphs.slice(0, source.paragraphs.length - cut);
      paragraphs.splice(
        between(2, paragraphs.length),
        0,
        `In ${pick(TOWNS)}, readers of the ${local.replace(/^The /, '')} have followed the story closely since ${pick(DAYS)}.`,
      );
      drafts.push({
        ...source,
        title: capital(fill(pick(REPRINT_HEADLINES), story)),
        publisher: local,
        publishedAt: new Date(
          new Date(source.publishedAt).getTime() + between(60, 720) * 60_000,
        ).toISOString(),
        paragraphs,
        // A cut paragraph may have carried a statement; the list keeps what the source carried (the checks use
        // originals' statements only).
        source,
      });
      reprints++;
    }
  }
  drafts.sort((a, b) => a.publishedAt.localeCompare(b.publishedAt) || a.story - b.story);
  const kept = drafts.slice(0, count);
  const at = new Map(kept.map((d, i) => [d, i]));
  return kept.map((d) => ({
    title: d.title,
    publisher: d.publisher,
    publishedAt: d.publishedAt,
    text: d.paragraphs.join('\n\n'),
    story: d.story,
    reprintOf: d.source ? (at.get(d.source) ?? null) : null,
    statements: d.source ? [] : d.statements,
  }));
}
