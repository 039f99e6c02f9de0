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

  it('an owner on realm A adds user@realm-b to a group: B is told live, accepts the invitation and posts', async () => {
    const [a, b] = realms as [TestRealm, TestRealm];
    const owner = await registerInBrowser(browser, a.url, uniqueName('owner'));
    const carol = await registerInBrowser(browser, b.url, uniqueName('carol'));
    const group = uniqueName('hall').toLowerCase();
    await owner.page.getByRole('link', { name: 'Groups' }).click();
    await owner.page.getByLabel('Group name').fill(group);
    await owner.page.getByRole('button', { name: 'Create', exact: true }).click();
    await owner.page.getByRole('heading', { name: `# ${group}` }).waitFor();
    await owner.page.getByRole('button', { name: 'Members' }).click();
    const panel = owner.page.getByRole('complementary', { name: 'Members' });
    await panel.getByRole('textbox', { name: /Add member/ }).fill(`${carol.username}@realm-b`);
    await panel.getByRole('button', { name: 'Add', exact: true }).click();
    // The owner is told what happens next, instead of a silent "member" nobody on B ever sees.
    await panel.getByRole('status').filter({ hasText: 'is invited' }).waitFor();

    // Carol's page shows the invitation without a reload, and she accepts it.
    await carol.page.getByLabel('Invitations: 1').waitFor({ timeout: 20_000 });
    await carol.page.getByRole('link', { name: 'Groups' }).click();
    const invitations = carol.page.getByRole('region', { name: 'Invitations' });
    await invitations.getByRole('button', { name: `Join ${group}@realm-a` }).click();
    const entry = carol.page.getByRole('link', { name: new RegExp(`# ${group}@realm-a`) });
    await entry.waitFor({ timeout: 20_000 });
    await entry.click();
    await send(carol.page, 'Thanks for the invite');
    await owner.page.getByRole('button', { name: 'Close' }).click();
    await messageLog(owner.page).getByText('Thanks for the invite').waitFor({ timeout: 20_000 });
    expectNoProblems(owner);
    expectNoProblems(carol);
  });
});
