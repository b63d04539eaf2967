import { randomUUID } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { Page } from 'playwright-core';
import { KeysService } from '../src/auth/keys.service';
import { SYSTEM_ACTOR } from '../src/auth/roles';
import { launchBrowser, TestBrowser } from './support/browser';
import { newArticle } from './support/factories';
import { withClient } from './support/test-database';
import { startTestApp, TestApp } from './support/test-app';

interface ApiClaim {
  id: string;
  kind: 'attributed' | 'editorial';
  text: string;
  start: number;
  end: number;
  speaker: { id: string; name: string; kind: string } | null;
}

const ARTIFACTS = join(__dirname, 'artifacts');
const FIXTURES = join(__dirname, 'fixtures', 'attribution');

// The reader pages in Debian's headless Chromium: what a reader sees and can do, and what a hostile
// document cannot do.
describe('reader pages in Chromium', () => {
  let t: TestApp;
  let origin: string;
  let browser: TestBrowser;
  let auth: { Authorization: string };

  beforeAll(async () => {
    t = await startTestApp();
    await t.app.listen(0, '127.0.0.1');
    const address = t.app.getHttpServer().address() as AddressInfo;
    origin = `http://127.0.0.1:${address.port}`;
    const { key } = await t.app
      .get(KeysService)
      .create({ name: 'reader-browser-e2e', role: 'factchecker' }, SYSTEM_ACTOR);
    auth = { Authorization: `Bearer ${key}` };
    browser = await launchBrowser(origin);
    await mkdir(ARTIFACTS, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  afterEach(() => {
    // No page may reach beyond the app: no CDN, no fonts, no trackers.
    expect(browser.offOrigin).toEqual([]);
  });

  async function postDocument(
    body: Record<string, unknown>,
  ): Promise<{ id: string; text: string; claims: ApiClaim[] }> {
    // A fixture posted again by another test is the same stored document (200).
    const created = await t.http.post('/api/documents').set(auth).send(body);
    expect([200, 201]).toContain(created.status);
    const claims = await t.http
      .get(`/api/documents/${created.body.id}/claims`)
      .query({ limit: 100 })
      .expect(200);
    expect(claims.body.nextCursor).toBeNull();
    return { id: created.body.id, text: created.body.text, claims: claims.body.items };
  }

  /** A sample article; `own` gives the test a copy no other test sees (for tests that change it). */
  async function fixture(name: string, own = false) {
    const meta = JSON.parse(await readFile(join(FIXTURES, `${name}.json`), 'utf8')) as {
      title: string;
      publisher: string;
    };
    const text =
      (await readFile(join(FIXTURES, `${name}.txt`), 'utf8')) +
      (own ? `\n\nFiled under ${randomUUID()}.` : '');
    return postDocument({
      title: meta.title,
      publisher: meta.publisher,
      text,
      authors: ['Fixture Desk'],
      publishedAt: '2026-02-12T08:00:00.000Z',
    });
  }

  async function open(path: string): Promise<Page> {
    const page = await browser.context.newPage();
    const failures: string[] = [];
    page.on('pageerror', (error) => failures.push(error.message));
    page.on('requestfailed', (request) => failures.push(`${request.url()} ${request.failure()?.errorText}`));
    const response = await page.goto(`${origin}${path}`);
    expect(response?.status()).toBe(200);
    await page.waitForLoadState('load');
    expect(failures).toEqual([]);
    return page;
  }

  /** Claim ids of the highlights currently shown (not filtered out), by kind. */
  const shownHighlights = (page: Page) =>
    page.$$eval('mark.claim[id^="claim-"]', (marks) =>
      marks
        .filter((m) => !m.classList.contains('is-filtered-out'))
        .map((m) => m.getAttribute('data-claim-id')!),
    );
  const visibleEntries = (page: Page) =>
    page.$$eval('li[data-claim-id]', (items) =>
      items
        .filter((li) => (li as { offsetParent: unknown }).offsetParent !== null)
        .map((li) => li.getAttribute('data-claim-id')!),
    );
  const ids = (claims: ApiClaim[]) => claims.map((c) => c.id).sort();
  // String expressions: this project compiles without the DOM library.
  const focusedId = (page: Page) => page.evaluate<string | undefined>('document.activeElement?.id');

  it('shows the full text with one highlight per claim, of the right kind, and both lists', async () => {
    const doc = await fixture('03-clinic-closures');
    const attributed = doc.claims.filter((c) => c.kind === 'attributed');
    const editorial = doc.claims.filter((c) => c.kind === 'editorial');
    expect(attributed.length).toBeGreaterThan(0);
    expect(editorial.length).toBeGreaterThan(0);

    const page = await open(`/documents/${doc.id}`);
    // The text is all there, exactly: markers are CSS-generated, not inserted into the text.
    expect(await page.textContent('#document-text')).toBe(doc.text);
    expect(await page.locator('mark.claim[id^="claim-"][data-kind="attributed"]').count()).toBe(
      attributed.length,
    );
    expect(await page.locator('mark.claim[id^="claim-"][data-kind="editorial"]').count()).toBe(
      editorial.length,
    );
    for (const claim of doc.claims) {
      expect(await page.textContent(`#claim-${claim.id}`)).toBe(claim.text);
    }
    // Each speaker keeps one colour and one marker across its highlights.
    const bySpeaker = await page.$$eval('mark.claim[id^="claim-"][data-kind="attributed"]', (marks) =>
      marks.map((m) => [
        m.getAttribute('data-speaker'),
        m.ownerDocument.defaultView!.getComputedStyle(m).backgroundColor,
        m.getAttribute('data-marker'),
      ]),
    );
    const seen = new Map<string, string>();
    for (const [speaker, colour, marker] of bySpeaker) {
      const look = `${colour}|${marker}`;
      expect(seen.get(speaker!) ?? look).toBe(look);
      seen.set(speaker!, look);
    }
    const editorialLook = await page.$eval(
      'mark.claim[data-kind="editorial"]',
      (m) => m.ownerDocument.defaultView!.getComputedStyle(m).borderBottomStyle,
    );
    expect(editorialLook).toBe('dashed');

    expect(ids(attributed)).toEqual(
      (
        await page.$$eval('#attributed-list li[data-claim-id]', (li) =>
          li.map((l) => l.getAttribute('data-claim-id')!),
        )
      ).sort(),
    );
    expect(ids(editorial)).toEqual(
      (
        await page.$$eval('#editorial-list li[data-claim-id]', (li) =>
          li.map((l) => l.getAttribute('data-claim-id')!),
        )
      ).sort(),
    );
    const speakerNames = [...new Set(attributed.map((c) => c.speaker?.name).filter(Boolean))];
    for (const name of speakerNames)
      await expect(page.locator('#attributed-list h3', { hasText: name! }).count()).resolves.toBe(1);
    expect(await page.locator('#sourcing-profile dt').allTextContents()).toEqual(
      expect.arrayContaining(['Named sources', 'Unnamed sources', 'The outlet’s own voice']),
    );

    // What a reader sees on a large screen (the claim lists scroll beside the text, so no full-page capture).
    await page.setViewportSize({ width: 1280, height: 1200 });
    await page.screenshot({ path: join(ARTIFACTS, 'reader-document.png') });
    await page.close();
  });

  it('filters to attributed, editorial, unnamed sources or one speaker, and back to all', async () => {
    const doc = await fixture('03-clinic-closures');
    const attributed = doc.claims.filter((c) => c.kind === 'attributed');
    const editorial = doc.claims.filter((c) => c.kind === 'editorial');
    const unnamed = attributed.filter((c) => c.speaker?.kind === 'unnamed-group');
    const speaker = attributed[0].speaker!;
    const bySpeaker = attributed.filter((c) => c.speaker?.id === speaker.id);

    const page = await open(`/documents/${doc.id}`);
    await expect(page.locator('#filters').isVisible()).resolves.toBe(true);
    expect((await shownHighlights(page)).sort()).toEqual(ids(doc.claims));

    const cases: Array<[string, ApiClaim[]]> = [
      ['Attributed only', attributed],
      ['Editorial only', editorial],
      ['Unnamed sources only', unnamed],
      ['All claims', doc.claims],
    ];
    for (const [label, expected] of cases) {
      await page.getByLabel(label).check();
      expect((await shownHighlights(page)).sort()).toEqual(ids(expected));
      expect((await visibleEntries(page)).sort()).toEqual(ids(expected));
      expect(await page.textContent('#filter-status')).toBe(
        `Showing ${expected.length} of ${doc.claims.length} claims.`,
      );
    }

    await page.selectOption('#filter-speaker', speaker.id);
    await expect(page.getByLabel('One speaker').isChecked()).resolves.toBe(true);
    expect((await shownHighlights(page)).sort()).toEqual(ids(bySpeaker));
    expect((await visibleEntries(page)).sort()).toEqual(ids(bySpeaker));
    // Only that speaker's group is left in the attributed list; the editorial list says none match.
    expect(await page.locator('#attributed-list > li.claim-group:visible').count()).toBe(1);
    await expect(page.locator('[data-empty-note="editorial-list"]').isVisible()).resolves.toBe(true);

    await page.getByLabel('All claims').check();
    expect((await shownHighlights(page)).sort()).toEqual(ids(doc.claims));
    await page.close();
  });

  it('scrolls to and flashes a claim when its list entry is chosen, by mouse or keyboard', async () => {
    const doc = await fixture('01-harbour-dredging');
    const last = [...doc.claims].sort((a, b) => b.start - a.start)[0];
    const page = await open(`/documents/${doc.id}`);
    await page.setViewportSize({ width: 1280, height: 500 });

    await page.click(`li[data-claim-id="${last.id}"] a.claim-link`);
    const mark = page.locator(`#claim-${last.id}`);
    await expect(mark.evaluate((m) => m.classList.contains('is-flashing'))).resolves.toBe(true);
    await expect(focusedId(page)).resolves.toBe(`claim-${last.id}`);
    expect(new URL(page.url()).hash).toBe(`#claim-${last.id}`);
    await expect(mark.isVisible()).resolves.toBe(true);
    const box = (await mark.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y).toBeLessThan(500);

    const first = [...doc.claims].sort((a, b) => a.start - b.start)[0];
    await page.focus(`li[data-claim-id="${first.id}"] a.claim-link`);
    await page.keyboard.press('Enter');
    await expect(focusedId(page)).resolves.toBe(`claim-${first.id}`);
    await page.close();
  });

  it('shows every highlight and no dead controls without JavaScript', async () => {
    const doc = await fixture('01-harbour-dredging');
    const noScript = await launchBrowser(origin, { javaScriptEnabled: false });
    try {
      const page = await noScript.context.newPage();
      await page.goto(`${origin}/documents/${doc.id}`);
      expect(await page.locator('mark.claim[id^="claim-"]').count()).toBe(doc.claims.length);
      expect(await page.locator('mark.claim.is-filtered-out').count()).toBe(0);
      await expect(page.locator('#filters').isVisible()).resolves.toBe(false);
      // A list entry is a plain in-page link.
      const claim = doc.claims[0];
      await page.click(`li[data-claim-id="${claim.id}"] a.claim-link`);
      expect(new URL(page.url()).hash).toBe(`#claim-${claim.id}`);
      expect(noScript.offOrigin).toEqual([]);
    } finally {
      await noScript.close();
    }
  });

  it('renders a hostile document as text and runs none of it', async () => {
    const payload = `<script>window.__pwned = 'script'</script>"><img src=x onerror="window.__pwned = 'img'"><svg onload="window.__pwned = 'svg'">`;
    const doc = await postDocument(
      newArticle({
        title: `Budget ${payload}`,
        publisher: `Courier ${payload}`,
        authors: [`Reporter ${payload}`],
        text: `Mayor Lena Brandt said the ${payload} budget was balanced. Critics said ${payload} it was not. The council met on Monday. ${payload}`,
      }),
    );
    const claim = doc.claims[0];
    await t.http
      .post(`/api/claims/${claim.id}/evidence`)
      .set(auth)
      .send({
        stance: 'disputes',
        url: 'https://audit.example/report',
        title: `Report ${payload}`,
        note: payload,
      })
      .expect(201);

    for (const path of [
      `/documents/${doc.id}`,
      `/claims/${claim.id}`,
      `/?q=${encodeURIComponent('Budget <script>')}`,
    ]) {
      const page = await browser.context.newPage();
      const dialogs: string[] = [];
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      await page.goto(`${origin}${path}`);
      await page.waitForLoadState('load');
      await expect(page.evaluate('window.__pwned')).resolves.toBeUndefined();
      expect(dialogs).toEqual([]);
      expect(await page.locator('img, svg, iframe, object').count()).toBe(0);
      // The only script is the app's own file.
      expect(
        await page.$$eval('script', (s) => s.map((e) => new URL((e as { src: string }).src).pathname)),
      ).toEqual(['/assets/reader.js']);
      expect(await page.textContent('main')).toContain(payload);
      await page.close();
    }
    const page = await open(`/documents/${doc.id}`);
    expect(await page.textContent('#document-text')).toBe(doc.text);
    await page.close();
  });

  it('nests overlapping claims and still gives each its own anchor', async () => {
    const doc = await fixture('01-harbour-dredging', true);
    const outer = [...doc.claims].sort((a, b) => b.end - b.start - (a.end - a.start))[0];
    // A hand-made claim inside an extracted one, as a fact-checker's manual claim may be.
    const start = outer.start + 4;
    const end = outer.end - 4;
    const [{ id: innerId }] = await withClient(t.databaseUrl, (db) =>
      db
        .query(
          `INSERT INTO claims (document_id, kind, text, start_offset, end_offset, quote_type, origin)
           VALUES ($1, 'editorial', $2, $3, $4, 'none', 'manual') RETURNING id`,
          [doc.id, doc.text.slice(start, end), start, end],
        )
        .then((r) => r.rows as Array<{ id: string }>),
    );
    const page = await open(`/documents/${doc.id}`);
    expect(await page.textContent('#document-text')).toBe(doc.text);
    expect(await page.locator('mark.claim[id^="claim-"]').count()).toBe(doc.claims.length + 1);
    await expect(
      page.locator(`mark[data-claim-id="${outer.id}"] > mark#claim-${innerId}`).count(),
    ).resolves.toBe(1);
    expect(await page.textContent(`#claim-${innerId}`)).toBe(doc.text.slice(start, end));
    const outerText = await page.$$eval(`mark[data-claim-id="${outer.id}"]`, (marks) =>
      marks.map((m) => m.textContent).join(''),
    );
    expect(outerText).toBe(outer.text);
    await page.close();
  });

  it('reads at phone width without sideways scrolling', async () => {
    const doc = await fixture('03-clinic-closures');
    const phone = await launchBrowser(origin, { viewport: { width: 360, height: 740 } });
    try {
      for (const path of ['/', `/documents/${doc.id}`, `/claims/${doc.claims[0].id}`]) {
        const page = await phone.context.newPage();
        await page.goto(`${origin}${path}`);
        const overflow = await page.evaluate<number>(
          'document.documentElement.scrollWidth - document.documentElement.clientWidth',
        );
        expect(overflow).toBeLessThanOrEqual(0);
        if (path.startsWith('/documents/'))
          await page.screenshot({ path: join(ARTIFACTS, 'reader-document-phone.png'), fullPage: true });
        await page.close();
      }
      expect(phone.offOrigin).toEqual([]);
    } finally {
      await phone.close();
    }
  });

  it('shows a claim’s provenance: context, speaker and evidence with links', async () => {
    const doc = await fixture('01-harbour-dredging');
    const claim = doc.claims.find((c) => c.kind === 'attributed' && c.speaker)!;
    await t.http
      .post(`/api/claims/${claim.id}/evidence`)
      .set(auth)
      .send({
        stance: 'corroborates',
        url: 'https://survey.example/seabed',
        title: 'Seabed survey',
        publisher: 'Survey Office',
      })
      .expect(201);
    await t.http
      .post(`/api/claims/${claim.id}/reviews`)
      .set(auth)
      .send({ verdict: 'mostly-true', rationale: 'The survey tender confirms the plan.' })
      .expect(201);
    const page = await open(`/claims/${claim.id}`);
    await page.screenshot({ path: join(ARTIFACTS, 'reader-claim.png'), fullPage: true });
    expect(await page.textContent('#verdict-history')).toContain('mostly-true');
    expect(await page.locator('#audit-history li').count()).toBeGreaterThan(0);
    expect(await page.textContent('h1')).toBe('Attributed claim');
    expect(await page.textContent('#claim-text')).toBe(claim.text);
    expect(await page.textContent('#claim-context mark')).toBe(claim.text);
    expect(await page.textContent('main')).toContain(claim.speaker!.name);
    const link = page.locator('ul[data-stance="corroborates"] a', { hasText: 'Seabed survey' });
    expect(await link.getAttribute('href')).toBe('https://survey.example/seabed');
    await page.click(`a[href="/documents/${doc.id}#claim-${claim.id}"] >> nth=0`);
    await page.waitForURL(`${origin}/documents/${doc.id}#claim-${claim.id}`);
    await expect(focusedId(page)).resolves.toBe(`claim-${claim.id}`);
    await page.close();
  });

  it('keeps the Swagger UI working under the same headers', async () => {
    const page = await open('/api/docs');
    await page.waitForSelector('.swagger-ui .info .title', { timeout: 15000 });
    expect(await page.textContent('.swagger-ui .info .title')).toContain('claimtrail');
    await page.close();
  });
});
