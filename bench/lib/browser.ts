// The web client in this machine's headless Chromium (playwright-core), for the browser benchmarks:
// a realm serving a fresh build of web/, and the cold load of a page until one of its marks.
import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { CHROMIUM_PATH, launchChromium } from '../../tools/chromium.js';
import { root, startRealm, type Running } from './processes.js';

/** A realm serving web/ (built first if stale) and a browser; `close` stops both. */
export async function realmWithBrowser(): Promise<{ realm: Running; browser: Browser; close: () => Promise<void> }> {
  const { buildWebIfStale } = (await import(path.join(root, 'scripts', 'web-build.mjs'))) as { buildWebIfStale: () => boolean };
  buildWebIfStale();
  if (!fs.existsSync(CHROMIUM_PATH)) throw new Error(`${CHROMIUM_PATH} missing: apt-get install -y chromium`);
  const realm = await startRealm();
  const browser = await launchChromium();
  return {
    realm,
    browser,
    async close() {
      await browser.close();
      await realm.cleanup();
    },
  };
}

/** A fresh context (empty cache) loading `path`: ms from navigation start to the mark (or load). */
export async function coldLoad(browser: Browser, url: string, pagePath: string, mark: string | null, session?: unknown): Promise<number> {
  const context = await browser.newContext();
  if (session) await context.addInitScript((s) => localStorage.setItem('realm-chat.session', s as string), JSON.stringify(session));
  const page = await context.newPage();
  await page.goto(url + pagePath, { waitUntil: mark ? 'commit' : 'load' });
  // In-page code is passed as text: tsx would wrap named inner functions in a helper the page lacks.
  const ms = mark
    ? ((await page.evaluate(`new Promise((resolve) => {
        const look = () => { const e = performance.getEntriesByName(${JSON.stringify(mark)})[0]; if (e) resolve(e.startTime); else setTimeout(look, 5); };
        look();
      })`)) as number)
    : ((await page.evaluate('performance.getEntriesByType("navigation")[0].loadEventStart')) as number);
  await context.close();
  return ms;
}
