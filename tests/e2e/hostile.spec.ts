/*
 * A page that knows Videotime and works against it: its own script, not a person, clicking our
 * buttons; taking our element names; listening to and answering our messages.
 */
import type { Page } from '@playwright/test';
import { startPageServer } from '../support/server';
import { sendFromContentScript } from './content-world';
import { expect, test } from './harness';
import { serveRooms } from './settings-helpers';

const ROOM = 'https://video.solbakken.test/venterom';

const row = (page: Page, patient: string) => page.locator('tr', { hasText: patient });
const badgeOf = (page: Page, patient: string) => row(page, patient).locator('[data-videotime-ui]');

test('a page that defines our old tag names first still gets every badge and flag', async ({ page }) => {
  await page.goto('hostile-page.html');
  await expect(page.locator('[data-videotime="video"]')).toHaveCount(2);
  await expect(page.locator('[data-videotime-ui]')).toHaveCount(2);
  await expect(badgeOf(page, 'Oskar Vik').getByRole('button', { name: /Bli med/ })).toBeVisible();
});

test('the page hears nothing from us and cannot switch us off by answering', async ({ page, extensionId }) => {
  await page.addInitScript(() => {
    const heard: string[] = ((window as { heard?: string[] }).heard = []);
    addEventListener('message', (event) => heard.push(JSON.stringify(event.data)), true);
  });
  await page.goto('demo-timebook.html');
  await expect(page.locator('[data-videotime="video"]').first()).toBeVisible();
  expect(await page.evaluate(() => (window as { heard?: string[] }).heard)).toEqual([]);

  // What WXT's content-script context listens for, sent as a page that learnt our id would.
  await page.evaluate((id) => {
    for (const name of ['timebook', 'content']) {
      const type = `${id}:${name}:wxt:content-script-started`;
      const detail = { contentScriptName: name, messageId: 'the-page' };
      document.dispatchEvent(new CustomEvent(type, { detail }));
      window.postMessage({ type, ...detail }, '*');
    }
  }, extensionId);
  await row(page, 'Per Olsen').locator('td.merknad').evaluate((cell) => (cell.textContent = 'Kan vi ta det på video?'));
  await expect(row(page, 'Per Olsen')).toHaveAttribute('data-videotime', 'video');
});

test("the page's own clicks on our buttons join nothing and copy nothing", async ({ context, page, setRoomUrl }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await serveRooms(context, 'video.solbakken.test');
  await setRoomUrl(ROOM);
  await page.goto('demo-timebook.html');
  await expect(badgeOf(page, 'Kari Berg').getByRole('button', { name: /Bli med/ })).toBeVisible();
  const tabsBefore = context.pages().length;

  // The e2e build leaves the badge's shadow root open, so the page's script can reach its buttons.
  const reached = await page.evaluate(() => {
    const host = [...document.querySelectorAll('tr')].find((tr) => tr.textContent!.includes('Kari Berg'))!.querySelector('[data-videotime-ui]')!;
    const buttons = [...(host.shadowRoot?.querySelectorAll('button') ?? [])];
    for (let i = 0; i < 20; i++) {
      for (const button of buttons) {
        button.click();
        button.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
        button.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
      }
    }
    return buttons.length;
  });
  expect(reached).toBe(2);

  // A person's click on another appointment goes through, after the page's clicks in the same queue.
  const opened = context.waitForEvent('page');
  await badgeOf(page, 'Erik Haugen').getByRole('button', { name: /Bli med/ }).click();
  await (await opened).waitForURL(ROOM);
  await expect(badgeOf(page, 'Erik Haugen')).toContainText('Åpnet i dag');
  await badgeOf(page, 'Erik Haugen').hover();
  await badgeOf(page, 'Erik Haugen').getByRole('button', { name: /Kopier invitasjonen/ }).click();
  await expect(badgeOf(page, 'Erik Haugen').getByRole('button', { name: /Kopier invitasjonen/ })).toHaveText('✓ Kopiert');

  expect(context.pages()).toHaveLength(tabsBefore + 1);
  await expect(badgeOf(page, 'Kari Berg')).not.toContainText('Åpnet i dag');
  await expect(badgeOf(page, 'Kari Berg').locator('.copy')).toHaveText('Kopier invitasjon');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('starter kl. 08:00');
});

