import { expect, test } from './harness';
import { addPractitionerRoom, join, save, serveRooms } from './settings-helpers';

const ROOM = 'https://video.solbakken.test/venterom';

test('join opens the configured room in a new tab, without the URL ever entering the page', async ({
  context,
  page,
  setRoomUrl,
}) => {
  await serveRooms(context, 'video.solbakken.test');
  await setRoomUrl(ROOM);
  await page.goto('demo-timebook.html');

  const room = await join(context, page, 'Kari Berg');
  await room.waitForURL(ROOM);

  const everything = await page.evaluate(() => {
    const parts = [document.documentElement.outerHTML];
    for (const host of document.querySelectorAll('[data-videotime-ui]')) parts.push(host.shadowRoot?.innerHTML ?? '');
    return parts.join('\n');
  });
  expect(everything).toContain('Bli med');
  expect(everything).not.toContain('solbakken.test');
});

test('join without a configured room opens the settings instead', async ({ context, page, extensionId }) => {
  await page.goto('demo-timebook.html');
  const options = await join(context, page, 'Oskar Vik');
  await options.waitForURL(`chrome-extension://${extensionId}/options.html`);
  await expect(options.getByLabel('Klinikkens videorom')).toHaveValue('');
});

test("each practitioner's appointment joins that practitioner's room; the NHN PIN shows to staff only", async ({
  context,
  page,
  openOptions,
}) => {
  await serveRooms(context, 'video.solbakken.test', 'join.nhn.no');
  const options = await openOptions();
  await options.getByLabel('Klinikkens videorom').fill(ROOM);
  await addPractitionerRoom(options, 1, 'Ingrid Solberg', 'https://video.solbakken.test/{room}-{time}');
  const karimi = await addPractitionerRoom(options, 2, 'Ahmed Karimi', 'https://join.nhn.no/webapp/conference/12345678', 'nhn');
  await karimi.getByLabel('PIN-kode').fill('2468');
  await save(options);
  await options.close();

  await page.goto('demo-timebook.html');
  const solberg = await join(context, page, 'Kari Berg');
  await solberg.waitForURL('https://video.solbakken.test/ingrid-solberg-08%3A20');

  await page.locator('tr', { hasText: 'Oskar Vik' }).getByRole('button', { name: /Bli med/ }).click();
  // The room's tab and the PIN's own small window open together, in no promised order.
  const urls = () => context.pages().map((opened) => opened.url());
  await expect.poll(urls).toContain('https://join.nhn.no/webapp/conference/12345678');
  const isPinWindow = (url: string) => new URL(url).pathname === '/pin.html';
  await expect.poll(() => urls().some(isPinWindow)).toBe(true);
  const pinWindow = context.pages().find((opened) => isPinWindow(opened.url()))!;
  await expect(pinWindow.locator('.pin')).toHaveText('2468');
  expect(await page.content()).not.toContain('2468');
  // The PIN never enters an address, so never the browser's history; its one-time handover is spent.
  expect(urls().filter((url) => url.includes('2468'))).toEqual([]);
  await pinWindow.reload();
  await expect(pinWindow.getByRole('alert')).toContainText('Bli med på nytt');

  // Marte Lien has no room of her own: the clinic's.
  const clinic = await join(context, page, 'Julie Sæther');
  await clinic.waitForURL(ROOM);
});
