// Files and search through the web client: a picked image goes across with a progress bar and shows
// as a preview on the other side, a pasted or dropped file is sent too, a download gives the same
// bytes, and a search finds a message and opens the conversation on it.
import fs from 'node:fs';
import { expect, it } from 'vitest';
import { describeBrowser, expectNoProblems, messageItem, messageLog, openDirect, registerInBrowser, send, useBrowserRealm } from '../helpers/browser.js';
import { uniqueName } from '../helpers/factories.js';

// A 1×1 PNG followed by padding, so the upload is big enough to watch: image/png by its first bytes.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
const IMAGE = Buffer.concat([PNG, Buffer.alloc(600 * 1024, 7)]);

describeBrowser()('web client: files and search', { timeout: 120_000 }, () => {
  const env = useBrowserRealm();

  it('an image goes across with an upload progress bar, previews on the other side and downloads intact', async () => {
    const alice = await registerInBrowser(env.browser, env.realm.url, uniqueName('alice'));
    const bob = await registerInBrowser(env.browser, env.realm.url, uniqueName('bob'));
    await openDirect(alice.page, bob.username);

    // A slow uplink (about 200 KB/s) so the progress bar is seen moving.
    const cdp = await alice.context.newCDPSession(alice.page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 20, downloadThroughput: -1, uploadThroughput: 200 * 1024 });
    await alice.page.locator('input[type=file]').setInputFiles({ name: 'holiday.png', mimeType: 'image/png', buffer: IMAGE });
    const bar = alice.page.getByRole('progressbar');
    await bar.waitFor();
    await expect.poll(async () => Number(await bar.getAttribute('value')), { timeout: 10_000 }).toBeGreaterThan(0);
    await bar.waitFor({ state: 'detached', timeout: 30_000 });
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });

    await bob.page.getByRole('link', { name: new RegExp(alice.username) }).click();
    const preview = messageLog(bob.page).getByRole('img', { name: 'holiday.png' });
    await preview.waitFor();
    await expect.poll(() => preview.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(1);

    const downloading = bob.page.waitForEvent('download');
    await messageLog(bob.page).getByRole('button', { name: 'Download' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe('holiday.png');
    expect(fs.readFileSync((await download.path())!).equals(IMAGE)).toBe(true);
    expectNoProblems(alice);
    expectNoProblems(bob);
  });

  it('a file pasted into the composer or dropped on the page is sent', async () => {
    const alice = await registerInBrowser(env.browser, env.realm.url, uniqueName('alice'));
    const bob = await registerInBrowser(env.browser, env.realm.url, uniqueName('bob'));
    await openDirect(alice.page, bob.username);
    const box = alice.page.getByRole('textbox', { name: /^Message / });
    await box.focus();
    await box.evaluate((el) => {
      const data = new DataTransfer();
      data.items.add(new File(['pasted text file'], 'pasted.txt', { type: 'text/plain' }));
      el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    });
    await messageLog(alice.page).getByText('pasted.txt').waitFor();
    await alice.page.evaluate(() => {
      const data = new DataTransfer();
      data.items.add(new File(['dropped notes'], 'dropped.txt', { type: 'text/plain' }));
      document.body.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }));
      document.body.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    });
    await messageLog(alice.page).getByText('dropped.txt').waitFor();
    await bob.page.getByRole('link', { name: new RegExp(alice.username) }).click();
    await messageLog(bob.page).getByText('pasted.txt').waitFor();
    await messageLog(bob.page).getByText('dropped.txt').waitFor();
    expectNoProblems(alice);
    expectNoProblems(bob);
  });

  it('search finds a message, everywhere and in the conversation, and opens the conversation on it', async () => {
    const alice = await registerInBrowser(env.browser, env.realm.url, uniqueName('alice'));
    const bob = await registerInBrowser(env.browser, env.realm.url, uniqueName('bob'));
    await openDirect(alice.page, bob.username);
    await send(alice.page, 'The quarterly budget spreadsheet is ready');
    for (let i = 0; i < 60; i++) await send(alice.page, `filler message ${i}`);
    // Delivered, not only queued: 61 quick sends meet the WebSocket frame limit, and the outbox sends the
    // refused ones again 2 s later; a search finds only what is stored.
    await messageItem(alice.page, 'filler message 59').waitFor({ timeout: 30_000 });
    await messageLog(alice.page).locator('li.pending').first().waitFor({ state: 'detached', timeout: 30_000 });

    await bob.page.getByRole('link', { name: 'Search' }).click();
    await bob.page.getByRole('searchbox', { name: 'Search messages' }).fill('budget spreadsh');
    await bob.page.getByRole('searchbox', { name: 'Search messages' }).press('Enter');
    const result = bob.page.getByRole('link', { name: /quarterly budget spreadsheet/ });
    await result.waitFor();
    await expect(result.locator('mark').allTextContents()).resolves.toEqual(['budget', 'spreadsheet']);
    await result.click();
    // The message is older than the first page: the conversation loads back to it and shows it.
    const found = messageItem(bob.page, 'The quarterly budget spreadsheet is ready');
    await found.waitFor();
    await expect.poll(() => found.evaluate((el) => el === document.activeElement)).toBe(true);

    // In-conversation search from the conversation header.
    await bob.page.getByRole('link', { name: 'Search', exact: true }).last().click();
    await bob.page.getByRole('heading', { name: `Search in ${alice.username}` }).waitFor();
    await bob.page.getByRole('searchbox', { name: 'Search messages' }).fill('filler 42');
    await bob.page.getByRole('searchbox', { name: 'Search messages' }).press('Enter');
    await bob.page.getByRole('link', { name: /filler message 42/ }).waitFor();
    expectNoProblems(alice);
    expectNoProblems(bob);
  });
});
