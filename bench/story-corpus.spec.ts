import { extractClaims } from '../src/extraction';
import { isReproduction, shingles } from '../src/trail/shingles';
import { generateStoryArticles, REPRINT_SHARE } from './story-corpus';

// What bench:import's `stories` corpus promises (bench/story-corpus.ts): checked on 2,000 articles, the size
// of a short bench run.
describe('the realistic bench corpus', () => {
  const articles = generateStoryArticles(2_000, 7);
  const originals = articles.filter((a) => a.reprintOf === null);

  it('is the same for the same seed and differs for another', () => {
    expect(generateStoryArticles(300, 7)).toEqual(generateStoryArticles(300, 7));
    expect(generateStoryArticles(300, 8)[0].text).not.toEqual(generateStoryArticles(300, 7)[0].text);
  });

  it('gives the count asked, in publication order, of news-article length', () => {
    expect(articles).toHaveLength(2_000);
    const times = articles.map((a) => a.publishedAt);
    expect(times).toEqual([...times].sort());
    const mean = articles.reduce((sum, a) => sum + a.text.length, 0) / articles.length;
    expect(mean).toBeGreaterThan(3_000);
    expect(mean).toBeLessThan(3_500);
  });

  it('covers hundreds of stories, each by a few outlets', () => {
    const perStory = new Map<number, number>();
    for (const a of articles) perStory.set(a.story, (perStory.get(a.story) ?? 0) + 1);
    expect(perStory.size).toBeGreaterThan(2_000 / 8);
    const covered = [...perStory.values()].filter((n) => n >= 2).length;
    expect(covered / perStory.size).toBeGreaterThan(0.8);
  });

  it('holds wire reprints at about REPRINT_SHARE, each a reproduction of an earlier article of its story', () => {
    const reprints = articles.filter((a) => a.reprintOf !== null);
    expect(reprints.length / articles.length).toBeGreaterThan(REPRINT_SHARE - 0.04);
    expect(reprints.length / articles.length).toBeLessThan(REPRINT_SHARE + 0.04);
    for (const copy of reprints.slice(0, 100)) {
      const source = articles[copy.reprintOf!];
      expect(copy.reprintOf!).toBeLessThan(articles.indexOf(copy));
      expect(source.story).toBe(copy.story);
      expect(copy.title).not.toBe(source.title);
      const [a, b] = [shingles(copy.text), shingles(source.text)];
      const shared = a.filter((s) => b.includes(s)).length;
      expect(isReproduction({ shared, a: a.length, b: b.length })).toBe(true);
    }
  });

  it('writes each story its own articles: two originals of a story are no reproduction of each other', () => {
    const byStory = new Map<number, typeof originals>();
    for (const a of originals) byStory.set(a.story, [...(byStory.get(a.story) ?? []), a]);
    const pairs = [...byStory.values()].filter((l) => l.length >= 2).slice(0, 100);
    for (const [x, y] of pairs) {
      const [a, b] = [shingles(x.text), shingles(y.text)];
      const shared = a.filter((s) => b.includes(s)).length;
      expect(isReproduction({ shared, a: a.length, b: b.length })).toBe(false);
    }
  });

  it('repeats statements within their story and seldom outside it', () => {
    const stories = new Map<string, Set<number>>();
    const appearances = new Map<string, number>();
    for (const a of originals)
      for (const statement of a.statements) {
        stories.set(statement, (stories.get(statement) ?? new Set()).add(a.story));
        appearances.set(statement, (appearances.get(statement) ?? 0) + 1);
      }
    const distinct = [...stories.values()].filter((s) => s.size === 1).length / stories.size;
    expect(distinct).toBeGreaterThan(0.98);
    const repeated = [...appearances.values()].filter((n) => n >= 2).length / appearances.size;
    expect(repeated).toBeGreaterThan(0.4);
  });

  it('gives the engine attributed claims to extract, of many speakers', () => {
    const speakers = new Set<string>();
    let attributed = 0;
    for (const a of originals.slice(0, 40))
      for (const claim of extractClaims(a.text, { publisher: a.publisher }).claims)
        if (claim.kind === 'attributed') {
          attributed++;
          if (claim.speaker) speakers.add(claim.speaker.name);
        }
    expect(attributed / 40).toBeGreaterThan(5);
    expect(speakers.size).toBeGreaterThan(60);
  });
});
