// Two realms in one process, each serving its own web client: a user on realm B starts a DM with
// alice@realm-a from the browser, and they chat both ways, live.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, it } from 'vitest';
import { describeBrowser, expectNoProblems, launchChromium, messageLog, openDirect, registerInBrowser, send } from '../helpers/browser.js';
import { uniqueName } from '../helpers/factories.js';
import { closeRealms, startRealms, type TestRealm } from '../helpers/realms.js';

describeBrowser()('web client: chatting across realms', { timeout: 120_000 }, () => {
  let realms: TestRealm[] = [];
  let browser: Browser;

  beforeAll(async () => {
    realms = await startRealms(['realm-a', 'realm-b']);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await closeRealms(realms);
  });

  it('a user on realm B messages user@realm-a and gets the answer live', async () => {
    const [a, b] = realms as [TestRealm, TestRealm];
    const alice = await registerInBrowser(browser, a.url, uniqueName('alice'));
    const bob = await registerInBrowser(browser, b.url, uniqueName('bob'));

    await openDirect(bob.page, `${alice.username}@realm-a`);
    await send(bob.page, 'Greetings from realm B');
    await messageLog(bob.page).locator('li.message:not(.pending)', { hasText: 'Greetings from realm B' }).waitFor();

    const entry = alice.page.getByRole('link', { name: new RegExp(`${bob.username}@realm-b`) });
    await entry.waitFor({ timeout: 20_000 });
    await entry.click();
    await messageLog(alice.page).getByText('Greetings from realm B').waitFor();
    await send(alice.page, 'Hello from realm A');
    await messageLog(bob.page).getByText('Hello from realm A').waitFor({ timeout: 20_000 });
    expectNoProblems(alice);
    expectNoProblems(bob);
  });
});