test.describe('messages from a page-side world the page has taken over', () => {
  test('get no settings, and cannot change settings, rooms, sites or profiles', async ({ context, page, extensionId, setRoomUrl, storedSettings }) => {
    await setRoomUrl(ROOM);
    await page.goto('demo-timebook.html');
    await expect(page.locator('[data-videotime="video"]').first()).toBeVisible();
    const attempts = [
      { type: 'settings:get' },
      { type: 'settings:save', settings: { rooms: { clinic: { preset: 'custom', url: 'https://evil.test/' } } } },
      { type: 'settings:reset' },
      { type: 'room:override', room: 'https://evil.test/' },
      { type: 'room:override' },
      { type: 'site:add', pattern: 'https://evil.test/*', tabId: 1 },
      { type: 'teach:start', tabId: 1 },
    ];
    for (const message of attempts) {
      const answer = await sendFromContentScript(page, extensionId, message);
      expect(answer, message.type).not.toHaveProperty('reply.value');
      expect(JSON.stringify(answer)).not.toContain('solbakken');
    }
    // No one is teaching this tab: the picker's message saves nothing.
    const taught = await sendFromContentScript(page, extensionId, { type: 'profile:save', selectors: { appointment: 'body' } });
    expect(taught).not.toHaveProperty('reply.value.ok', true);
    const settings = await storedSettings();
    expect(JSON.stringify(settings)).toContain(ROOM);
    expect(settings.sites).toEqual([]);
    expect(settings.profiles).toEqual([]);
    expect(context.pages().some((tab) => tab.url().includes('evil.test'))).toBe(false);
  });

  test('that carry more than a slot, or the wrong kind of value, are refused', async ({ context, page, extensionId, setRoomUrl }) => {
    await serveRooms(context, 'video.solbakken.test');
    await setRoomUrl(ROOM);
    await page.goto('demo-timebook.html');
    await expect(page.locator('[data-videotime="video"]').first()).toBeVisible();
    const tabsBefore = context.pages().length;
    const refused = [
      { type: 'room:join', slot: { time: '08:20', practitioner: null, patient: 'Kari Berg' } },
      { type: 'room:join', slot: { time: { toString: 1 }, practitioner: null } },
      { type: 'room:join', slot: { time: '08:20', practitioner: 'x'.repeat(10_000) } },
      { type: 'invite:text', slot: { time: '08:20', practitioner: null }, comment: 'Ønsker video' },
      { type: 'timebook:flagged', slots: [{ time: '08:20', practitioner: null, comment: 'Ønsker video' }] },
      { type: 'joined:mark', slot: { time: 'Ønsker video, har vondt i ryggen siden mandag', practitioner: null } },
      { type: 'joined:list', slots: 'all' },
      { type: 'layout:changed', changed: 'yes' },
    ];
    for (const message of refused) {
      expect(await sendFromContentScript(page, extensionId, message), JSON.stringify(message)).not.toHaveProperty('reply.value');
    }
    // The same world's well-formed join is answered: the refusals above were for their shape.
    expect(await sendFromContentScript(page, extensionId, { type: 'room:join', slot: { time: '08:20', practitioner: 'Ingrid Solberg' } })).toEqual({
      reply: { value: { opened: true } },
    });
    await expect.poll(() => context.pages().length).toBe(tabsBefore + 1);
  });

  test('from a site that is no longer enabled are refused', async ({ context, extensionId, setRoomUrl, updateSettings }) => {
    const otherSite = await startPageServer(undefined, '127.0.0.2');
    try {
      await serveRooms(context, 'video.solbakken.test');
      await setRoomUrl(ROOM);
      await updateSettings({ sites: ['http://127.0.0.2/*'] });
      const page = await context.newPage();
      await page.goto(`${otherSite.url}hostile-comments.html`);
      await expect(page.locator('[data-videotime="video"]')).toHaveCount(2);
      const join = { type: 'room:join', slot: { time: '08:00', practitioner: null } };
      expect(await sendFromContentScript(page, extensionId, { type: 'page:config' })).toHaveProperty('reply.value.feeCodes');

      // The admin takes the site off; the script already in its open tab runs on.
      await updateSettings({ sites: [] });
      const tabsBefore = context.pages().length;
      expect(await sendFromContentScript(page, extensionId, join)).not.toHaveProperty('reply.value');
      expect(await sendFromContentScript(page, extensionId, { type: 'page:config' })).not.toHaveProperty('reply.value');
      expect(context.pages()).toHaveLength(tabsBefore);
    } finally {
      await otherSite.close();
    }
  });
});

