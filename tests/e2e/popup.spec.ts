import type { BrowserContext, Page } from '@playwright/test';
import { expect, test, todayAt } from './harness';
import { serveRooms } from './settings-helpers';

declare const chrome: {
  storage: { local: { get(): Promise<object> }; session: { get(): Promise<object> } };
};

/** The video appointments of the demo timebook, by patient: the names the popup shows. */
const DEMO_VIDEO_PATIENTS = ['Kari Berg', 'Ingrid Larsen', 'Marit Pedersen'];

test('lists the timebook’s video appointments in time order, with the patient’s name and a join button', async ({ openPopup, page }) => {
  await page.goto('demo-timebook.html');
  await expect(page.locator('[data-videotime="video"]')).toHaveCount(8);
  // Before the day starts: everything is still to come.
  const popup = await openPopup(page, todayAt(7, 0));

  const items = popup.locator('.appointment');
  await expect(items).toHaveCount(8);
  await expect(items.first()).toContainText('08:00');
  await expect(items.first()).toContainText('Ahmed Karimi');
  await expect(items.nth(1)).toContainText('08:20');
  await expect(items.nth(1)).toContainText('Kari Berg');
  await expect(items.last()).toContainText('10:30');
  await expect(items.first()).toContainText('Merknaden sier');
  await expect(items.first()).toContainText('om 1 t');
  await expect(popup.getByRole('button', { name: /^Bli med/ })).toHaveCount(8);
});

/** Chooses Ahmed Karimi under "Vis timer for", named as the timebook names him; returns that name. */
async function chooseKarimi(popup: Page): Promise<string> {
  const choice = popup.getByLabel('Vis timer for');
  const name = (await choice.locator('option', { hasText: 'Ahmed Karimi' }).textContent())!;
  await choice.selectOption(name);
  return name;
}

/** Every value in the extension's storage areas and IndexedDB databases, as one text. */
async function everythingStored(context: BrowserContext, extensionPage: Page): Promise<string> {
  const worker = context.serviceWorkers()[0]!;
  const areas = await worker.evaluate(async () => ({ local: await chrome.storage.local.get(), session: await chrome.storage.session.get() }));
  const databases = await extensionPage.evaluate(async () => {
    const dump: Record<string, unknown> = {};
    for (const { name } of await indexedDB.databases()) {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(name!);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      for (const store of db.objectStoreNames) {
        const request = db.transaction(store).objectStore(store).getAll();
        dump[`${name}/${store}`] = await new Promise((resolve) => (request.onsuccess = () => resolve(request.result)));
      }
      db.close();
    }
    return dump;
  });
  expect(Object.keys(databases).length).toBeGreaterThan(0);
  return JSON.stringify({ areas, databases });
}

test('shows patients’ names read from the page, and no storage area holds them', async ({ context, openPopup, page }) => {
  await serveRooms(context, 'video.solbakken.test');
  await page.goto('demo-timebook.html');
  await expect(page.locator('[data-videotime="video"]')).toHaveCount(8);
  const popup = await openPopup(page, todayAt(7, 0));
  for (const patient of DEMO_VIDEO_PATIENTS) await expect(popup.locator('.appointment', { hasText: patient })).toHaveCount(1);

  // Choosing "only mine" and copying an invite are what the popup could store, if anything.
  await chooseKarimi(popup);
  await expect(popup.locator('.appointment')).not.toHaveCount(8);

  const stored = await everythingStored(context, popup);
  expect(stored).toContain('Ahmed Karimi');
  for (const patient of DEMO_VIDEO_PATIENTS) expect(stored).not.toContain(patient);
  expect(stored).not.toContain('Ønsker video');
});

