// The admin pages: a realm's admin adds a peer realm and sees its federation status, disables a user
// (who is signed out at once), and closes registration — all from the browser, each checked on the
// other side. A non-admin gets no admin page and the API refuses them anyway.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { apiUser, describeBrowser, expectNoProblems, launchChromium, openPage, registerInBrowser } from '../helpers/browser.js';
import { uniqueName } from '../helpers/factories.js';
import { closeRealms, startRealm, type TestRealm } from '../helpers/realms.js';

describeBrowser()('web client: admin pages', { timeout: 120_000 }, () => {
  let a: TestRealm;
  let b: TestRealm;
  let browser: Browser;

  beforeAll(async () => {
    [a, b] = await Promise.all([startRealm('realm-a'), startRealm('realm-b')]);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await closeRealms([a, b].filter(Boolean));
  });

  it('peers, users and registration', async () => {
    const admin = await registerInBrowser(browser, a.url, uniqueName('admin'));
    const member = await registerInBrowser(browser, a.url, uniqueName('member'));
    expect(await member.page.getByRole('link', { name: 'Admin' }).count()).toBe(0);
    expect((await a.f.get(await apiUser(member), '/api/v1/admin/users')).statusCode).toBe(403);

    await admin.page.getByRole('link', { name: 'Admin' }).click();
    await admin.page.getByRole('heading', { name: 'Peer realms' }).waitFor();
    await admin.page.getByLabel('Peer URL').fill(b.url);
    await admin.page.getByRole('button', { name: 'Add peer' }).click();
    const row = admin.page.getByRole('row', { name: /realm-b/ });
    await row.waitFor();
    await row.getByText(b.url).waitFor();
    await row.getByText(/idle|sending|backoff/).waitFor();

    // Disabling a user signs them out everywhere, at once.
    const line = admin.page.locator('li', { hasText: `@${member.username}` });
    await line.getByRole('button', { name: 'Disable' }).click();
    await line.getByText('disabled').waitFor();
    await member.page.getByRole('button', { name: 'Sign in' }).waitFor({ timeout: 15_000 });

    // Closed registration: a new visitor cannot create an account and is told why.
    await admin.page.getByLabel('Who can create an account').selectOption('closed');
    await expect.poll(async () => (await a.f.get(await apiUser(admin), '/api/v1/admin/registration')).json().mode).toBe('closed');
    const { page, context } = await openPage(browser, a.url);
    await page.getByRole('button', { name: 'Create an account' }).click();
    await page.getByLabel('Username').fill(uniqueName('late'));
    await page.getByLabel('Password').fill('password123');
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByRole('alert').waitFor();
    expect(await page.getByRole('alert').textContent()).toMatch(/closed|not open|invite/i);
    await context.close();
    expectNoProblems(admin);
  });
});
