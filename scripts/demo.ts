/**
 * npm run demo: builds the extension, serves the demo timebook on 127.0.0.1 and opens Chromium
 * with Videotime loaded on it. Without a display it runs headless, saves demo.png, prints the
 * flagged appointments and exits.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildForScripts, launchWithExtension } from '../tests/support/browser';
import { FLAG_ATTRIBUTE, UI_ATTRIBUTE } from '../utils/dom-marks';
import { startPageServer } from '../tests/support/server';

const DEMO_ROOM = 'https://meet.jit.si/videotime-demo';
const SCREENSHOT = resolve(import.meta.dirname, '../demo.png');
const headless = process.argv.includes('--headless') || !(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);

buildForScripts();

const server = await startPageServer();
const userDataDir = await mkdtemp(join(tmpdir(), 'videotime-demo-'));
const { context, extensionId } = await launchWithExtension({ userDataDir, headless });

try {
  // Set the clinic's room as an admin would, so the join buttons have somewhere to go.
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.locator('#room-url').fill(DEMO_ROOM);
  await options.locator('button[type=submit]').click();
  await options.getByRole('status').waitFor();
  await options.close();

  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(`${server.url}demo-timebook.html`);
  await page.locator(`[${UI_ATTRIBUTE}]`).first().waitFor();
  await page.waitForTimeout(200);

  const flagged = await page.$$eval(
    `[${FLAG_ATTRIBUTE}="video"]`,
    (rows, ui) =>
      rows.map((row) => {
        const cells = Array.from(row.querySelectorAll('td'), (cell) => cell.textContent?.trim() ?? '');
        // The badge's card says why; the demo's e2e build leaves its shadow root open.
        const reason = row.querySelector(`[${ui}]`)?.shadowRoot?.querySelector('.reason');
        return {
          Behandler: row.closest('table')?.querySelector('caption')?.textContent?.trim() ?? '',
          Tid: cells[0] ?? '',
          Avtaletype: cells[3] ?? '',
          Merknad: cells[4] ?? '',
          Hvorfor: reason?.textContent ?? '',
        };
      }),
    UI_ATTRIBUTE,
  );
  console.log(`\nVideotime flagged ${flagged.length} video appointments on the demo timebook:`);
  console.table(flagged);

  if (headless) {
    await page.screenshot({ path: SCREENSHOT, fullPage: true });
    console.log(`Screenshot: ${SCREENSHOT}`);
  } else {
    console.log('Chromium is open with Videotime loaded. Close the browser window to end the demo.');
    await context.waitForEvent('close', { timeout: 0 });
  }
} finally {
  await context.close();
  await server.close();
  await rm(userDataDir, { recursive: true, force: true });
}
