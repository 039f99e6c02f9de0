/// <reference lib="dom" />
// (DOM types: the callbacks given to page.evaluate run in the browser.)
// Issue 14 benchmark: the web client in this machine's headless Chromium (playwright-core).
// - What the first load ships (JS + CSS, gzip) against the target, and against the /docs page
//   (Swagger UI) the server already serves, measured the same way.
// - First load to interactive on a cold cache, signed out and signed in, against a plain navigation
//   to /healthz in the same browser (the floor: a round trip and a page).
// - Opening a conversation of 10,000 messages until its newest message is on screen, against fetching
//   that newest page from inside the page (the data alone).
// - Scrolling the whole 10,000 loaded messages (windowed list): frame times against an idle page's
//   frame times in the same browser.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import type { Page } from 'playwright-core';
import { post, register } from './lib/api.js';
import { coldLoad, realmWithBrowser } from './lib/browser.js';
import { heading, note, percentile, record } from './lib/report.js';

const MESSAGES = Number(process.env.BENCH_WEB_MESSAGES ?? 10_000);
const LOADS = Number(process.env.BENCH_WEB_LOADS ?? 10);

/** Sum of the gzip sizes of the scripts and styles an HTML page loads first (same-origin). */
async function shipped(url: string, pagePath: string): Promise<{ bytes: number; files: number }> {
  const html = await (await fetch(url + pagePath)).text();
  const refs = [...html.matchAll(/(?:src|href)="([^"]+\.(?:js|css))"/g)].map((m) => new URL(m[1]!, url + pagePath).href);
  let bytes = 0;
  for (const ref of refs) bytes += zlib.gzipSync(Buffer.from(await (await fetch(ref)).arrayBuffer())).length;
  return { bytes, files: refs.length };
}

async function median(runs: number, once: () => Promise<number>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push(await once());
  times.sort((a, b) => a - b);
  return percentile(times, 50);
}

/**
 * Frame intervals (ms) over `frames` animation frames. `pxPerFrame`: scroll that far each frame
 * (from the top); 'all': cover the whole list in `frames`; 0: idle.
 */
function frameTimes(page: Page, frames: number, pxPerFrame: number | 'all'): Promise<number[]> {
  const scroll = pxPerFrame !== 0;
  return page.evaluate(`new Promise((resolve) => {
    const el = document.querySelector('.message-scroller');
    const times = [];
    let last = performance.now();
    const perFrame = ${pxPerFrame === 'all' ? `(el.scrollHeight - el.clientHeight) / ${frames}` : pxPerFrame};
    el.scrollTop = 0;
    let n = 0;
    const tick = () => {
      const now = performance.now();
      if (n > 0) times.push(now - last);
      last = now;
      if (${scroll}) el.scrollTop = n * perFrame;
      if (++n <= ${frames}) requestAnimationFrame(tick);
      else resolve(times);
    };
    requestAnimationFrame(tick);
  })`) as Promise<number[]>;
}

