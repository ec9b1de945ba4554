import { expect, test } from './harness';

test('lists the timebook’s video appointments in time order, each with a join button', async ({ openPopup, page }) => {
  await page.goto('demo-timebook.html');
  await expect(page.locator('[data-videotime="video"]')).toHaveCount(8);
  const popup = await openPopup(page);

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
  test(`says plainly when the tab has no timebook: ${name}`, async ({ openPopup, page }) => {
    await page.goto(path!);
    const popup = await openPopup(page);
    await expect(popup.getByText('Fanen viser ingen timebok')).toBeVisible();
  });
}

test('says plainly when the timebook has no video appointments', async ({ openPopup, page }) => {
  await page.goto('quiet-day.html');
  const popup = await openPopup(page);
  await expect(popup.getByText('Ingen avtaler i denne timeboken ber om video')).toBeVisible();
});
