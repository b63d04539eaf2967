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
import { BACKGROUND, Topic, TOPICS } from './story-topics';

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
