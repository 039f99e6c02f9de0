/// <reference lib="dom" />
// Issue 25: the web client while the realm is busy. In this machine's headless Chromium, as one of the
// mixed load's users (bench/mixed.ts's fixture): a signed-in cold load until the conversation list is
// shown, and switching between two conversations (a click until the other conversation's messages are on
// screen). Each on an idle server, then while the mixed load runs paced at BENCH_WEB_LOAD_RATE (600)
// requests/s, the load this machine carries (docs/performance.md, "Mixed load"); p50 and p99 of both.
import fs from 'node:fs';
import type { Browser } from 'playwright-core';
import { coldLoad, realmWithBrowser } from './lib/browser.js';
import { fixture, runLoad } from './mixed.js';
import { heading, note, percentile, record } from './lib/report.js';

const RATE = Number(process.env.BENCH_WEB_LOAD_RATE ?? 600);
const LOADS = 10;
const SWITCHES = 20;

interface Session {
  token: string;
  user: unknown;
}

/** Signed-in cold loads (fresh context, empty cache): ms until the conversation list is shown. */
async function coldLoads(browser: Browser, url: string, session: Session): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < LOADS; i++) times.push(await coldLoad(browser, url, '/', 'realm-chat:conversations', session));
  return times.sort((a, b) => a - b);
}

/** Switches back and forth between the first two conversations: ms from the click to messages on screen. */
async function switches(browser: Browser, url: string, session: Session): Promise<number[]> {
  const context = await browser.newContext({ viewport: { width: 1200, height: 800 } });
  await context.addInitScript((s) => localStorage.setItem('realm-chat.session', s as string), JSON.stringify(session));
  const page = await context.newPage();
  await page.goto(`${url}/#/`);
  await page.locator('a.conversation-item').nth(1).waitFor();
  // By address: under load the list reorders itself as messages arrive.
  const hrefs = await page.locator('a.conversation-item').evaluateAll((links) => links.slice(0, 2).map((a) => a.getAttribute('href')!));
  const times: number[] = [];
  for (let i = 0; i < SWITCHES; i++) {
    times.push(
      (await page.evaluate(`new Promise((resolve) => {
        const old = document.querySelector('.message-scroller');
        if (old) old.dataset.old = '1';
        const t0 = performance.now();
        document.querySelector('a.conversation-item[href=' + JSON.stringify(${JSON.stringify(hrefs[i % 2])}) + ']').click();
        const look = () => {
          const list = document.querySelector('.message-scroller:not([data-old])');
          if (list && list.querySelector('.message-text')) resolve(performance.now() - t0);
          else if (performance.now() - t0 > 10000) resolve(10000);
          else requestAnimationFrame(look);
        };
        look();
      })`)) as number,
    );
  }
  await context.close();
  return times.sort((a, b) => a - b);
}

export async function webLoadBenchmark(): Promise<void> {
  heading(`web client while the realm is busy (mixed load paced at ${RATE} req/s)`);
  const { realm, browser, close } = await realmWithBrowser();
  try {
    const usersFile = await fixture(realm.url);
    const [first] = JSON.parse(fs.readFileSync(usersFile, 'utf8')) as Array<{ token: string }>;
    const me = (await (await fetch(`${realm.url}/api/v1/me`, { headers: { authorization: `Bearer ${first!.token}` } })).json()) as unknown;
    const session = { token: first!.token, user: me };
    await coldLoads(browser, realm.url, session); // warm-up (the server's caches, Chromium's start)
    const idleLoads = await coldLoads(browser, realm.url, session);
    const idleSwitches = await switches(browser, realm.url, session);
    const load = runLoad(realm.url, usersFile, 60, RATE);
    await new Promise((r) => setTimeout(r, 3000)); // the load settles
    const busyLoads = await coldLoads(browser, realm.url, session);
    const busySwitches = await switches(browser, realm.url, session);
    const result = await load;
    for (const [name, idle, busy] of [
      ['signed-in cold load to the conversation list', idleLoads, busyLoads],
      ['switching between two conversations', idleSwitches, busySwitches],
    ] as const) {
      record({ name: `${name}, p50 under load`, value: percentile(busy, 50), unit: 'ms', baseline: { name: 'idle server', value: percentile(idle, 50) } });
      record({ name: `${name}, p99 under load`, value: percentile(busy, 99), unit: 'ms', baseline: { name: 'idle server', value: percentile(idle, 99) } });
    }
    note(`    the mixed load meanwhile: ${result.rps.toFixed(0)} req/s answered, p50 ${result.p50.toFixed(1)} ms, p99 ${result.p99.toFixed(1)} ms`);
  } finally {
    await close();
  }
}
