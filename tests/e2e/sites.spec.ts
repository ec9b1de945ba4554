import type { BrowserContext, Page } from '@playwright/test';
import { startFixtureServer } from '../support/server';
import { expect, test } from './fixtures';

declare const chrome: {
  tabs: { query(filter: object): Promise<{ id?: number }[]> };
  runtime: { sendMessage(message: object): Promise<unknown> };
};

async function openPopupFor(context: BrowserContext, extensionId: string, tab: Page): Promise<Page> {
  await tab.bringToFront();
  const tabId = await context
    .serviceWorkers()[0]!
    .evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]!.id);
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
  return popup;
}

async function storedSettings(context: BrowserContext, extensionId: string) {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  const loaded = (await page.evaluate(() => chrome.runtime.sendMessage({ type: 'settings:get' }))) as {
    stored: { settings: { sites: string[]; profiles: { name: string; selectors?: object }[] } };
  };
  return { page, settings: loaded.stored.settings };
}

test('an admin turns Videotime on for a new booking site from the popup, and off again', async ({ context, extensionId }) => {
  const otherSite = await startFixtureServer(undefined, '127.0.0.2');
  try {
    const page = await context.newPage();
    await page.goto(`${otherSite.url}hostile-comments.html`);
    await page.waitForTimeout(500);
    await expect(page.locator('[data-videotime-ui]')).toHaveCount(0);

    const popup = await openPopupFor(context, extensionId, page);
    await expect(popup.getByText('Videotime leser ikke 127.0.0.2 ennå.')).toBeVisible();
    await popup.getByRole('button', { name: 'Slå på Videotime for 127.0.0.2' }).click();
    // The open tab is read at once…
    await expect(page.locator('[data-videotime="video"]')).toHaveCount(2);
    await expect(popup.locator('.appointment')).toHaveCount(2);

    // …and the site's pages are read from then on.
    await page.reload();
    await expect(page.locator('[data-videotime="video"]')).toHaveCount(2);

    const { page: options, settings } = await storedSettings(context, extensionId);
    expect(settings.sites).toEqual(['http://127.0.0.2/*']);
    await options.evaluate(
      (next) => chrome.runtime.sendMessage({ type: 'settings:save', settings: next }),
      { ...settings, sites: [] },
    );
    await page.reload();
    await page.waitForTimeout(500);
    await expect(page.locator('[data-videotime-ui]')).toHaveCount(0);
  } finally {
    await otherSite.close();
  }
});

test('the picker learns a page from two clicks and the profile reads it after a reload', async ({ context, extensionId, page }) => {
  await page.goto('teach-me.html');
  await page.waitForTimeout(300);
  await expect(page.locator('[data-videotime-ui]')).toHaveCount(0);

  const popup = await openPopupFor(context, extensionId, page);
  await expect(popup.getByText('Fanen viser ingen timebok')).toBeVisible();
  await popup.getByRole('button', { name: 'Lær opp denne siden' }).click();

  const panel = page.locator('videotime-picker').getByRole('dialog');
  await expect(panel).toContainText('Klikk på én avtale');
  await page.getByText('Kari Nordmann').click();
  await expect(panel).toContainText('Klikk nå på merknaden');
  await page.getByText('Resept').click();
  await expect(panel).toContainText('Fant 4 avtaler');
  await expect(page.locator('#clicks')).toHaveText('0');

  await panel.getByRole('button', { name: 'Lagre for denne siden' }).click();
  await expect(page.locator('videotime-picker')).toHaveCount(0);
  await expect(page.locator('[data-videotime="video"]')).toHaveCount(2);

  const { settings } = await storedSettings(context, extensionId);
  expect(settings.profiles).toEqual([
    { name: '127.0.0.1', matches: ['*://127.0.0.1/*'], selectors: { appointment: 'div.booking', comment: 'span.note' } },
  ]);
  await page.reload();
  await expect(page.locator('[data-videotime="video"]')).toHaveCount(2);
  await expect(page.locator('.booking', { hasText: 'Ola Nordmann' })).toHaveAttribute('data-videotime', 'video');
});

test('Esc leaves the picker with nothing changed', async ({ context, extensionId, page }) => {
  await page.goto('teach-me.html');
  const before = await page.content();
  const popup = await openPopupFor(context, extensionId, page);
  await popup.getByRole('button', { name: 'Lær opp denne siden' }).click();
  await expect(page.locator('videotime-picker')).toHaveCount(1);
  await page.getByText('Kari Nordmann').click();
  await page.keyboard.press('Escape');
  await expect(page.locator('videotime-picker')).toHaveCount(0);
  expect(await page.content()).toBe(before);
  const { settings } = await storedSettings(context, extensionId);
  expect(settings.profiles).toEqual([]);
});

test('a taught page that stops yielding appointments says its layout may have changed', async ({
  context,
  extensionId,
  page,
}) => {
  await page.goto('demo-timebook-redesign.html');
  const notice = page.locator('videotime-notice').getByRole('alert');
  await expect(notice).toContainText('sidens oppsett kan ha endret seg', { timeout: 10_000 });
  await expect(notice.getByRole('button', { name: 'Lær opp siden på nytt' })).toBeVisible();

  const popup = await openPopupFor(context, extensionId, page);
  await expect(popup.getByRole('alert')).toContainText('sidens oppsett kan ha endret seg');
  await expect(popup.getByRole('button', { name: 'Lær opp denne siden' })).toBeVisible();

  await notice.getByRole('button', { name: 'Lukk' }).click();
  await expect(page.locator('videotime-notice')).toHaveCount(0);
});

test('an admin adds and removes a site in the options page', async ({ context, openOptions }) => {
  const otherSite = await startFixtureServer(undefined, '127.0.0.2');
  try {
    const options = await openOptions();
    const field = options.getByLabel('Nytt nettsted');
    await field.fill('https://*/*');
    await options.getByRole('button', { name: 'Legg til nettsted' }).click();
    await expect(options.getByRole('alert')).toContainText('Et nettsted må ha et eget vertsnavn');

    await field.fill('http://127.0.0.2/*');
    await options.getByRole('button', { name: 'Legg til nettsted' }).click();
    await expect(options.getByRole('button', { name: 'Fjern http://127.0.0.2/*' })).toBeVisible();
    await options.getByRole('button', { name: 'Lagre', exact: true }).click();
    await expect(options.getByRole('status')).toContainText('Lagret');

    const page = await context.newPage();
    await page.goto(`${otherSite.url}hostile-comments.html`);
    await expect(page.locator('[data-videotime="video"]')).toHaveCount(2);

    await options.getByRole('button', { name: 'Fjern http://127.0.0.2/*' }).click();
    await options.getByRole('button', { name: 'Lagre', exact: true }).click();
    await expect(options.getByRole('status')).toContainText('Lagret');
    await page.reload();
    await page.waitForTimeout(500);
    await expect(page.locator('[data-videotime-ui]')).toHaveCount(0);
  } finally {
    await otherSite.close();
  }
});
