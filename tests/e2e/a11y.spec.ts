import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { welcomePage } from '../support/browser';
import { expect, test, todayAt } from './harness';

test.use({ keepWelcome: true });

/** Axe's findings, each with the elements it names, so a failure says where to look. */
async function violations(page: Page, mustPass = ['color-contrast']) {
  // Also the experimental rule that accessible names contain the visible text (voice control users
  // say what they see), which the popup's entries once failed.
  const { violations: found, passes } = await new AxeBuilder({ page }).options({ rules: { 'label-content-name-mismatch': { enabled: true } } }).analyze();
  // Axe ran these checks here and they found something to check: an empty list means they passed.
  expect(passes.map(({ id }) => id)).toEqual(expect.arrayContaining(mustPass));
  return found.map(({ id, help, nodes }) => ({ id, help, where: nodes.map((node) => node.target.join(' ')) }));
}

/** The page's own background colour, as painted. */
const background = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);

// One test per page and scheme, so the six run side by side.
for (const scheme of ['light', 'dark'] as const) {
  test(`welcome page: no axe violations, ${scheme}`, async ({ context }) => {
    const welcome = await welcomePage(context);
    await welcome.emulateMedia({ colorScheme: scheme });
    await welcome.reload();
    await expect(welcome.getByRole('heading', { level: 2 })).toBeVisible();
    expect(await violations(welcome)).toEqual([]);
    // The room step too, with its live check speaking.
    await welcome.getByRole('button', { name: 'Neste' }).click();
    await welcome.getByLabel(/Adressen til klinikkens rom/).fill('https://whereby.com/a/b');
    await expect(welcome.locator('#welcome-room-check')).not.toBeEmpty();
    expect(await violations(welcome)).toEqual([]);
  });

  test(`popup: no axe violations, ${scheme}`, async ({ openPopup, page }) => {
    await page.goto('demo-timebook.html');
    await expect(page.locator('[data-videotime="video"]')).toHaveCount(8);
    // Mid-morning: a next appointment, the upcoming list and a folded earlier one.
    const popup = await openPopup(page, todayAt(8, 15));
    await popup.emulateMedia({ colorScheme: scheme });
    await expect(popup.locator('.appointment.next')).toHaveCount(1);
    await popup.getByText(/Tidligere i dag/).click();
    await popup.getByText('Verktøy for administrator').click();
    expect(await violations(popup, ['color-contrast', 'label-content-name-mismatch'])).toEqual([]);
  });

  test(`options page: no axe violations, ${scheme}`, async ({ openOptions }) => {
    const options = await openOptions();
    await options.emulateMedia({ colorScheme: scheme });
    await expect(options.getByRole('heading', { name: 'Klinikkens rom' })).toBeVisible();
    for (const fold of await options.locator('details > summary').all()) await fold.click();
    expect(await violations(options)).toEqual([]);
    // With the error summary and the fields' own errors showing.
    await options.getByRole('button', { name: 'Legg til behandler' }).click();
    await options.getByRole('button', { name: 'Lagre' }).click();
    await expect(options.getByRole('alert')).toBeFocused();
    expect(await violations(options)).toEqual([]);
  });
}

test('popup, options, welcome and PIN window follow the browser’s dark mode', async ({ context, extensionId, openOptions, openPopup, page }) => {
  const pages = {
    welcome: await welcomePage(context),
    popup: await openPopup(page),
    options: await openOptions(),
    pin: await context.newPage(),
  };
  await pages.pin.goto(`chrome-extension://${extensionId}/pin.html#2468`);
  for (const [name, shown] of Object.entries(pages)) {
    await shown.emulateMedia({ colorScheme: 'light' });
    const light = await background(shown);
    await shown.emulateMedia({ colorScheme: 'dark' });
    const dark = await background(shown);
    expect(light, name).not.toBe(dark);
    // Dark: every channel low.
    const channels = dark.match(/\d+/g)!.slice(0, 3).map(Number);
    expect(Math.max(...channels), `${name}: ${dark}`).toBeLessThan(64);
  }
});
