import type { BrowserContext, Page, Worker } from '@playwright/test';
import { expect, slotsCrossMidnight, test, todayAt } from './harness';
import { serveRooms } from './settings-helpers';

const ROOM = 'https://video.solbakken.test/venterom';

declare const chrome: {
  action: { getBadgeText(details: { tabId: number }): Promise<string> };
  notifications: { getAll(): Promise<Record<string, unknown>> };
  storage: { local: { get(key: string): Promise<Record<string, unknown>>; set(items: object): Promise<void> } };
};
declare const videotimeTest: {
  joinNextInActiveTab(): Promise<unknown>;
  joinFromNotification(id: string): Promise<void>;
};

const workerOf = (context: BrowserContext): Worker => context.serviceWorkers()[0]!;

const row = (page: Page, patient: string) => page.locator('tr', { hasText: patient });

test.describe('the doctor’s day', () => {
  // The content script's clock is the real one, so these pages are written relative to now.
  test.skip(slotsCrossMidnight(-30, 50), 'relative times would cross midnight');

  test.beforeEach(async ({ context, updateSettings }) => {
    await serveRooms(context, 'video.solbakken.test');
    await updateSettings({ defaultRoom: { preset: 'custom', url: ROOM } });
  });

  test('popup lists today’s video appointments in time order with the next one highlighted', async ({
    openPopup,
    page,
  }) => {
    await page.goto('demo-timebook.html');
    await expect(page.locator('[data-videotime="video"]')).toHaveCount(8);
    const popup = await openPopup(page, todayAt(8, 15));
    // Asserted as it renders: the popup reads the page after it opens.
    await expect(popup.locator('.appointment:not(.past) .time')).toHaveText(['08:20', '08:45', '09:00', '09:40', '10:20', '10:30', '10:30']);
    const next = popup.locator('.appointment[aria-current="true"]');
    await expect(next).toHaveCount(1);
    await expect(next).toContainText('08:20');
    await expect(next).toContainText('Neste · om 5 min');
    // Begun over ten minutes ago: folded below, under its count.
    const earlier = popup.locator('details', { hasText: 'Tidligere i dag (1)' });
    await expect(earlier.locator('.appointment')).toBeHidden();
    await earlier.getByText('Tidligere i dag (1)').click();
    await expect(earlier.locator('.appointment')).toContainText('08:00');
    await expect(earlier.locator('.appointment')).toContainText('for 15 min siden');
    await expect(popup.getByRole('button', { name: /^Kopier invitasjonen/ })).toHaveCount(8);
  });

  test('the toolbar button counts the tab’s video appointments', async ({ context, page, tabIdOf }) => {
    await page.goto('demo-timebook.html');
    await expect(page.locator('[data-videotime="video"]')).toHaveCount(8);
    const tabId = await tabIdOf(page);
    await expect.poll(() => workerOf(context).evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId)).toBe('8');
  });

  test('the join button says how soon, the shortcut joins the next, and the badge remembers it today', async ({
    context,
    page,
  }) => {
    await page.goto('today.html?slots=-30:video,3:ønsker video,40:video,10:Resept');
    await expect(page.locator('[data-videotime="video"]')).toHaveCount(3);
    // The chip says "Video"; how soon is in its name and its card.
    await expect(row(page, 'Pasient 1').getByRole('button', { name: /Bli med/ })).toHaveAccessibleName(/for 30 min siden/);
    const soon = row(page, 'Pasient 2').getByRole('button', { name: /Bli med/ });
    await expect(soon).toHaveAccessibleName(/om [34] min/);
    await expect(soon).toHaveClass(/prominent/);
    await expect(row(page, 'Pasient 3').getByRole('button', { name: /Bli med/ })).not.toHaveClass(/prominent/);

    await page.bringToFront();
    const opened = context.waitForEvent('page');
    await workerOf(context).evaluate(() => videotimeTest.joinNextInActiveTab());
    await (await opened).waitForURL(ROOM);

    const joinedBadge = row(page, 'Pasient 2').locator('.badge');
    await expect(joinedBadge).toContainText('Åpnet i dag');
    await expect(row(page, 'Pasient 2').getByRole('button', { name: /Bli med/ })).toHaveAccessibleDescription(/Husk takst 2aek? for videokonsultasjonen/);
    await expect(row(page, 'Pasient 3').locator('.badge')).not.toContainText('Åpnet i dag');

    // The joined state survives a reload of the timebook…
    await page.reload();
    await expect(row(page, 'Pasient 2').locator('.badge')).toContainText('Åpnet i dag');

    // …is stored as opaque keys only…
    const stored = JSON.stringify(await workerOf(context).evaluate(() => chrome.storage.local.get('joinedToday')));
    expect(stored).toMatch(/"keys":\["[0-9a-f]{64}"\]/);
    expect(stored).not.toMatch(/Solberg|Pasient|\d\d:\d\d/);

    // …and a record from an earlier day counts for nothing.
    await workerOf(context).evaluate(async () => {
      const { joinedToday } = (await chrome.storage.local.get('joinedToday')) as { joinedToday: { keys: string[] } };
      await chrome.storage.local.set({ joinedToday: { ...joinedToday, day: '2000-01-01' } });
    });
    await page.reload();
    await expect(page.locator('[data-videotime="video"]')).toHaveCount(3);
    await expect(page.locator('.badge', { hasText: 'Åpnet i dag' })).toHaveCount(0);
  });

  test('a reminder fires before the appointment with no patient data, and clicking it joins', async ({
    context,
    page,
    updateSettings,
  }) => {
    await updateSettings({ reminders: { enabled: true, minutesBefore: 5 } });
    await page.goto('today.html?slots=5:video,50:video');
    await expect(page.locator('[data-videotime="video"]')).toHaveCount(2);

    const worker = workerOf(context);
    await expect.poll(() => worker.evaluate(async () => Object.keys(await chrome.notifications.getAll())), { timeout: 15_000 }).toHaveLength(1);
    const [id] = await worker.evaluate(async () => Object.keys(await chrome.notifications.getAll()));
    expect(id).not.toContain('Pasient');

    await page.bringToFront();
    const opened = context.waitForEvent('page');
    await worker.evaluate((notification) => videotimeTest.joinFromNotification(notification), id!);
    await (await opened).waitForURL(ROOM);
    await expect(row(page, 'Pasient 1').locator('.badge')).toContainText('Åpnet i dag');
  });

  test('staff copy the patient’s invite from the badge and from the popup', async ({ context, openPopup, page }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('demo-timebook.html');
    const badge = row(page, 'Kari Berg').locator('[data-videotime-ui]');
    // Copying is in the chip's card, which opens as the pointer comes over the chip.
    await badge.hover();
    await badge.getByRole('button', { name: 'Kopier invitasjonen til timen kl. 08:20' }).click();
    await expect(badge.getByRole('button', { name: /Kopier invitasjonen/ })).toHaveText('✓ Kopiert');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      `Hei! Videotimen din starter kl. 08:20. Bli med her: ${ROOM}`,
    );
    // The room URL went to the clipboard, not into the page.
    expect(await page.content()).not.toContain('solbakken.test');

    // Before the day's first appointment, so none is folded away as past.
    const popup = await openPopup(page, todayAt(7, 0));
    await popup.getByRole('button', { name: 'Kopier invitasjonen til timen kl. 10:20' }).click();
    await expect(popup.getByRole('status')).toHaveText('Invitasjonen er kopiert.');
    expect(await popup.evaluate(() => navigator.clipboard.readText())).toContain('starter kl. 10:20');
  });

  test('a room set in the popup for this session wins over the clinic’s until cleared', async ({ context, openPopup, page }) => {
    await page.goto('demo-timebook.html');
    await expect(page.locator('[data-videotime="video"]')).toHaveCount(8);
    const popup = await openPopup(page, todayAt(7, 0));
    await popup.getByText('Verktøy for administrator').click();

    await popup.getByLabel('Eget videorom for denne økten').fill('http://insecure.example/room');
    await popup.getByRole('button', { name: 'Bruk', exact: true }).click();
    await expect(popup.getByRole('alert')).toContainText('https://');

    await popup.getByLabel('Eget videorom for denne økten').fill(`${ROOM}-dr-lie`);
    await popup.getByRole('button', { name: 'Bruk', exact: true }).click();
    await expect(popup.getByText('Et eget rom brukes i denne økten.')).toBeVisible();
    let opened = context.waitForEvent('page');
    await popup.getByRole('button', { name: 'Bli med i videorommet for timen kl. 08:20' }).click();
    await (await opened).waitForURL(`${ROOM}-dr-lie`);

    await popup.getByRole('button', { name: 'Slutt å bruke' }).click();
    await expect(popup.getByText('Et eget rom brukes i denne økten.')).toHaveCount(0);
    opened = context.waitForEvent('page');
    await popup.getByRole('button', { name: 'Bli med i videorommet for timen kl. 08:20' }).click();
    await (await opened).waitForURL(ROOM);
  });

  test('the “bare video” view dims the rest, and turning it off leaves the page exactly as it was', async ({
    openPopup,
    page,
  }) => {
    await page.goto('demo-timebook.html');
    await expect(page.locator('[data-videotime="video"]')).toHaveCount(8);
    const before = await page.locator('body').evaluate((body) => body.outerHTML);
    const popup = await openPopup(page);
    const toggle = popup.getByLabel('Vis bare videotimer i timeboken');

    await toggle.check();
    await expect(row(page, 'Ole Hansen')).toHaveCSS('opacity', '0.3');
    await expect(row(page, 'Kari Berg')).toHaveCSS('opacity', '1');

    await toggle.uncheck();
    await expect(row(page, 'Ole Hansen')).toHaveCSS('opacity', '1');
    expect(await page.locator('body').evaluate((body) => body.outerHTML)).toBe(before);
  });
});
