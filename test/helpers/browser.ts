/// <reference lib="dom" />
// (DOM types: the callbacks given to page.evaluate run in the browser.)
// Real-browser tests: playwright-core driving the system's Chromium (Debian's package, never a
// downloaded browser). Where Chromium is missing the tests are skipped with a printed warning, unless
// REQUIRE_TEST_SERVICES=1 (.ci/run): then they fail.
import fs from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { CHROMIUM_PATH, launchChromium } from '../../tools/chromium.js';
import { closeRealms, startRealm, type TestRealm } from './realms.js';

const available = fs.existsSync(CHROMIUM_PATH);

export function describeBrowser(): typeof describe | typeof describe.skip {
  if (available) return describe;
  if (process.env.REQUIRE_TEST_SERVICES === '1')
    throw new Error(`Chromium is required (REQUIRE_TEST_SERVICES=1) but ${CHROMIUM_PATH} is missing: apt-get install -y chromium`);
  console.warn(`WARNING: Chromium (${CHROMIUM_PATH}) is missing: the browser tests are SKIPPED (apt-get install -y chromium)`);
  return describe.skip;
}

export { launchChromium };

export interface BrowserRealm {
  realm: TestRealm;
  browser: Browser;
}

/** In a describe block: one realm and one Chromium for the file, closed after it. */
export function useBrowserRealm(id = 'local'): BrowserRealm {
  const env = {} as BrowserRealm;
  beforeAll(async () => {
    env.realm = await startRealm(id);
    env.browser = await launchChromium();
  });
  afterAll(async () => {
    await env.browser?.close();
    if (env.realm) await closeRealms([env.realm]);
  });
  return env;
}

/** Everything a page complained about: script errors, console errors, CSP violations. */
export function watchPage(page: Page, problems: string[]): void {
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const text = message.text();
    // Expected while a test stops the server or takes the browser offline: not the client's fault.
    if (/ERR_CONNECTION_REFUSED|ERR_INTERNET_DISCONNECTED|WebSocket connection to .* failed|net::ERR_/.test(text)) return;
    // Answers the test provoked on purpose (a DM to nobody) are shown in the UI; the log line is noise.
    if (/Failed to load resource: the server responded with a status of 4\d\d/.test(text)) return;
    problems.push(`console: ${text}`);
  });
}

export interface WebUser {
  username: string;
  context: BrowserContext;
  page: Page;
  problems: string[];
}

export async function openPage(
  browser: Browser,
  baseUrl: string,
  viewport = { width: 1200, height: 800 },
): Promise<{ context: BrowserContext; page: Page; problems: string[] }> {
  const context = await browser.newContext({ viewport, baseURL: baseUrl, colorScheme: 'light', locale: 'en-US', timezoneId: 'UTC' });
  const page = await context.newPage();
  const problems: string[] = [];
  watchPage(page, problems);
  await page.goto('/');
  return { context, page, problems };
}

/** A new browser context whose user registers through the sign-in screen. */
export async function registerInBrowser(browser: Browser, baseUrl: string, username: string, viewport?: { width: number; height: number }): Promise<WebUser> {
  const { context, page, problems } = await openPage(browser, baseUrl, viewport);
  await page.getByRole('button', { name: 'Create an account' }).click();
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password').fill('password123');
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.getByText(`@${username}`, { exact: true }).waitFor();
  return { username, context, page, problems };
}

export async function signInInBrowser(browser: Browser, baseUrl: string, username: string): Promise<WebUser> {
  const { context, page, problems } = await openPage(browser, baseUrl);
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password').fill('password123');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByText(`@${username}`, { exact: true }).waitFor();
  return { username, context, page, problems };
}

/** The message list of the open conversation. */
export const messageLog = (page: Page) => page.getByRole('log', { name: 'Messages' });

export async function openDirect(page: Page, address: string): Promise<void> {
  await page.getByRole('link', { name: 'New message' }).click();
  await page.getByLabel('user or user@realm').fill(address);
  await page.getByRole('button', { name: 'Open' }).click();
  await page.getByRole('heading', { name: address }).waitFor();
}

export async function send(page: Page, text: string): Promise<void> {
  const box = page.getByRole('textbox', { name: /^Message / });
  await box.fill(text);
  await box.press('Enter');
}

/** The delivered message of the open conversation whose own text (not a quote of it) has `text`. */
export const messageItem = (page: Page, text: string) =>
  messageLog(page)
    .locator('li.message:not(.pending)')
    .filter({ has: page.locator('.message-text', { hasText: text }) });

/** How many messages of the open conversation show exactly this text (delivered, not pending). */
export function countMessages(page: Page, text: string): Promise<number> {
  return messageLog(page).locator('li.message:not(.pending) .message-text', { hasText: text }).count();
}

export function expectNoProblems(user: { problems: string[] }): void {
  expect(user.problems, user.problems.join('\n')).toEqual([]);
}

/** The browser user's session as a test API user (for checking what the server stored). */
export async function apiUser(user: WebUser): Promise<{ username: string; token: string; auth: { authorization: string } }> {
  const token = await user.page.evaluate(() => (JSON.parse(localStorage.getItem('realm-chat.session') ?? '{}') as { token: string }).token);
  return { username: user.username, token, auth: { authorization: `Bearer ${token}` } };
}

/**
 * fetch from the test process, body always read: a response left unread keeps its keep-alive
 * connection busy, and the server's close then waits for it (a teardown that hung for 60 s).
 */
export async function fetchRead(url: string, init?: RequestInit): Promise<{ status: number; headers: Headers; text: string }> {
  const response = await fetch(url, init);
  return { status: response.status, headers: response.headers, text: await response.text() };
}