test('“only mine” shows one practitioner’s appointments and is remembered, storing only that name', async ({ context, openPopup, page }) => {
  await page.goto('demo-timebook.html');
  await expect(page.locator('[data-videotime="video"]')).toHaveCount(8);
  const popup = await openPopup(page, todayAt(7, 0));
  const choice = popup.getByLabel('Vis timer for');
  await expect(choice).toHaveValue('');
  const karimi = await chooseKarimi(popup);
  const mine = popup.locator('.appointment');
  const count = await mine.count();
  expect(count).toBeGreaterThan(0);
  expect(count).toBeLessThan(8);
  for (const meta of await mine.locator('.meta').allTextContents()) expect(meta).toContain('Ahmed Karimi');
  await popup.close();

  const again = await openPopup(page, todayAt(7, 0));
  await expect(again.getByLabel('Vis timer for')).toHaveValue(karimi);
  await expect(again.locator('.appointment')).toHaveCount(count);
  const local = await context.serviceWorkers()[0]!.evaluate(() => chrome.storage.local.get());
  expect(local).toMatchObject({ popupPractitioner: karimi });

  await again.getByLabel('Vis timer for').selectOption({ label: 'Alle behandlere' });
  await expect(again.locator('.appointment')).toHaveCount(8);
  expect(await context.serviceWorkers()[0]!.evaluate(() => chrome.storage.local.get())).not.toHaveProperty('popupPractitioner');
});

test('stays within 600 px with 30 video appointments: the list scrolls, the controls stay in view', async ({ openPopup, page }) => {
  const slots = Array.from({ length: 30 }, (_, i) => `${5 + i * 5}:video`).join(',');
  // At a fixed time of day, on the page and the popup's clock: 150 minutes from now may be tomorrow.
  await page.goto(`today.html?from=08:00&slots=${slots}`);
  await expect(page.locator('[data-videotime="video"]')).toHaveCount(30);
  const popup = await openPopup(page, todayAt(8, 0));
  await expect(popup.locator('.appointment')).toHaveCount(30);

  const main = (await popup.locator('main').boundingBox())!;
  expect(main.y + main.height).toBeLessThanOrEqual(600);
  for (const control of [popup.getByRole('button', { name: 'Innstillinger' }), popup.getByRole('switch', { name: 'Vis bare videotimer i timeboken' })]) {
    const box = (await control.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(600);
  }
  const list = popup.locator('.day');
  expect(await list.evaluate((element) => element.scrollHeight > element.clientHeight)).toBe(true);
  // The last appointment is reached by scrolling the list.
  await popup.locator('.appointment').last().scrollIntoViewIfNeeded();
  await expect(popup.locator('.appointment').last()).toBeInViewport();
});

test('clock times are HH:MM and relative times one style; past appointments fold away', async ({ openPopup, page }) => {
  await page.goto('today.html?from=12:00&slots=-77:video,-30:video,3:video,73:video');
  await expect(page.locator('[data-videotime="video"]')).toHaveCount(4);
  const popup = await openPopup(page, todayAt(12, 0));

  const upcoming = popup.locator('.appointment:not(.past)');
  await expect(upcoming).toHaveCount(2);
  await expect(upcoming.first()).toHaveAttribute('aria-current', 'true');
  await expect(upcoming.first()).toContainText('Neste · om 3 min');
  await expect(upcoming.last()).toContainText('om 1 t 13 min');
  for (const time of await popup.locator('.appointment .time').allTextContents()) expect(time).toMatch(/^\d\d:\d\d$/);

  const earlier = popup.getByText('Tidligere i dag (2)');
  await expect(popup.locator('.appointment.past').first()).toBeHidden();
  await earlier.click();
  await expect(popup.locator('.appointment.past').first()).toContainText('for 1 t 17 min siden');
  await expect(popup.locator('.appointment.past').last()).toContainText('for 30 min siden');
});

test('after a join the appointment shows the fee code; “Kopiert” goes back to the button after a moment', async ({
  context,
  openPopup,
  page,
  updateSettings,
}) => {
  await serveRooms(context, 'video.solbakken.test');
  await updateSettings({ defaultRoom: { preset: 'custom', url: 'https://video.solbakken.test/room' } });
  await page.goto('today.html?from=12:00&slots=3:video,40:video');
  await expect(page.locator('[data-videotime="video"]')).toHaveCount(2);
  const popup = await openPopup(page, todayAt(12, 0));

  const first = popup.locator('.appointment').first();
  const opened = context.waitForEvent('page');
  await first.getByRole('button', { name: /^Bli med/ }).click();
  await (await opened).waitForURL('https://video.solbakken.test/room');
  await expect(first).toContainText(/Åpnet i dag – takst 2aek?/);
  await expect(popup.getByRole('status').first()).toContainText(/Husk takst 2aek?/);

  const copy = popup.locator('.appointment').last().locator('.copy');
  await copy.click();
  await expect(copy).toHaveText('✓ Kopiert');
  await expect(copy).toHaveText('Kopier invitasjon', { timeout: 5_000 });
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
