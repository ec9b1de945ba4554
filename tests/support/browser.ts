import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type BrowserContext } from '@playwright/test';

export const E2E_EXTENSION_DIR = resolve(import.meta.dirname, '../../.output/chrome-mv3-e2e');

export const CHROMIUM_HELP = `No Chromium found. Videotime's demo and tests drive a real Chromium. Get one of:
  • Debian/Ubuntu:  sudo apt-get install chromium chromium-l10n   (/usr/bin/chromium, with its Norwegian UI)
  • Playwright's:   npx playwright install chromium
  • Your own:       CHROMIUM_PATH=/path/to/chromium npm run demo`;

/** CHROMIUM_PATH wins; then Debian's package; then Playwright's own download, if present. */
export function findChromium(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', chromium.executablePath()];
  return candidates.find((path): path is string => !!path && existsSync(path));
}

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
}

/** A Chromium profile with the built extension loaded; the same userDataDir means a restart. */
export async function launchWithExtension(options: {
  userDataDir: string;
  headless: boolean;
  extensionDir?: string;
  /** The browser's UI language, which picks the extension's locale; Norwegian unless told. */
  language?: string;
}): Promise<ExtensionBrowser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(CHROMIUM_HELP);
  const extensionDir = options.extensionDir ?? E2E_EXTENSION_DIR;
  if (!existsSync(resolve(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension in ${extensionDir}: run npm run build:e2e first.`);
  }
  const context = await chromium.launchPersistentContext(options.userDataDir, {
    executablePath,
    headless: options.headless,
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      // This machine has no network: keep Chromium from trying Google's services at start.
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
    // Chromium on Linux takes its UI language, and so the extension's, from the environment.
    env: { ...process.env, LANGUAGE: options.language ?? 'nb' },
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return { context, extensionId };
}
