// The README's screenshots, taken from a real session: a group chat with a reply, reactions, a mention
// and an image, on a desktop in the light and dark themes and on a phone. Written to docs/screenshots/
// with UPDATE_SCREENSHOTS=1 (otherwise to a scratch directory: the flow is exercised either way).
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { describeBrowser, expectNoProblems, messageItem, messageLog, registerInBrowser, send, useBrowserRealm } from '../helpers/browser.js';

const root = path.resolve(import.meta.dirname, '../..');
const out = process.env.UPDATE_SCREENSHOTS === '1' ? path.join(root, 'docs', 'screenshots') : path.join(root, '.vitest-tmp', `screenshots-${process.pid}`);
// A picture drawn for the demo (240×160 PNG).
const PICTURE = fs.readFileSync(path.join(import.meta.dirname, 'fixtures', 'cover.png'));

describeBrowser()('web client: screenshots for the README', { timeout: 120_000 }, () => {
  const env = useBrowserRealm();
  beforeAll(() => {
    fs.mkdirSync(out, { recursive: true });
  });

  it('a group conversation, light and dark, desktop and phone', async () => {
    const sari = await registerInBrowser(env.browser, env.realm.url, 'sari');
    const budi = await registerInBrowser(env.browser, env.realm.url, 'budi');
    await sari.page.getByRole('link', { name: 'Groups' }).click();
    await sari.page.getByLabel('Group name').fill('book-club');
    await sari.page.getByLabel('Description').fill('Reading together, one chapter a week');
    await sari.page.getByRole('button', { name: 'Create', exact: true }).click();
    await sari.page.getByRole('heading', { name: '# book-club' }).waitFor();
    await budi.page.getByRole('link', { name: 'Groups' }).click();
    await budi.page.getByRole('button', { name: 'Join book-club' }).click();
    await budi.page.getByRole('heading', { name: '# book-club' }).waitFor();

    await send(sari.page, 'Welcome to the book club! This week: chapter one of Bumi Manusia.');
    await send(budi.page, 'Thanks Sari. Chapter one was great, Minke is quite a narrator.');
    const budiLine = messageItem(sari.page, 'Chapter one was great');
    await budiLine.waitFor();
    await budiLine.hover();
    await budiLine.getByRole('button', { name: 'Reply' }).click();
    await send(sari.page, 'Agreed! Shall we meet on Thursday to talk about it?');
    await budiLine.hover();
    await budiLine.getByRole('button', { name: 'Add reaction' }).click();
    await budiLine.getByRole('button', { name: '👍', exact: true }).click();
    await sari.page.locator('input[type=file]').setInputFiles({ name: 'cover.png', mimeType: 'image/png', buffer: PICTURE });
    await messageLog(sari.page).getByRole('img', { name: 'cover.png' }).waitFor();
    const box = budi.page.getByRole('textbox', { name: /^Message / });
    await box.pressSequentially('Thursday works, @sar', { delay: 5 });
    await budi.page.getByRole('option', { name: /sari/ }).waitFor();
    await box.press('Enter');
    await box.press('End');
    await box.pressSequentially('see you then', { delay: 5 });
    await box.press('Enter');
    await messageLog(sari.page).getByText('see you then').waitFor();
    await sari.page.mouse.move(0, 0);

    await sari.page.screenshot({ path: path.join(out, 'chat-light.png') });
    await sari.page.emulateMedia({ colorScheme: 'dark' });
    await sari.page.screenshot({ path: path.join(out, 'chat-dark.png') });

    const phone = await env.browser.newContext({
      viewport: { width: 390, height: 760 },
      deviceScaleFactor: 1,
      colorScheme: 'light',
      locale: 'en-US',
      timezoneId: 'UTC',
    });
    const storage = await budi.page.evaluate(() => localStorage.getItem('realm-chat.session'));
    await phone.addInitScript((s) => localStorage.setItem('realm-chat.session', s as string), storage);
    const page = await phone.newPage();
    await page.goto(`${env.realm.url}/#/c/${encodeURIComponent('group:book-club')}`);
    await messageLog(page).getByText('see you then').waitFor();
    await page.screenshot({ path: path.join(out, 'phone.png') });
    await phone.close();

    for (const name of ['chat-light.png', 'chat-dark.png', 'phone.png']) expect(fs.statSync(path.join(out, name)).size).toBeGreaterThan(10_000);
    expectNoProblems(sari);
    expectNoProblems(budi);
  });
});
