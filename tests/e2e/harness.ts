import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';
import { launchWithExtension } from '../support/browser';
import { startPageServer, type PageServer } from '../support/server';

export const HEADLESS = process.env.HEADED !== '1';

interface Fixtures {
  /** The browser's own UI language (Videotime's is set to Norwegian either way). */
  browserLanguage: string;
  /** Keep the welcome page a fresh install opens (closed otherwise, so it is in no test's way). */
  keepWelcome: boolean;
  userDataDir: string;
  context: BrowserContext;
  extensionId: string;
  /** Opens the extension's options page in a tab. */
  openOptions: () => Promise<Page>;
  /** Saves the clinic's room through the options page, as an admin would. */
  setRoomUrl: (url: string) => Promise<void>;
  /** The browser's id of a tab, brought to the front as the one the popup would act on. */
  tabIdOf: (tab: Page) => Promise<number>;
  /**
   * The popup for a tab; it opens as a tab itself here, so it is told which tab it is about.
   * With `at`, the popup's clock stands still at that time.
   */
  openPopup: (tab: Page, at?: Date) => Promise<Page>;
  /** The stored settings, read and changed through the background as the options page does. */
  storedSettings: () => Promise<StoredSettings>;
  updateSettings: (patch: object) => Promise<void>;
}

export interface StoredSettings {
  sites: string[];
  profiles: { name: string; matches: string[]; selectors?: object }[];
  [key: string]: unknown;
}

declare const chrome: {
  tabs: { query(filter: object): Promise<{ id?: number }[]> };
  runtime: { sendMessage(message: object): Promise<unknown> };
};

export const test = base.extend<Fixtures, { server: PageServer }>({
  server: [
    async ({}, use) => {
      const server = await startPageServer();
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  baseURL: async ({ server }, use) => use(server.url),
  userDataDir: async ({}, use) => {
    const dir = await mkdtemp(join(tmpdir(), 'videotime-profile-'));
    await use(dir);
    await rm(dir, { recursive: true, force: true });
  },
  browserLanguage: ['en', { option: true }],
  keepWelcome: [false, { option: true }],
  context: async ({ userDataDir, browserLanguage, keepWelcome }, use) => {
    const { context } = await launchWithExtension({ userDataDir, headless: HEADLESS, browserLanguage, keepWelcome });
    await use(context);
    await context.close();
  },
  extensionId: async ({ context }, use) => {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    await use(new URL(worker.url()).host);
  },
  page: async ({ context }, use) => use(context.pages()[0] ?? (await context.newPage())),
  openOptions: async ({ context, extensionId }, use) => {
    await use(async () => {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/options.html`);
      return page;
    });
  },
  tabIdOf: async ({ context }, use) => {
    await use(async (tab) => {
      await tab.bringToFront();
      const worker = context.serviceWorkers()[0]!;
      return worker.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]!.id!);
    });
  },
  openPopup: async ({ context, extensionId, tabIdOf }, use) => {
    await use(async (tab, at) => {
      const tabId = await tabIdOf(tab);
      const popup = await context.newPage();
      if (at) await popup.clock.setFixedTime(at);
      await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
      return popup;
    });
  },
  storedSettings: async ({ openOptions }, use) => {
    await use(async () => {
      const page = await openOptions();
      // Replies come wrapped as { value } (utils/messaging/protocol.ts).
      const loaded = (await page.evaluate(() => chrome.runtime.sendMessage({ type: 'settings:get' }))) as {
        value: { stored: { settings: StoredSettings } };
      };
      await page.close();
      return loaded.value.stored.settings;
    });
  },
  updateSettings: async ({ openOptions, storedSettings }, use) => {
    await use(async (patch) => {
      const settings = { ...(await storedSettings()), ...patch };
      const page = await openOptions();
      const result = await page.evaluate((next) => chrome.runtime.sendMessage({ type: 'settings:save', settings: next }), settings);
      await page.close();
      expect(result).toMatchObject({ value: { ok: true } });
    });
  },
  setRoomUrl: async ({ openOptions }, use) => {
    await use(async (url) => {
      const options = await openOptions();
      await options.getByLabel('Klinikkens videorom').fill(url);
      await options.getByRole('button', { name: 'Lagre' }).click();
      await expect(options.getByRole('status')).toContainText('Lagret');
      await options.close();
    });
  },
});

export { expect };

/** The names in the Pasient column of every row the extension flagged in a category. */
export async function flaggedPatients(page: Page, category = 'video'): Promise<string[]> {
  return (await page.locator(`[data-videotime="${category}"] td.pasient`).allTextContents()).sort();
}

/** Today at a time of day: the test timebooks are served dated today, and the popup's clock is set to it. */
export function todayAt(hours: number, minutes: number): Date {
  const now = new Date();
  return new Date(now.getFullYear(), now.getMonth(), now.getDate(), hours, minutes);
}

/**
 * Whether a page of times from `earliest` to `latest` minutes from now (today.html's slots), plus
 * the few minutes a test takes, would reach into another day: read as today, they would be wrong.
 */
export function slotsCrossMidnight(earliest: number, latest: number, margin = 10): boolean {
  const now = new Date();
  const dayIn = (minutes: number) => new Date(now.getTime() + minutes * 60_000).getDate();
  return dayIn(earliest - margin) !== now.getDate() || dayIn(latest + margin) !== now.getDate();
}
