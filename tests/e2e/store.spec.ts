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
  // The badges may speak the browser's language (English here): their language setting cannot be read.
  const opened = context.waitForEvent('page');
  await page.locator('tr', { hasText: 'Kari Berg' }).getByRole('button', { name: /^(Join|Bli med)/ }).click();
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

test('an import too big, too deep or too wrong gets a clear message and changes nothing', async ({ openOptions, setRoomUrl, storedSettings }) => {
  await setRoomUrl(ROOM);
  const options = await openOptions();
  const importFile = (name: string, text: string) =>
    options.getByLabel('Importer fra fil').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
  const alert = options.getByRole('alert');

  await importFile('deep.json', `${'['.repeat(100_000)}${']'.repeat(100_000)}`);
  await expect(alert).toContainText('nestet dypere enn 32 nivåer');

  await importFile('huge.json', JSON.stringify({ invite: 'x'.repeat(10_500_000) }));
  await expect(alert).toContainText('Filen er på 10.5 MB');

  // 200,000 unknown keys is over the size limit now; 60,000 fit under it.
  await importFile('keys.json', JSON.stringify(Object.fromEntries(Array.from({ length: 60_000 }, (_, i) => [`key${i}`, 0]))));
  await expect(alert).toContainText('key0, key1, key2, key3, key4, … (+59995)');
  expect((await alert.textContent())!.length).toBeLessThan(1_000);

  const manyErrors = { rooms: Array.from({ length: 30 }, () => ({ practitioner: '', url: 'http://x' })) };
  await importFile('errors.json', JSON.stringify(manyErrors));
  await expect(alert.locator('li')).toHaveCount(21);
  await expect(alert.locator('li').last()).toHaveText(/^og \d+ til$/);

  expect(JSON.stringify(await storedSettings())).toContain(ROOM);
});

test('a stored record that fails validation is kept until the admin imports or resets, after being offered to download it', async ({
  context,
  extensionId,
  openOptions,
  setRoomUrl,
}) => {
  await setRoomUrl(ROOM);
  const corrupt = { defaultRoom: { preset: 'custom', url: ROOM }, reminders: { enabled: 'yes' } };
  const options = await openOptions();
  await options.evaluate(
    (record) =>
      new Promise<void>((resolve) => {
        const request = indexedDB.open('videotime');
        request.onsuccess = () => {
          const transaction = request.result.transaction('settings', 'readwrite');
          transaction.objectStore('settings').put(record, 'clinic');
          transaction.oncomplete = () => resolve();
        };
      }),
    corrupt,
  );
  await options.reload();
  await expect(options.getByRole('alert').first()).toContainText('De lagrede innstillingene er ugyldige');
  await expect(options.getByRole('button', { name: 'Last ned de lagrede innstillingene' })).toBeVisible();

  // Saves built on the defaults, as turning a site on from the popup does, are refused.
  const refused = await options.evaluate(() =>
    chrome.runtime.sendMessage({ type: 'settings:save', settings: { sites: ['http://127.0.0.2/*'] } }),
  );
  expect(refused).toEqual({ value: { ok: false, issues: [{ path: '', key: 'errorStoredInvalid' }] } });
  const worker = context.serviceWorkers()[0]!;
  expect(await worker.evaluate(() => videotimeTest.saveSettings({ sites: ['http://127.0.0.2/*'] }))).toMatchObject({ ok: false });
  const raw = () =>
    options.evaluate(
      () =>
        new Promise((resolve) => {
          const request = indexedDB.open('videotime');
          request.onsuccess = () => {
            const get = request.result.transaction('settings').objectStore('settings').get('clinic');
            get.onsuccess = () => resolve(get.result);
          };
        }),
    );
  expect(await raw()).toEqual(corrupt);

  // An import replaces it.
  const good = { defaultRoom: { preset: 'custom', url: ROOM }, language: 'nb' };
  await options.getByLabel('Importer fra fil').setInputFiles({ name: 'good.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(good)) });
  await expect(options.getByRole('status').filter({ hasText: 'Importert' })).toBeVisible();
  expect(await raw()).toMatchObject(good);
  expect(extensionId).toBeTruthy();
});

declare const chrome: { runtime: { sendMessage(message: object): Promise<unknown> } };

test("a clinic room of only spaces is refused with a message, and the clinic's room stays", async ({ openOptions, setRoomUrl, storedSettings }) => {
  await setRoomUrl(ROOM);
  const options = await openOptions();
  await options.getByLabel('Klinikkens videorom').fill('   ');
  await options.getByRole('button', { name: 'Lagre', exact: true }).click();
  await expect(options.getByText('Skriv inn adressen til videorommet.').first()).toBeVisible();
  await expect(options.getByRole('status').filter({ hasText: 'Lagret' })).toHaveCount(0);
  expect((await storedSettings()).defaultRoom).toEqual({ preset: 'custom', url: ROOM });
});
