import { startPageServer } from '../support/server';
import type { Page } from '@playwright/test';
import { expect, test } from './harness';

/** Teaching is an admin's tool: it sits in the popup's menu. */
async function teachFrom(popup: Page) {
  await popup.getByText('Verktøy for administrator').click();
  await popup.getByRole('button', { name: 'Lær opp denne siden' }).click();
}

test('an admin turns Videotime on for a new booking site from the popup, and off again', async ({ context, openPopup, storedSettings }) => {
  const otherSite = await startPageServer(undefined, '127.0.0.2');
  try {
    const page = await context.newPage();
    await page.goto(`${otherSite.url}hostile-comments.html`);
    await page.waitForTimeout(500);
    await expect(page.locator('[data-videotime-ui]')).toHaveCount(0);

    const popup = await openPopup(page);
    await expect(popup.getByText('Videotime leser ikke 127.0.0.2 ennå.')).toBeVisible();
    await popup.getByRole('switch', { name: 'Videotime på 127.0.0.2' }).check();
    // The open tab is read at once…
    await expect(page.locator('[data-videotime="video"]')).toHaveCount(2);
    await expect(popup.locator('.appointment')).toHaveCount(2);

    // …and the site's pages are read from then on.
    await page.reload();
    await expect(page.locator('[data-videotime="video"]')).toHaveCount(2);

    expect((await storedSettings()).sites).toEqual(['http://127.0.0.2/*']);
    // Off again from the popup: the site goes, and the tab reloads without Videotime.
    const again = await openPopup(page);
    const loaded = page.waitForEvent('load');
    await again.getByRole('switch', { name: 'Videotime på 127.0.0.2' }).uncheck();
    await loaded;
    await expect(again.getByText('Videotime leser ikke 127.0.0.2 ennå.')).toBeVisible();
    await expect(again.getByRole('switch', { name: 'Videotime på 127.0.0.2' })).not.toBeChecked();
    expect((await storedSettings()).sites).toEqual([]);
    await page.waitForTimeout(500);
    await expect(page.locator('[data-videotime-ui]')).toHaveCount(0);
  } finally {
    await otherSite.close();
  }
});

test('the picker learns a page from two clicks and the profile reads it after a reload', async ({ openPopup, page, storedSettings }) => {
  await page.goto('teach-me.html');
  await page.waitForTimeout(300);
  await expect(page.locator('[data-videotime-ui]')).toHaveCount(0);

  const popup = await openPopup(page);
  await expect(popup.getByText('Fanen viser ingen timebok')).toBeVisible();
  await teachFrom(popup);

  const panel = page.locator('[data-videotime-ui="picker"]').getByRole('dialog');
  await expect(panel).toContainText('Klikk på én avtale');
  await page.getByText('Kari Nordmann').click();
  await expect(panel).toContainText('Klikk nå på merknaden');
  await page.getByText('Resept').click();
  await expect(panel).toContainText('Fant 4 avtaler');
  await expect(page.locator('#clicks')).toHaveText('0');

  await panel.getByRole('button', { name: 'Lagre for denne siden' }).click();
  await expect(page.locator('[data-videotime-ui="picker"]')).toHaveCount(0);
  await expect(page.locator('[data-videotime="video"]')).toHaveCount(2);

  expect((await storedSettings()).profiles).toEqual([
    { name: '127.0.0.1', matches: ['*://127.0.0.1/*'], selectors: { appointment: 'div.booking', comment: 'span.note' } },
  ]);
  await page.reload();
  await expect(page.locator('[data-videotime="video"]')).toHaveCount(2);
  await expect(page.locator('.booking', { hasText: 'Ola Nordmann' })).toHaveAttribute('data-videotime', 'video');
});

test('the picker works from the keyboard alone', async ({ openPopup, page, storedSettings }) => {
  await page.goto('teach-me.html');
  const popup = await openPopup(page);
  await teachFrom(popup);
  const panel = page.locator('[data-videotime-ui="picker"]').getByRole('dialog');
  await expect(panel).toContainText('piltastene');

  // The heading, the list beside it, into the list: Ola's booking, then Kari's.
  for (const key of ['ArrowDown', 'ArrowDown', 'Shift+ArrowDown', 'ArrowDown', 'Enter']) await page.keyboard.press(key);
  await expect(panel).toContainText('Klikk nå på merknaden');
  // Kari's name, then her comment.
  for (const key of ['ArrowRight', 'ArrowRight', 'Enter']) await page.keyboard.press(key);
  await expect(panel).toContainText('Fant 4 avtaler');
  await expect(panel.getByRole('button', { name: 'Lagre for denne siden' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-videotime-ui="picker"]')).toHaveCount(0);

  expect((await storedSettings()).profiles).toEqual([
    { name: '127.0.0.1', matches: ['*://127.0.0.1/*'], selectors: { appointment: 'div.booking', comment: 'span.note' } },
  ]);
  await expect(page.locator('[data-videotime="video"]')).toHaveCount(2);
  await expect(page.locator('#clicks')).toHaveText('0');
});

test('Esc leaves the picker with nothing changed', async ({ openPopup, page, storedSettings }) => {
  await page.goto('teach-me.html');
  const before = await page.content();
  const popup = await openPopup(page);
  await teachFrom(popup);
  await expect(page.locator('[data-videotime-ui="picker"]')).toHaveCount(1);
  await page.getByText('Kari Nordmann').click();
  await page.keyboard.press('Escape');
  await expect(page.locator('[data-videotime-ui="picker"]')).toHaveCount(0);
  expect(await page.content()).toBe(before);
  expect((await storedSettings()).profiles).toEqual([]);
});

test('a taught page that stops yielding appointments says its layout may have changed', async ({ openPopup, page }) => {
  await page.goto('demo-timebook-redesign.html');
  const notice = page.locator('[data-videotime-ui="notice"]').getByRole('alert');
  await expect(notice).toContainText('sidens oppsett kan ha endret seg', { timeout: 10_000 });
  await expect(notice.getByRole('button', { name: 'Lær opp siden på nytt' })).toBeVisible();

  const popup = await openPopup(page);
  await expect(popup.getByRole('alert')).toContainText('sidens oppsett kan ha endret seg');
  await expect(popup.getByRole('button', { name: 'Lær opp denne siden' })).toBeVisible();

  await notice.getByRole('button', { name: 'Lukk' }).click();
  await expect(page.locator('[data-videotime-ui="notice"]')).toHaveCount(0);
});

test('an admin adds and removes a site in the options page', async ({ context, openOptions }) => {
  const otherSite = await startPageServer(undefined, '127.0.0.2');
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
