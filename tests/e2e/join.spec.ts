import type { BrowserContext } from '@playwright/test';
import { expect, test } from './fixtures';

const ROOM = 'https://video.solbakken.test/venterom';

/** The machine has no network: answer for the clinic's room so the opened tab loads. */
async function serveRoom(context: BrowserContext) {
  await context.route('https://video.solbakken.test/**', (route) =>
    route.fulfill({ contentType: 'text/html', body: '<title>Videorom</title>' }),
  );
}

test('join opens the configured room in a new tab, without the URL ever entering the page', async ({
  context,
  page,
  setRoomUrl,
}) => {
  await serveRoom(context);
  await setRoomUrl(ROOM);
  await page.goto('demo-timebook.html');

  const opened = context.waitForEvent('page');
  await page.locator('tr', { hasText: 'Kari Berg' }).getByRole('button', { name: /Bli med/ }).click();
  const room = await opened;
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
  const opened = context.waitForEvent('page');
  await page.locator('tr', { hasText: 'Oskar Vik' }).getByRole('button', { name: /Bli med/ }).click();
  const options = await opened;
  await options.waitForURL(`chrome-extension://${extensionId}/options.html`);
  await expect(options.getByLabel('Klinikkens videorom')).toHaveValue('');
});
