// The web client for everyone: axe-core finds no serious or critical violations on the sign-in screen,
// the chat and the other views, in light and dark themes; the keyboard alone can sign in and send; a
// phone-sized screen shows one column at a time; the page runs under its strict Content-Security-Policy;
// and the Indonesian UI is complete.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import {
  describeBrowser,
  expectNoProblems,
  fetchRead,
  messageLog,
  openDirect,
  openPage,
  registerInBrowser,
  send,
  useBrowserRealm,
} from '../helpers/browser.js';
import { uniqueName } from '../helpers/factories.js';

const AXE = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** axe-core's serious and critical findings on the page as it is now (WCAG 2.x A and AA rules). */
async function seriousViolations(page: Page): Promise<string[]> {
  // page.evaluate runs outside the page's CSP, so axe needs no script-src exception.
  const violations = (await page.evaluate(
    `(() => { ${AXE}; return axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }).then(r => r.violations); })()`,
  )) as Violation[];
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describeBrowser()('web client: accessibility, phone layout, CSP and languages', { timeout: 120_000 }, () => {
  const env = useBrowserRealm();

  it('axe finds no serious violations in the sign-in screen and the chat views, light and dark', async () => {
    const { page: signIn, context } = await openPage(env.browser, env.realm.url);
    await signIn.getByRole('button', { name: 'Sign in' }).waitFor();
    expect(await seriousViolations(signIn)).toEqual([]);
    await context.close();

    const bob = await registerInBrowser(env.browser, env.realm.url, uniqueName('bob'));
    const alice = await registerInBrowser(env.browser, env.realm.url, uniqueName('alice'));
    await openDirect(alice.page, bob.username);
    await send(alice.page, `Hi @${bob.username}, see https://example.org`);
    await messageLog(alice.page).locator('li.message:not(.pending)').first().waitFor();
    for (const scheme of ['light', 'dark'] as const) {
      await alice.page.emulateMedia({ colorScheme: scheme });
      expect(await seriousViolations(alice.page), `conversation, ${scheme}`).toEqual([]);
    }
    await alice.page.getByRole('link', { name: 'Groups' }).click();
    await alice.page.getByRole('heading', { name: 'Groups', exact: true }).waitFor();
    expect(await seriousViolations(alice.page), 'groups').toEqual([]);
    await alice.page.getByRole('link', { name: 'Search' }).click();
    expect(await seriousViolations(alice.page), 'search').toEqual([]);
    await alice.page.getByRole('link', { name: 'Settings' }).click();
    await alice.page.getByRole('heading', { name: 'Where you are signed in' }).waitFor();
    expect(await seriousViolations(alice.page), 'settings').toEqual([]);
    // Bob is this realm's first user (this test runs first), hence its admin.
    await bob.page.getByRole('link', { name: 'Admin' }).click();
    await bob.page.getByRole('heading', { name: 'Peer realms' }).waitFor();
    await bob.page.getByRole('heading', { name: 'Users' }).waitFor();
    expect(await seriousViolations(bob.page), 'admin').toEqual([]);
    expectNoProblems(alice);
    expectNoProblems(bob);
  });

  it('the keyboard alone signs in, opens a conversation and sends', async () => {
    const carol = await registerInBrowser(env.browser, env.realm.url, uniqueName('carol'));
    const dave = await registerInBrowser(env.browser, env.realm.url, uniqueName('dave'));
    await openDirect(dave.page, carol.username);
    await send(dave.page, 'ping');
    await carol.context.close();

    const { page, problems } = await openPage(env.browser, env.realm.url);
    await page.getByLabel('Username').waitFor();
    // The username field has focus on load; Tab walks the form in order.
    await page.keyboard.type(carol.username);
    await page.keyboard.press('Tab');
    await page.keyboard.type('password123');
    await page.keyboard.press('Enter');
    await page.getByText(`@${carol.username}`, { exact: true }).waitFor();
    const entry = page.getByRole('link', { name: new RegExp(dave.username) });
    await entry.focus();
    await page.keyboard.press('Enter');
    // Opening a conversation puts the focus in its composer.
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(`Message ${dave.username}`);
    await page.keyboard.type('pong');
    await page.keyboard.press('Enter');
    await messageLog(dave.page).getByText('pong').waitFor();
    await messageLog(page).locator('li.message:not(.pending)', { hasText: 'pong' }).waitFor();
    // The list: arrows move between messages, Tab reaches the focused message's actions.
    await messageLog(page).focus();
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toContain('ping');
    await page.keyboard.press('Tab');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Add reaction');
    // The picker takes the focus: Enter picks its first reaction.
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('👍');
    await page.keyboard.press('Enter');
    await messageLog(dave.page).locator('li.message', { hasText: 'ping' }).getByRole('button', { name: '👍 1' }).waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(`Message ${dave.username}`);
    expect(problems).toEqual([]);
  });

  it('a phone-sized screen shows the list, then the conversation with a way back', async () => {
    const erin = await registerInBrowser(env.browser, env.realm.url, uniqueName('erin'), { width: 390, height: 844 });
    const frank = await registerInBrowser(env.browser, env.realm.url, uniqueName('frank'));
    await openDirect(frank.page, erin.username);
    await send(frank.page, 'on your phone?');
    const entry = erin.page.getByRole('link', { name: new RegExp(frank.username) });
    await entry.click();
    await messageLog(erin.page).getByText('on your phone?').waitFor();
    // One column: the list is hidden while the conversation shows, and nothing overflows sideways.
    expect(await erin.page.getByRole('complementary', { name: 'Conversations' }).isVisible()).toBe(false);
    expect(await erin.page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await erin.page.getByRole('link', { name: 'Back' }).click();
    await erin.page.getByRole('complementary', { name: 'Conversations' }).waitFor();
    expect(await seriousViolations(erin.page)).toEqual([]);
    expectNoProblems(erin);
  });

  it('the page is served with a strict CSP and runs under it; assets are cached, index.html revalidated', async () => {
    const index = await fetchRead(`${env.realm.url}/`);
    const csp = index.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
    expect(index.headers.get('cache-control')).toBe('no-cache');
    const html = index.text;
    const script = /src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
    expect(script).toBeDefined();
    const asset = await fetchRead(`${env.realm.url}${script}`);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    // Unknown paths still get the API's JSON 404, not the page.
    const missing = await fetchRead(`${env.realm.url}/no/such/page`);
    expect(missing.status).toBe(404);
    expect(JSON.parse(missing.text)).toMatchObject({ error: { code: 'not_found' } });

    // Any CSP violation in a full session shows up as a console error, which the watcher collects.
    const user = await registerInBrowser(env.browser, env.realm.url, uniqueName('gina'));
    const violations: string[] = [];
    await user.page.exposeFunction('reportViolation', (text: string) => violations.push(text));
    await user.page.evaluate(() =>
      document.addEventListener(
        'securitypolicyviolation',
        (e) => void (window as unknown as { reportViolation: (s: string) => void }).reportViolation(`${e.violatedDirective} ${e.blockedURI}`),
      ),
    );
    await openDirect(user.page, user.username);
    await send(user.page, 'note to self');
    await messageLog(user.page).locator('li.message:not(.pending)').first().waitFor();
    expect(violations).toEqual([]);
    expectNoProblems(user);
  });

  // Every string exists in both languages by the type of the tables (web/src/i18n.ts); here: the choice
  // applies to the whole screen at once and is kept.
  it('the Indonesian UI replaces every English string on screen, and the choice is kept', async () => {
    const { page, problems } = await openPage(env.browser, env.realm.url);
    await page.getByLabel('Language').selectOption('id');
    await page.getByRole('button', { name: 'Masuk' }).waitFor();
    const text = await page.locator('body').innerText();
    for (const english of ['Sign in', 'Username', 'Password', 'Create an account']) expect(text).not.toContain(english);
    await page.reload();
    await page.getByRole('button', { name: 'Masuk' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('id');
    expect(problems).toEqual([]);
  });
});
