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
