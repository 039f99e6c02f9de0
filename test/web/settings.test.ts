// The account page: a new display name and picture show where others see them, a token made here
// works for a script until it is revoked, and a password change signs the other browser out.
import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import {
  apiUser,
  describeBrowser,
  expectNoProblems,
  fetchRead,
  messageLog,
  openDirect,
  registerInBrowser,
  send,
  signInInBrowser,
  useBrowserRealm,
} from '../helpers/browser.js';
import { uniqueName } from '../helpers/factories.js';

describeBrowser()('web client: account settings', { timeout: 120_000 }, () => {
  const env = useBrowserRealm();

  it('profile, picture, tokens, password', async () => {
    const alice = await registerInBrowser(env.browser, env.realm.url, uniqueName('alice'));
    const bob = await registerInBrowser(env.browser, env.realm.url, uniqueName('bob'));
    await alice.page.getByRole('link', { name: 'Settings' }).click();
    await alice.page.getByLabel('Display name', { exact: true }).fill('Alice Wonder');
    await alice.page.getByRole('button', { name: 'Save' }).click();
    await alice.page.getByRole('status').getByText('Saved.').waitFor();
    await alice.page.locator('.sidebar-head').getByText('Alice Wonder').waitFor();
    await alice.page
      .locator('input[type=file]')
      .setInputFiles({ name: 'me.png', mimeType: 'image/png', buffer: fs.readFileSync(path.join(import.meta.dirname, 'fixtures', 'cover.png')) });
    await alice.page.locator('.sidebar-head img').waitFor();

    await openDirect(alice.page, bob.username);
    await send(alice.page, 'new name, new face');
    await bob.page.getByRole('link', { name: /Alice Wonder|alice/ }).click();
    const line = messageLog(bob.page).locator('li.message', { hasText: 'new name, new face' });
    await line.getByText('Alice Wonder').waitFor();
    await expect.poll(() => line.locator('img').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);

    // A token for a script: shown once, works, and stops working when revoked.
    await alice.page.getByRole('link', { name: 'Settings' }).click();
    // Alice is this realm's first user, so its admin: the admin scope is offered to her.
    await alice.page.getByLabel('What the token is for').fill('backup script');
    await alice.page.getByRole('checkbox', { name: 'admin' }).check();
    await alice.page.getByRole('button', { name: 'Create token' }).click();
    const token = (await alice.page.locator('code.secret').textContent())!;
    const me = await fetchRead(`${env.realm.url}/api/v1/me`, { headers: { authorization: `Bearer ${token}` } });
    expect(me.status).toBe(200);
    expect((await fetchRead(`${env.realm.url}/api/v1/admin/users`, { headers: { authorization: `Bearer ${token}` } })).status).toBe(200);
    await bob.page.getByRole('link', { name: 'Settings' }).click();
    await bob.page.getByLabel('What the token is for').waitFor();
    expect(await bob.page.getByRole('checkbox', { name: 'write' }).count()).toBe(1);
    expect(await bob.page.getByRole('checkbox', { name: 'admin' }).count()).toBe(0);
    await alice.page.locator('li', { hasText: 'backup script' }).getByRole('button', { name: 'Revoke' }).click();
    await alice.page.locator('li', { hasText: 'backup script' }).waitFor({ state: 'detached' });
    expect((await fetchRead(`${env.realm.url}/api/v1/me`, { headers: { authorization: `Bearer ${token}` } })).status).toBe(401);

    // A second browser signed in; the password change signs it out, this one stays.
    const other = await signInInBrowser(env.browser, env.realm.url, alice.username);
    await alice.page.getByRole('heading', { name: 'Where you are signed in' }).waitFor();
    await alice.page.getByLabel('Current password').fill('password123');
    await alice.page.getByLabel(/New password/).fill('a much better password');
    await alice.page.getByRole('button', { name: 'Change password' }).click();
    await alice.page.getByText(/Password changed/).waitFor();
    await other.page.getByRole('button', { name: 'Sign in' }).waitFor({ timeout: 15_000 });
    expect((await env.realm.f.get(await apiUser(alice), '/api/v1/me')).statusCode).toBe(200);
    expectNoProblems(alice);
    expectNoProblems(bob);
  });
});
