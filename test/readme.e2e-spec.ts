// The README and docs/ as a reader meets them: every repository path they name exists, and the README's first
// article, posted as written, gives the counts it promises and its example searches find something.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { mintKey, bearer } from './support/keys';
import { startTestApp, TestApp } from './support/test-app';

const root = join(__dirname, '..');
const guides = [
  'README.md',
  ...readdirSync(join(root, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
];

// Guides the README links that other branches write (remove a name once its file is merged), and the
// git-ignored folder the browser tests write their screenshots to.
const writtenElsewhere = new Set(['test/artifacts/']);

/** Repository paths a guide names: in backticks, or as the target of a relative Markdown link. */
function pathsNamedIn(file: string): string[] {
  const text = readFileSync(join(root, file), 'utf8');
  const dir = file.includes('/') ? file.slice(0, file.lastIndexOf('/') + 1) : '';
  const named = new Set<string>();
  for (const [, path] of text.matchAll(/`((?:src|test|bench|docs|\.ci)\/[\w./-]*[\w/])`/g)) named.add(path);
  for (const [, target] of text.matchAll(/\]\((?!<|https?:|#|mailto:)([^)#\s]+)(?:#[^)]*)?\)/g)) {
    named.add(join(dir, target));
  }
  return [...named].filter((path) => !/[*{]|\.\.\./.test(path));
}

describe('the guides', () => {
  it.each(guides)('%s names only paths that exist', (file) => {
    const missing = pathsNamedIn(file).filter(
      (path) => ![...writtenElsewhere].some((dir) => path.startsWith(dir)) && !existsSync(join(root, path)),
    );
    expect(missing).toEqual([]);
  });

  it('README.md stays under 300 lines', () => {
    expect(readFileSync(join(root, 'README.md'), 'utf8').split('\n').length).toBeLessThan(300);
  });
});

describe("the README's first article", () => {
  let t: TestApp;
  const readme = readFileSync(join(root, 'README.md'), 'utf8');

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t?.close();
  });

  it('posts as written, and each example search finds a claim', async () => {
    const body = /curl -s localhost:3000\/api\/documents [^\n]*-d '(\{[\s\S]*?\})'/.exec(readme);
    expect(body).not.toBeNull();
    const posted = await t.http
      .post('/api/documents')
      .set(bearer(await mintKey(t, 'factchecker')))
      .send(JSON.parse(body![1]) as object)
      .expect(201);
    const promised = /# → 201 \{"id":"…","claimCounts":(\{[^}]*\})/.exec(readme);
    expect(posted.body.claimCounts).toEqual(JSON.parse(promised![1]));

    const searches = [...readme.matchAll(/curl -s "localhost:3000(\/api\/(?:claims|speakers)\?[^"]+)"/g)].map(
      (m) => m[1],
    );
    expect(searches.length).toBeGreaterThanOrEqual(2);
    for (const search of searches) {
      const found = await t.http.get(search).expect(200);
      expect([search, (found.body.items as unknown[]).length > 0]).toEqual([search, true]);
    }
  });
});
