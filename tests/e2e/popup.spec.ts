import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from './fixtures';

declare const chrome: { tabs: { query(filter: object): Promise<{ id?: number }[]> } };

/** The popup asks the active tab; a test names the tab, since the popup opens as a tab itself. */
async function openPopupFor(context: BrowserContext, extensionId: string, tab: Page): Promise<Page> {
  await tab.bringToFront();
  const worker = context.serviceWorkers()[0]!;
  const tabId = await worker.evaluate(async () => {
    const [active] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return active?.id;
  });
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
  return popup;
}

test('lists the timebook’s video appointments in time order, each with a join button', async ({
  context,
  extensionId,
  page,
}) => {
  await page.goto('demo-timebook.html');
  await expect(page.locator('[data-videotime="video"]')).toHaveCount(8);
  const popup = await openPopupFor(context, extensionId, page);

  const items = popup.locator('.appointment');
  await expect(items).toHaveCount(8);
  await expect(items.first()).toContainText('08:00');
  await expect(items.first()).toContainText('Ahmed Karimi');
  await expect(items.nth(1)).toContainText('08:20');
  await expect(items.last()).toContainText('10:30');
  await expect(items.first()).toContainText('Merknaden sier');
  await expect(popup.getByRole('button', { name: /^Bli med/ })).toHaveCount(8);
  // No patient names leave the page.
  await expect(popup.locator('body')).not.toContainText('Kari Berg');
});

for (const [name, path] of [
  ['a page our content script does not run on', 'about:blank'],
  ['a page without a timebook', 'no-timebook.html'],
]) {
  test(`says plainly when the tab has no timebook: ${name}`, async ({ context, extensionId, page }) => {
    await page.goto(path!);
    const popup = await openPopupFor(context, extensionId, page);
    await expect(popup.getByText('Fanen viser ingen timebok')).toBeVisible();
  });
}

test('says plainly when the timebook has no video appointments', async ({ context, extensionId, page }) => {
  await page.goto('quiet-day.html');
  const popup = await openPopupFor(context, extensionId, page);
  await expect(popup.getByText('Ingen avtaler i denne timeboken ber om video')).toBeVisible();
});
