/*
 * The settings database as a careless rollout leaves it: written by a newer Videotime, then opened
 * by this one (IT rolled an older version out by policy).
 */
import { expect, test } from './harness';
import { serveRooms } from './settings-helpers';

const ROOM = 'https://video.solbakken.test/venterom';
/** The pages that read the language setting fall back to the browser's (English); the popup keeps the last one it was told. */
const NEWER = /newer version of Videotime|nyere versjon av Videotime/;
const FUTURE = { defaultRoom: { preset: 'custom', url: ROOM }, fromVersion99: true };

declare const videotimeTest: { saveSettings(patch: object): Promise<unknown> };

test('a database from a newer Videotime: options and popup say so, join says why, nothing is written', async ({
  context,
  extensionId,
  page,
  openOptions,
  setRoomUrl,
}) => {
  await serveRooms(context, 'video.solbakken.test');
  await setRoomUrl(ROOM);

  // A newer Videotime takes the database to version 99 (the background's connection steps aside).
  const upgrader = await openOptions();
  await upgrader.evaluate(
    (record) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('videotime', 99);
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const transaction = request.result.transaction('settings', 'readwrite');
          transaction.objectStore('settings').put(record, 'clinic');
          transaction.oncomplete = () => {
            request.result.close();
            resolve();
          };
        };
      }),
    FUTURE,
  );
  await upgrader.close();

  const options = await openOptions();
  await expect(options.getByRole('alert')).toContainText(NEWER);
  await expect(options.getByRole('button', { name: /Reset|Tilbakestill/ })).toHaveCount(0);
  await options.close();

  await page.goto('demo-timebook.html');
  // The badges speak English too.
  const opened = context.waitForEvent('page');
  await page.locator('tr', { hasText: 'Kari Berg' }).getByRole('button', { name: /^Join/ }).click();
  const optionsTab = await opened;
  await optionsTab.waitForURL(`chrome-extension://${extensionId}/options.html`);
  await expect(optionsTab.getByRole('alert')).toContainText(NEWER);
  expect(context.pages().some((tab) => tab.url().startsWith(ROOM))).toBe(false);

  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(popup.getByRole('status')).toContainText(NEWER);

  const worker = context.serviceWorkers()[0]!;
  expect(await worker.evaluate(() => videotimeTest.saveSettings({ reminders: { enabled: true, minutesBefore: 5 } }))).toMatchObject({ ok: false });
  const stored = await popup.evaluate(
    () =>
      new Promise((resolve) => {
        const request = indexedDB.open('videotime');
        request.onsuccess = () => {
          const get = request.result.transaction('settings').objectStore('settings').get('clinic');
          get.onsuccess = () => resolve({ version: request.result.version, record: get.result });
        };
      }),
  );
  expect(stored).toEqual({ version: 99, record: FUTURE });
});
