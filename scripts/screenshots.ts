/**
 * npm run screenshots: PNGs of the popup, the options page and the welcome page, made from the
 * built extension (the e2e build, which also reads the demo timebook on 127.0.0.1) into docs/,
 * where the README shows them. Light, plus the popup in dark mode.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { buildForScripts, launchWithExtension, welcomePage } from '../tests/support/browser';
import { startPageServer } from '../tests/support/server';
import { FLAG_ATTRIBUTE } from '../utils/dom-marks';

const DOCS = resolve(import.meta.dirname, '../docs');
const ROOM = 'https://whereby.com/solbakken-legesenter';

buildForScripts();

const server = await startPageServer();
const userDataDir = await mkdtemp(join(tmpdir(), 'videotime-screenshots-'));
const { context, extensionId } = await launchWithExtension({ userDataDir, headless: true, keepWelcome: true });
const extensionPage = (path: string) => `chrome-extension://${extensionId}/${path}`;

/** The page as its content sizes it, or (`viewport`) as a window shows it, sticky save bar and all. */
async function shoot(page: Page, name: string, viewport = false) {
  // Fonts and layout settle before the picture.
  await page.evaluate(() => document.fonts.ready);
  const path = join(DOCS, name);
  if (viewport) await page.screenshot({ path, animations: 'disabled' });
  else await page.locator('body').screenshot({ path, animations: 'disabled' });
  console.log(`docs/${name}`);
}

try {
  // The welcome page as a fresh install opens it, on its room step with an address typed.
  const welcome = await welcomePage(context);
  await welcome.setViewportSize({ width: 760, height: 900 });
  await welcome.reload();
  await welcome.getByRole('radio', { name: 'Whereby' }).check();
  await welcome.getByRole('button', { name: 'Neste' }).click();
  await welcome.locator('#welcome-room').fill(ROOM);
  await welcome.locator('#welcome-room').blur();
  await shoot(welcome, 'welcome.png');

  // The clinic's room and two practitioners' own, set up as an admin would in the options page.
  const options = await context.newPage();
  await options.setViewportSize({ width: 1000, height: 1000 });
  await options.goto(extensionPage('options.html'));
  await options.locator('#room-preset').selectOption('whereby');
  await options.locator('#room-url').fill(ROOM);
  await options.getByRole('button', { name: 'Legg til behandler' }).click();
  await options.keyboard.type('Ahmed Karimi');
  await options.locator('#rooms-0-url').fill('https://whereby.com/dr-karimi');
  await options.getByRole('button', { name: 'Lagre' }).click();
  await options.getByRole('status').waitFor();
  await options.evaluate(() => window.scrollTo(0, 0));
  await shoot(options, 'options.png', true);

  // The popup on the demo timebook at 08:15 today: the next one prominent, one folded as past.
  const timebook = await context.newPage();
  await timebook.goto(`${server.url}demo-timebook.html`);
  await timebook.locator(`[${FLAG_ATTRIBUTE}="video"]`).first().waitFor();
  await timebook.bringToFront();
  const worker = context.serviceWorkers()[0]!;
  const tabId = await worker.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]!.id!);
  const now = new Date();
  for (const scheme of ['light', 'dark'] as const) {
    const popup = await context.newPage();
    await popup.setViewportSize({ width: 400, height: 600 });
    await popup.clock.setFixedTime(new Date(now.getFullYear(), now.getMonth(), now.getDate(), 8, 15));
    await popup.emulateMedia({ colorScheme: scheme });
    await popup.goto(extensionPage(`popup.html?tabId=${tabId}`));
    await popup.locator('.appointment.next').waitFor();
    await shoot(popup, scheme === 'light' ? 'popup.png' : 'popup-dark.png');
    await popup.close();
  }
} finally {
  await context.close();
  await server.close();
  await rm(userDataDir, { recursive: true, force: true });
}

declare const chrome: { tabs: { query(filter: object): Promise<{ id?: number }[]> } };
