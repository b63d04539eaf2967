import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BrowserContext, chromium } from 'playwright-core';

const SYSTEM_CHROMIUM = '/usr/bin/chromium';

/**
 * The Chromium the browser tests drive: CHROMIUM_PATH when set, else the system's (Debian's chromium
 * package), else the binary shipped inside the @sparticuz/chromium npm package, unpacked on first use.
 * Nothing is downloaded. Called once per run from globalSetup, so parallel workers never unpack it twice.
 */
export async function resolveChromium(): Promise<string> {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  if (existsSync(SYSTEM_CHROMIUM)) return SYSTEM_CHROMIUM;
  const packaged = (await import('@sparticuz/chromium')).default;
  return packaged.executablePath();
}

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-quic',
  '--disable-sync',
];

export interface TestBrowser {
  context: BrowserContext;
  /** Every URL the pages asked for outside `origin` (they are refused, and a test can assert there were none). */
  offOrigin: string[];
  close(): Promise<void>;
}

/**
 * Headless Chromium on a fresh profile that may only talk to `origin`: a reader page that reached for a
 * CDN or any other host would show up in `offOrigin`.
 */
export async function launchBrowser(
  origin: string,
  options: { viewport?: { width: number; height: number }; javaScriptEnabled?: boolean } = {},
): Promise<TestBrowser> {
  const profile = await mkdtemp(join(tmpdir(), 'claimtrail-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? (await resolveChromium()),
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: options.viewport ?? { width: 1280, height: 900 },
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    // Instant scrolling keeps "is the claim in view" checks free of timing.
    reducedMotion: 'reduce',
  });
  const offOrigin: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(`${origin}/`) || url.startsWith('data:')) return route.continue();
    offOrigin.push(url);
    return route.abort('blockedbyclient');
  });
  return {
    context,
    offOrigin,
    close: async () => {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}
