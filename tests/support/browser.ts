import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, realpathSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from '@playwright/test';

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

/**
 * Whether the Chromium found has its Norwegian UI: Debian keeps it in /usr/lib/chromium/locales
 * (chromium-l10n) while /usr/bin/chromium is a wrapper script; other builds beside their binary.
 */
export function chromiumHasNorwegian(executable = findChromium()): boolean {
  if (!executable) return false;
  const home = executable.startsWith('/usr/bin/') ? '/usr/lib/chromium' : dirname(realpathSync(executable));
  return existsSync(`${home}/locales/nb.pak`);
}

/** For the scripts that drive the built extension (demo, screenshots): a Chromium, then a fresh e2e build, or exit saying why. */
export function buildForScripts(): void {
  if (!findChromium()) {
    console.error(CHROMIUM_HELP);
    process.exit(1);
  }
  const build = spawnSync('npm', ['run', '--silent', 'build:e2e'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

declare const videotimeTest: { saveSettings(patch: object): Promise<unknown> };

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
}

/** Chromium's flags for a profile with only the unpacked extension in `extensionDir` loaded. */
export const extensionArgs = (extensionDir: string) => [
  `--disable-extensions-except=${extensionDir}`,
  `--load-extension=${extensionDir}`,
  // This machine has no network: keep Chromium from trying Google's services at start.
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** A Chromium profile with the built extension loaded; the same userDataDir means a restart. */
export async function launchWithExtension(options: {
  userDataDir: string;
  headless: boolean;
  extensionDir?: string;
  /** Videotime's language setting: Norwegian unless told. */
  language?: 'auto' | 'nb' | 'en';
  /**
   * The browser's own UI language. English unless told: the extension's language must not hang on
   * which locales the browser has (Debian's Chromium without chromium-l10n has only English).
   */
  browserLanguage?: string;
  /** A fresh profile opens the welcome page on install; it is closed unless a test is about it. */
  keepWelcome?: boolean;
}): Promise<ExtensionBrowser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(CHROMIUM_HELP);
  const extensionDir = options.extensionDir ?? E2E_EXTENSION_DIR;
  if (!existsSync(resolve(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension in ${extensionDir}: run npm run build:e2e first.`);
  }
  const browserLanguage = options.browserLanguage ?? 'en';
  const fresh = !existsSync(options.userDataDir) || readdirSync(options.userDataDir).length === 0;
  const context = await chromium.launchPersistentContext(options.userDataDir, {
    executablePath,
    headless: options.headless,
    args: extensionArgs(extensionDir),
    // Chromium on Linux takes its UI language from the environment: LANGUAGE, which counts only
    // where LANG names a locale other than C (Debian's default is C.UTF-8), and LANG itself.
    env: { ...process.env, LANGUAGE: browserLanguage, LANG: `${browserLanguage === 'nb' ? 'nb_NO' : 'en_US'}.UTF-8` },
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  // Through the setting, as staff would choose it (entrypoints/background/expose-for-tests.ts).
  await worker.evaluate((language) => videotimeTest.saveSettings({ language }), options.language ?? 'nb');
  if (fresh && !options.keepWelcome) await (await welcomePage(context)).close();
  return { context, extensionId };
}

/** The welcome page the extension opens when it is installed; it comes a moment after the service worker. */
export async function welcomePage(context: BrowserContext, timeoutMs = 15_000): Promise<Page> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const welcome = context.pages().find((page) => page.url().endsWith('/welcome.html'));
    if (welcome) return welcome;
    if (Date.now() > deadline) throw new Error('The welcome page did not open on install.');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
