// The web client never loses or doubles a message across a reload, a server restart or going offline:
// it resumes the WebSocket from the last seq it stored, and its outbox sends what was typed meanwhile
// exactly once (clientTxnId). Checked on screen and against what the server stored.
import { expect, it } from 'vitest';
import {
  apiUser,
  countMessages,
  describeBrowser,
  expectNoProblems,
  messageLog,
  openDirect,
  registerInBrowser,
  send,
  type WebUser,
  useBrowserRealm,
} from '../helpers/browser.js';
import { uniqueName } from '../helpers/factories.js';
import { startRealm } from '../helpers/realms.js';

describeBrowser()('web client: resume without gaps or duplicates', { timeout: 120_000 }, () => {
  const env = useBrowserRealm();

  /** Two users with a DM open on both sides. */
  async function pair(): Promise<[WebUser, WebUser]> {
    const alice = await registerInBrowser(env.browser, env.realm.url, uniqueName('alice'));
    const bob = await registerInBrowser(env.browser, env.realm.url, uniqueName('bob'));
    await openDirect(alice.page, bob.username);
    await send(alice.page, 'hello');
    await bob.page.getByRole('link', { name: new RegExp(alice.username) }).click();
    await messageLog(bob.page).getByText('hello').waitFor();
    return [alice, bob];
  }

  /** The texts the server stored in the DM, oldest first. */
  async function stored(user: WebUser, other: string): Promise<string[]> {
    const res = await env.realm.f.get(await apiUser(user), `/api/v1/direct/${other}/messages?limit=100`);
    return (res.json().messages as { text: string; seq: number }[]).sort((a, b) => a.seq - b.seq).map((m) => m.text);
  }

  it('a reload while messages arrive shows each once, in order', async () => {
    const [alice, bob] = await pair();
    const reload = bob.page.reload();
    for (const text of ['during reload 1', 'during reload 2', 'during reload 3']) await send(alice.page, text);
    await reload;
    await bob.page.getByText(`@${bob.username}`, { exact: true }).waitFor();
    await messageLog(bob.page).getByText('during reload 3').waitFor();
    await send(alice.page, 'after reload');
    await messageLog(bob.page).getByText('after reload').waitFor();
    for (const text of ['hello', 'during reload 1', 'during reload 2', 'during reload 3', 'after reload']) expect(await countMessages(bob.page, text)).toBe(1);
    const order = await messageLog(bob.page).locator('li.message .message-text').allTextContents();
    expect(order).toEqual(['hello', 'during reload 1', 'during reload 2', 'during reload 3', 'after reload']);
    expectNoProblems(alice);
    expectNoProblems(bob);
  });

  it('a server restart: the page says it is reconnecting, queues what is typed, then resumes and sends it once', async () => {
    const [alice, bob] = await pair();
    const { port, dataDir } = env.realm;
    await env.realm.close();
    await alice.page.getByRole('status').getByText('Reconnecting…').waitFor();
    await send(alice.page, 'typed while the server was down');
    await messageLog(alice.page).locator('li.pending', { hasText: 'typed while the server was down' }).waitFor();

    env.realm = await startRealm('local', { port, dataDir });
    await messageLog(bob.page).getByText('typed while the server was down').waitFor({ timeout: 30_000 });
    await alice.page.getByRole('status').waitFor({ state: 'detached' });
    await messageLog(alice.page).locator('li.pending').waitFor({ state: 'detached' });
    await send(bob.page, 'after the restart');
    await messageLog(alice.page).getByText('after the restart').waitFor();
    expect(await countMessages(alice.page, 'typed while the server was down')).toBe(1);
    expect(await countMessages(bob.page, 'typed while the server was down')).toBe(1);
    expect(await stored(alice, bob.username)).toEqual(['hello', 'typed while the server was down', 'after the restart']);
    expectNoProblems(alice);
    expectNoProblems(bob);
  });

  it('offline: a send is queued, the page says so, and once back online it is delivered once and missed messages arrive', async () => {
    const [alice, bob] = await pair();
    await alice.context.setOffline(true);
    await alice.page
      .getByRole('status')
      .getByText(/You are offline/)
      .waitFor();
    await send(alice.page, 'sent while offline');
    await messageLog(alice.page).locator('li.pending', { hasText: 'sent while offline' }).getByText('Waiting for connection').waitFor();
    await send(bob.page, 'while you were away');
    await messageLog(bob.page).getByText('while you were away').waitFor();
    // Still offline: nothing reached the server.
    expect(await stored(bob, alice.username)).toEqual(['hello', 'while you were away']);

    await alice.context.setOffline(false);
    await messageLog(alice.page).getByText('while you were away').waitFor();
    await messageLog(bob.page).getByText('sent while offline').waitFor();
    await messageLog(alice.page).locator('li.pending').waitFor({ state: 'detached' });
    expect(await countMessages(alice.page, 'sent while offline')).toBe(1);
    expect(await countMessages(bob.page, 'sent while offline')).toBe(1);
    expect(await countMessages(alice.page, 'while you were away')).toBe(1);
    expect(await stored(bob, alice.username)).toEqual(['hello', 'while you were away', 'sent while offline']);
    expectNoProblems(alice);
    expectNoProblems(bob);
  });

  it('what was typed but not sent survives a reload (the draft is kept), and is forgotten on signing out', async () => {
    const [alice] = await pair();
    await alice.page.getByRole('textbox', { name: /^Message / }).fill('half a thought');
    await alice.page.reload();
    await expect.poll(() => alice.page.getByRole('textbox', { name: /^Message / }).inputValue()).toBe('half a thought');
    // Signing out forgets it (a shared computer): drafts, unsent messages and the resume point go.
    await alice.page.getByRole('button', { name: 'Sign out' }).click();
    await alice.page.getByRole('button', { name: 'Sign in' }).waitFor();
    const kept = await alice.page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('realm-chat.')));
    expect(kept.filter((k) => k !== 'realm-chat.language')).toEqual([]);
    expectNoProblems(alice);
  });
});