export async function webBenchmark(): Promise<void> {
  heading(`web client (headless Chromium; ${MESSAGES} messages)`);
  const { realm, browser, close } = await realmWithBrowser();
  try {
    const client = await shipped(realm.url, '/');
    const docs = await shipped(realm.url, '/docs');
    record({
      name: `first load JS+CSS (${client.files} files, gzip)`,
      value: client.bytes / 1024,
      unit: 'KB',
      baseline: { name: `/docs Swagger UI (${docs.files} files)`, value: docs.bytes / 1024 },
      target: '≤ 150 KB',
      pass: client.bytes <= 150 * 1024,
    });

    const floor = await median(LOADS, () => coldLoad(browser, realm.url, '/healthz', null));
    const signedOut = await median(LOADS, () => coldLoad(browser, realm.url, '/', 'realm-chat:interactive'));
    record({
      name: 'cold load to interactive (sign-in screen), median',
      value: signedOut,
      unit: 'ms',
      baseline: { name: 'navigation to /healthz', value: floor },
      target: '≤ 1000 ms',
      pass: signedOut <= 1000,
    });

    // A reader with one DM of MESSAGES messages, sent through the API by the other side.
    const readerToken = await register(realm.url, 'reader');
    const writerToken = await register(realm.url, 'writer');
    const started = Date.now();
    for (let i = 0; i < MESSAGES; i += 100) {
      await Promise.all(
        Array.from({ length: Math.min(100, MESSAGES - i) }, (_, j) =>
          post(`${realm.url}/api/v1/direct/reader/messages`, writerToken, {
            text: `message ${i + j}: ${'lorem ipsum dolor sit amet '.repeat(1 + ((i + j) % 4))}`,
          }).then((r) => r.arrayBuffer()),
        ),
      );
    }
    note(`sent ${MESSAGES} messages in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    const me = (await (await fetch(`${realm.url}/api/v1/me`, { headers: { authorization: `Bearer ${readerToken}` } })).json()) as unknown;
    const session = { token: readerToken, user: me };
    const signedIn = await median(LOADS, () => coldLoad(browser, realm.url, '/', 'realm-chat:conversations', session));
    record({
      name: 'cold load to conversation list (signed in), median',
      value: signedIn,
      unit: 'ms',
      baseline: { name: 'navigation to /healthz', value: floor },
      target: '≤ 1000 ms',
      pass: signedIn <= 1000,
    });

    // Opening the big conversation: click → its newest message on screen.
    const context = await browser.newContext({ viewport: { width: 1200, height: 800 } });
    await context.addInitScript((s) => localStorage.setItem('realm-chat.session', s as string), JSON.stringify(session));
    const page = await context.newPage();
    const last = `message ${MESSAGES - 1}:`;
    const opens: number[] = [];
    const fetches: number[] = [];
    for (let i = 0; i < LOADS; i++) {
      // A real reload each time (a hash change alone would keep the loaded messages).
      await page.goto(`${realm.url}/?run=${i}#/`);
      await page.getByRole('link', { name: /writer/ }).waitFor();
      opens.push(
        (await page.evaluate(`new Promise((resolve) => {
          const t0 = performance.now();
          document.querySelector('a.conversation-item').click();
          const look = () => {
            const found = [...document.querySelectorAll('.message-text')].some((el) => el.textContent.startsWith(${JSON.stringify(last)}));
            if (found) resolve(performance.now() - t0);
            else requestAnimationFrame(look);
          };
          look();
        })`)) as number,
      );
      fetches.push(
        await page.evaluate(async (token) => {
          const t0 = performance.now();
          await (await fetch('/api/v1/direct/writer/messages?limit=50', { headers: { authorization: `Bearer ${token}` } })).json();
          return performance.now() - t0;
        }, readerToken),
      );
    }
    opens.sort((a, b) => a - b);
    fetches.sort((a, b) => a - b);
    record({
      name: `open a ${MESSAGES}-message conversation to its newest page on screen, median`,
      value: percentile(opens, 50),
      unit: 'ms',
      baseline: { name: 'fetching that page in the page', value: percentile(fetches, 50) },
      target: '≤ 200 ms',
      pass: percentile(opens, 50) <= 200,
    });

    // BENCH_WEB_PROFILE=<dir>: a CPU profile of the page (Chrome DevTools format) while it loads the
    // whole history and scrolls it.
    const profileDir = process.env.BENCH_WEB_PROFILE;
    const cdp = profileDir ? await context.newCDPSession(page) : null;
    if (cdp) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.start');
    }
    // Load the whole history into the list (scrolling to the top until the beginning), then scroll it.
    const loadStart = Date.now();
    await page.evaluate(`new Promise((resolve) => {
      const el = document.querySelector('.message-scroller');
      const step = () => {
        if (document.body.textContent.includes('This is the beginning of the conversation.')) resolve();
        else { el.scrollTop = 0; el.dispatchEvent(new Event('scroll')); setTimeout(step, 30); }
      };
      step();
    })`);
    const rendered = await page.locator('.message-scroller li.message').count();
    note(`loaded all ${MESSAGES} messages into the list in ${((Date.now() - loadStart) / 1000).toFixed(1)} s; ${rendered} rows in the DOM`);
    const idle = (await frameTimes(page, 240, 0)).sort((a, b) => a - b);
    const frame = percentile(idle, 50);
    // A fast fling (3,000 px/s at 60 frames/s) for 10 s, then the whole list in 600 frames (about
    // 60,000 px/s: every frame shows rows never rendered before).
    for (const [label, pxPerFrame] of [
      ['a 3,000 px/s fling for 600 frames', 50],
      [`all ${MESSAGES} messages in 600 frames`, 'all'],
    ] as const) {
      const scrolling = (await frameTimes(page, 600, pxPerFrame)).sort((a, b) => a - b);
      const dropped = scrolling.filter((t) => t > frame * 1.5).length;
      record({
        name: `scrolling ${label}: p99 frame`,
        value: percentile(scrolling, 99),
        unit: 'ms',
        baseline: { name: 'idle page p99 frame', value: percentile(idle, 99) },
      });
      record({
        name: `  frames longer than ${(frame * 1.5).toFixed(1)} ms (1.5 idle frames)`,
        value: dropped,
        unit: 'of 600',
        target: '0',
        pass: dropped === 0,
      });
    }
    if (cdp && profileDir) {
      const { profile } = await cdp.send('Profiler.stop');
      fs.mkdirSync(profileDir, { recursive: true });
      const file = path.join(profileDir, `web-${Date.now()}.cpuprofile`);
      fs.writeFileSync(file, JSON.stringify(profile));
      note(`page CPU profile: ${file}`);
    }
    await context.close();
  } finally {
    await close();
  }
}
