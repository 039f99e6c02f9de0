// Two people in two browser contexts chat through the web client: a DM (unread badge, live messages,
// typing, reply, reaction, edit, delete) and a group (create, browse, join, members).
import { expect, it } from 'vitest';
import {
  apiUser,
  countMessages,
  describeBrowser,
  expectNoProblems,
  messageItem,
  messageLog,
  openDirect,
  registerInBrowser,
  send,
  useBrowserRealm,
} from '../helpers/browser.js';
import { uniqueName } from '../helpers/factories.js';

describeBrowser()('web client: chatting in a real browser', { timeout: 90_000 }, () => {
  const env = useBrowserRealm();

  const user = (prefix: string) => registerInBrowser(env.browser, env.realm.url, uniqueName(prefix));

  it('a DM: the other side sees it live with an unread badge, replies, reacts, edits and deletes', async () => {
    const alice = await user('alice');
    const bob = await user('bob');
    await openDirect(alice.page, bob.username);
    await send(alice.page, 'Hello Bob, lunch today?');
    await messageLog(alice.page).getByText('Hello Bob, lunch today?').waitFor();

    // Bob's conversation list gets the DM live, with an unread badge and the last message.
    const entry = bob.page.getByRole('link', { name: new RegExp(alice.username) });
    await entry.getByText('Hello Bob, lunch today?').waitFor();
    await expect(entry.getByLabel('1 unread').textContent()).resolves.toBe('1');
    await entry.click();
    await messageLog(bob.page).getByText('Hello Bob, lunch today?').waitFor();
    // Reading it clears the badge.
    await bob.page
      .getByRole('link', { name: new RegExp(alice.username) })
      .getByLabel(/unread/)
      .waitFor({ state: 'detached' });

    // Typing shows on the other side.
    await bob.page.getByRole('textbox', { name: /^Message / }).pressSequentially('Sure', { delay: 20 });
    await alice.page.getByText(`${bob.username} is typing…`).waitFor();
    await bob.page.getByRole('textbox', { name: /^Message / }).press('Enter');
    await messageLog(alice.page).getByText('Sure').waitFor();

    // Bob replies to Alice's message; Alice sees the quote live.
    const first = messageItem(bob.page, 'Hello Bob, lunch today?');
    await first.hover();
    await first.getByRole('button', { name: 'Reply' }).click();
    await bob.page.getByText('Replying to').waitFor();
    await send(bob.page, 'At noon');
    const reply = messageItem(alice.page, 'At noon');
    await reply.locator('.quote', { hasText: 'Hello Bob, lunch today?' }).waitFor();

    // Alice reacts to the reply; Bob sees the reaction live, then adds his own to the same emoji.
    await reply.hover();
    await reply.getByRole('button', { name: 'Add reaction' }).click();
    await reply.getByRole('button', { name: '🎉', exact: true }).click();
    const bobsReply = messageItem(bob.page, 'At noon');
    await bobsReply.getByRole('button', { name: '🎉 1' }).waitFor();
    await bobsReply.getByRole('button', { name: '🎉 1' }).click();
    await reply.getByRole('button', { name: '🎉 2' }).waitFor();

    // Alice edits her message and Bob sees the new text; then she deletes it.
    // By id: while editing, the text is an editor, not message text.
    const mine = alice.page.locator(`#${await messageItem(alice.page, 'Hello Bob, lunch today?').getAttribute('id')}`);
    await mine.hover();
    await mine.getByRole('button', { name: 'Edit' }).click();
    const editor = mine.getByRole('textbox', { name: 'Edit' });
    await editor.fill('Hello Bob, dinner today?');
    await editor.press('Enter');
    await messageLog(bob.page).getByText('Hello Bob, dinner today?').waitFor();
    await messageItem(bob.page, 'Hello Bob, dinner today?').getByText('(edited)').waitFor();
    alice.page.once('dialog', (dialog) => void dialog.accept());
    const edited = messageItem(alice.page, 'Hello Bob, dinner today?');
    await edited.hover();
    await edited.getByRole('button', { name: 'Delete' }).click();
    await messageLog(bob.page).getByText('This message was deleted.').first().waitFor();
    expect(await countMessages(bob.page, 'dinner today')).toBe(0);

    expectNoProblems(alice);
    expectNoProblems(bob);
  });

  it('hostile content is shown as text: no markup, no script, no javascript: links', async () => {
    const mallory = await user('mallory');
    const victim = await user('victim');
    // A display name with markup, set through the API as an attacker would.
    const res = await env.realm.f.call(await apiUser(mallory), 'PATCH', '/api/v1/me', { displayName: '<img src=x onerror="window.__pwned=1">' });
    expect(res.statusCode).toBe(200);
    await openDirect(mallory.page, victim.username);
    const payloads = [
      '<script>window.__pwned=2</script>',
      '<img src=x onerror="window.__pwned=3">',
      'javascript:window.__pwned=4',
      '[click](javascript:window.__pwned=5) http://ok.example/"onmouseover="window.__pwned=6',
    ];
    for (const text of payloads) await send(mallory.page, text);
    await victim.page.getByRole('link', { name: /mallory/ }).click();
    for (const text of payloads) await messageItem(victim.page, text).waitFor();
    const log = messageLog(victim.page);
    await log.hover();
    expect(await log.locator('img[src="x"], script').count()).toBe(0);
    const hrefs = await log.locator('a[href]').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(hrefs.filter((h) => !/^(https?:\/\/|#\/)/.test(h ?? ''))).toEqual([]);
    expect(await victim.page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await log.getByText('<img src=x onerror="window.__pwned=1">').first().waitFor();
    expectNoProblems(victim);
  });

  it('names others chose are isolated from the text around them (a right-to-left name reorders nothing)', async () => {
    const rachel = await user('rachel');
    const victim = await user('isolated');
    const name = 'רחל (admin)';
    expect((await env.realm.f.call(await apiUser(rachel), 'PATCH', '/api/v1/me', { displayName: name })).statusCode).toBe(200);
    // The server refuses what would reverse the text itself.
    expect((await env.realm.f.call(await apiUser(rachel), 'PATCH', '/api/v1/me', { displayName: 'x\u202Eevil' })).statusCode).toBe(400);
    await openDirect(rachel.page, victim.username);
    await send(rachel.page, 'shalom');
    await victim.page.getByRole('link', { name: new RegExp(rachel.username) }).click();
    await messageItem(victim.page, 'shalom').waitFor();
    // Every place the name shows, it sits in its own <bdi> (unicode-bidi: isolate).
    const isolated = await victim.page.evaluate((n) => {
      const shown = Array.from(document.querySelectorAll('body *')).filter((e) => e.childElementCount === 0 && e.textContent === n);
      return shown.map((e) => e.tagName === 'BDI' && getComputedStyle(e).unicodeBidi === 'isolate');
    }, name);
    expect(isolated.length).toBeGreaterThanOrEqual(1); // the message's sender
    expect(isolated.every(Boolean)).toBe(true);
    // So are conversation titles and the last message's preview in the list.
    const list = victim.page.locator('.conversation-item').first();
    expect(await list.locator('.conversation-title bdi').count()).toBe(1);
    expect(await list.locator('.conversation-preview bdi').count()).toBeGreaterThanOrEqual(1);
    expectNoProblems(victim);
  });

  it('threads and pins: a reply in the thread panel, a pin seen live and listed', async () => {
    const alice = await user('alice');
    const bob = await user('bob');
    await openDirect(alice.page, bob.username);
    await send(alice.page, 'Which day suits everyone?');
    await bob.page.getByRole('link', { name: new RegExp(alice.username) }).click();
    const question = messageItem(bob.page, 'Which day suits everyone?');
    await question.hover();
    await question.getByRole('button', { name: 'Thread' }).click();
    const thread = bob.page.getByRole('complementary', { name: 'Thread' });
    await thread.getByRole('textbox', { name: 'Reply' }).fill('Friday for me');
    await thread.getByRole('button', { name: 'Send', exact: true }).click();
    await thread.getByText('Friday for me').waitFor();

    // Alice sees the reply counted on her message and opens the thread.
    const asked = messageItem(alice.page, 'Which day suits everyone?');
    await asked.getByRole('button', { name: '1 reply' }).click();
    await alice.page.getByRole('complementary', { name: 'Thread' }).getByText('Friday for me').waitFor();
    await alice.page.getByRole('button', { name: 'Close' }).click();

    // Alice pins her question; Bob sees it pinned live and in the pins panel.
    await asked.hover();
    await asked.getByRole('button', { name: 'Pin' }).click();
    await question.getByText('Pinned').waitFor();
    await bob.page.getByRole('button', { name: 'Close' }).click();
    await bob.page.getByRole('button', { name: 'Pinned messages' }).click();
    await bob.page.getByRole('complementary', { name: 'Pinned messages' }).getByText('Which day suits everyone?').waitFor();
    expectNoProblems(alice);
    expectNoProblems(bob);
  });

  it('a group: created by one, found and joined by another, messages both ways, members listed', async () => {
    const owner = await user('owner');
    const guest = await user('guest');
    const group = uniqueName('team').replace(/_/g, '-');

    await owner.page.getByRole('link', { name: 'Groups' }).click();
    await owner.page.getByLabel('Group name').fill(group);
    await owner.page.getByLabel('Description').fill('The team room');
    await owner.page.getByRole('button', { name: 'Create', exact: true }).click();
    await owner.page.getByRole('heading', { name: `# ${group}` }).waitFor();

    await guest.page.getByRole('link', { name: 'Groups' }).click();
    await guest.page.getByRole('searchbox', { name: 'Find groups' }).fill(group);
    await guest.page.getByRole('button', { name: `Join ${group}` }).click();
    await guest.page.getByRole('heading', { name: `# ${group}` }).waitFor();

    await send(guest.page, 'Hi team');
    await messageLog(owner.page).getByText('Hi team').waitFor();
    // @ suggests people: Enter picks the suggestion, the next Enter sends.
    const box = owner.page.getByRole('textbox', { name: /^Message / });
    await box.pressSequentially(`Welcome @${guest.username.slice(0, 6)}`, { delay: 10 });
    await owner.page.getByRole('option', { name: new RegExp(guest.username) }).waitFor();
    await box.press('Enter');
    await expect.poll(() => box.inputValue()).toBe(`Welcome @${guest.username} `);
    await box.press('Enter');
    await messageLog(guest.page)
      .locator('.mention.me', { hasText: `@${guest.username}` })
      .waitFor();

    await owner.page.getByRole('button', { name: 'Members' }).click();
    const panel = owner.page.getByRole('complementary', { name: 'Members' });
    await panel.getByText(`@${guest.username}`).waitFor();
    // A member has no management controls; once the owner makes them an admin, they do.
    await guest.page.getByRole('button', { name: 'Members' }).click();
    const guestPanel = guest.page.getByRole('complementary', { name: 'Members' });
    await guestPanel.getByText(`@${owner.username}`).waitFor();
    expect(await guestPanel.getByRole('textbox', { name: /Add member/ }).count()).toBe(0);
    await panel.getByRole('combobox', { name: `Role: ${guest.username}` }).selectOption('admin');
    await guestPanel.getByRole('textbox', { name: /Add member/ }).waitFor();

    // The guest leaves: the group leaves their list, and the owner sees the member count drop.
    await guestPanel.getByRole('button', { name: 'Leave group' }).click();
    await guest.page.getByRole('link', { name: new RegExp(`# ${group}`) }).waitFor({ state: 'detached' });
    await panel.getByText(`@${guest.username}`).waitFor({ state: 'detached' });
    expectNoProblems(owner);
    expectNoProblems(guest);
  });

  it('history pages in as you scroll up, back to the beginning, each message once', async () => {
    const alice = await user('alice');
    const bob = await user('bob');
    const api = await apiUser(alice);
    for (let i = 0; i < 130; i++) expect((await env.realm.f.dm(api, bob.username, `history ${i}`)).statusCode).toBe(201);
    await bob.page.getByRole('link', { name: new RegExp(alice.username) }).click();
    await messageItem(bob.page, 'history 129').waitFor();
    // Only the newest page at first.
    expect(await countMessages(bob.page, 'history 0')).toBe(0);
    const scroller = messageLog(bob.page);
    for (let i = 0; i < 30 && !(await bob.page.getByText('This is the beginning of the conversation.').count()); i++) {
      await scroller.evaluate((el) => el.scrollTo(0, 0));
      await bob.page.waitForTimeout(100);
    }
    await messageItem(bob.page, 'history 0').waitFor();
    // Every message is in the list once (the list is windowed: walk it to see each row).
    const seen = new Set<string>();
    let duplicates = 0;
    await scroller.evaluate((el) => el.scrollTo(0, 0));
    for (let step = 0; step < 200; step++) {
      for (const text of await scroller.locator('li.message .message-text').allTextContents()) seen.add(text);
      const done = await scroller.evaluate((el) => {
        const before = el.scrollTop;
        el.scrollTop += el.clientHeight / 2;
        return el.scrollTop === before;
      });
      await bob.page.waitForTimeout(30);
      if (done) break;
    }
    const ids = await scroller.locator('li.message').evaluateAll((items) => items.map((li) => li.id));
    duplicates = ids.length - new Set(ids).size;
    expect(duplicates).toBe(0);
    expect([...seen].filter((t) => t.startsWith('history ')).length).toBe(130);
    expectNoProblems(bob);
  });
});