test.describe('a page full of hostile comments', () => {
  const PAYLOADS = 55;

  /** The page's own DOM, our hosts and flags taken out, against the page as served (parsed without running anything). */
  async function pageDomUnchanged(page: Page) {
    return page.evaluate(async () => {
      const served = new DOMParser().parseFromString(await (await fetch(location.href)).text(), 'text/html');
      const now = document.body.cloneNode(true) as HTMLElement;
      for (const host of now.querySelectorAll('[data-videotime-ui]')) host.remove();
      for (const element of now.querySelectorAll('[data-videotime]')) element.removeAttribute('data-videotime');
      return now.outerHTML === served.body.outerHTML;
    });
  }

  for (const csp of [false, true]) {
    test(`never runs, and leaves the page's own DOM as it was${csp ? ", under default-src 'none'" : ''}`, async ({ page, context }) => {
      const dialogs: string[] = [];
      page.on('dialog', (dialog) => void dialogs.push(dialog.message()));
      if (csp) {
        await page.route('**/hostile-payloads.html', async (route) => {
          const response = await route.fetch();
          await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': "default-src 'none'; connect-src 'self'" } });
        });
      }
      const tabs = context.pages().length;
      await page.goto('hostile-payloads.html');
      await expect(page.locator('tbody tr')).toHaveCount(PAYLOADS);
      // Three of every four comments ask for video in words; the payload beside them stays text.
      await expect.poll(() => page.locator('[data-videotime="video"]').count()).toBeGreaterThanOrEqual(40);
      const hosts = await page.locator('[data-videotime-ui]').count();
      await page.waitForTimeout(300);
      expect(await page.locator('[data-videotime-ui]').count()).toBe(hosts);
      expect(await page.evaluate(() => (window as { pwned?: unknown }).pwned)).toBeUndefined();
      expect(dialogs).toEqual([]);
      expect(await pageDomUnchanged(page)).toBe(true);
      // No link, image, frame or handler of any payload came alive, in the page or in a badge.
      const alive = await page.evaluate(() => {
        const roots: ParentNode[] = [document, ...[...document.querySelectorAll('[data-videotime-ui]')].flatMap((host) => (host.shadowRoot ? [host.shadowRoot] : []))];
        return roots.flatMap((root) => [
          ...[...root.querySelectorAll('script, img, iframe, a, object, embed, form, base, link, video, audio, template, math')].map((element) => element.localName),
          ...[...root.querySelectorAll('*')].flatMap((element) => element.getAttributeNames().filter((name) => name.startsWith('on'))),
        ]);
      });
      expect(alive).toEqual([]);
      expect(context.pages()).toHaveLength(tabs);
    });
  }

  test('poisoned page globals change nothing for us', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => void errors.push(error.message));
    await page.goto('hostile-globals.html');
    await expect(page.locator('tr', { hasText: 'Kari Berg' })).toHaveAttribute('data-videotime', 'video');
    await expect(page.locator('tr', { hasText: 'Oskar Vik' })).toHaveAttribute('data-videotime', 'telefon');
    await expect(badgeOf(page, 'Kari Berg').getByRole('button', { name: /Bli med/ })).toBeVisible();
    // Read through the DOM: calling into the page's world would meet its poison.
    expect(Number(await page.locator('html').getAttribute('data-poisoned'))).toBeGreaterThanOrEqual(35);
    // Our code runs in a world of its own: none of the page's poisoned functions was called from it.
    await page.waitForTimeout(300);
    expect((await page.locator('html').getAttribute('data-poison-called')) ?? '').not.toContain('chrome-extension://');
    expect(errors).toEqual([]);
  });
});

test('a page that removes our badges gets them back with its next change, one per appointment', async ({ page }) => {
  await page.goto('demo-timebook.html');
  const flagged = await expect.poll(() => page.locator('[data-videotime="video"]').count()).toBeGreaterThan(0).then(() => page.locator('[data-videotime="video"]').count());
  const hosts = await page.locator('[data-videotime-ui]').count();
  for (let round = 0; round < 3; round++) {
    await page.evaluate(() => {
      for (const host of document.querySelectorAll('[data-videotime-ui]')) host.remove();
      // Our own hosts coming and going are no change to read (or we would chase our tails); the
      // page's next change is, and the clock's tick every 30 s re-renders every badge anyway.
      document.body.append(document.createElement('div'));
    });
    await expect(page.locator('[data-videotime-ui]')).toHaveCount(hosts);
  }
  await expect(page.locator('[data-videotime="video"]')).toHaveCount(flagged);
  for (const row of await page.locator('[data-videotime]').all()) await expect(row.locator('[data-videotime-ui]')).toHaveCount(1);
});

test('no request of ours: page, service worker and extension pages, through a day of use', async ({ context, page, extensionId, openPopup, setRoomUrl, server }) => {
  await serveRooms(context, 'video.solbakken.test');
  await setRoomUrl(ROOM);
  const requests: string[] = [];
  context.on('request', (request) => void requests.push(request.url()));

  await page.goto('hostile-payloads.html');
  await expect.poll(() => page.locator('[data-videotime="video"]').count()).toBeGreaterThan(0);
  await page.goto('demo-timebook.html');
  const popup = await openPopup(page);
  await expect(popup.locator('body')).toContainText('08:20');
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(options.getByLabel('Klinikkens videorom')).toHaveValue(ROOM);
  const opened = context.waitForEvent('page');
  await badgeOf(page, 'Kari Berg').getByRole('button', { name: /Bli med/ }).click();
  await (await opened).waitForURL(ROOM);

  const ours = (url: string) => url.startsWith(server.url) || url.startsWith(`chrome-extension://${extensionId}/`) || url.startsWith('data:');
  // The room opens because a person clicked join: the only address outside the test server.
  expect(requests.filter((url) => !ours(url))).toEqual([ROOM]);
  // The service worker fetched nothing at all (its Resource Timing lists every fetch it made).
  const worker = context.serviceWorkers()[0]!;
  expect(await worker.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name))).toEqual([]);
  // The extension pages loaded their own files only.
  for (const extensionPage of [popup, options]) {
    const loaded = await extensionPage.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name));
    expect(loaded.filter((url) => !url.startsWith(`chrome-extension://${extensionId}/`))).toEqual([]);
  }
});
