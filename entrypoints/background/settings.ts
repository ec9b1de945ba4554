import { browser } from 'wxt/browser';
import { guarded } from '../../utils/guard';
import { exposeForTests } from './expose-for-tests';
import { useLanguage } from '../../utils/i18n';
import { chosenLanguage, LANGUAGE_KEY } from '../../utils/locales';
import type { ExtensionHandlers } from '../../utils/messaging/extension';
import type { PageHandlers } from '../../utils/messaging/page';
import { timebookMessages } from '../../utils/messaging/tab';
import { NO_POLICY, readManaged, withManaged, type Managed } from '../../utils/settings/managed';
import type { Settings } from '../../utils/settings/schema';
import { openSettingsStore, type SaveOptions, type SaveResult } from '../../utils/settings/store';

/** Browsers without a policy, or without managed storage at all (Firefox with no policies.json), set nothing. */
async function readPolicy(): Promise<Managed> {
  try {
    return readManaged(await browser.storage.managed.get());
  } catch {
    return NO_POLICY;
  }
}

/** Open timebooks re-read their settings; tabs without our content script simply do not answer. */
async function announceToTabs() {
  const tabs = await browser.tabs.query({});
  await Promise.all(
    tabs.flatMap((tab) => (tab.id === undefined ? [] : [timebookMessages.sendToTab(tab.id, 'settings:changed', {}).catch(() => undefined)])),
  );
}

export type SettingsFeature = ReturnType<typeof registerSettings>;

/**
 * The settings everything runs on: the clinic's record in IndexedDB with browser policy over it.
 * Other features read them here and hear when they change.
 */
export function registerSettings() {
  // Opened lazily but once: listeners must be registered synchronously for MV3 wake-ups.
  const store = openSettingsStore();
  const listeners: (() => Promise<unknown>)[] = [];

  /**
   * The background speaks the chosen language too (reminders), and mirrors it where the
   * extension's pages read it before their first frame.
   */
  async function speakChosenLanguage() {
    // Settings that cannot be read (invalid, or a newer Videotime's): the language last known stands.
    if (!(await (await store).load()).ok) return;
    const { language } = await effective(false);
    useLanguage(chosenLanguage(language));
    await browser.storage.local.set({ [LANGUAGE_KEY]: language });
  }

  /** Settings changed, locally or by policy: open timebooks and every feature follow. */
  const changed = () => Promise.all([speakChosenLanguage(), announceToTabs(), ...listeners.map((listener) => listener())]);

  /**
   * Chromium answers managed storage only once its policy service is up, seconds after the browser
   * starts. Timebook pages must not wait that long to be flagged: until then they get the local
   * settings, and hear 'settings:changed' when the policy arrives. Joins and the options page wait.
   */
  let policy: Managed | undefined;
  const firstPolicy = readPolicy().then(async (read) => {
    policy = read;
    if (read.locked.length) await changed();
    return read;
  });
  const policyNow = async (waitForPolicy: boolean) => policy ?? (waitForPolicy ? firstPolicy : NO_POLICY);

  /** What everything runs on: the stored settings with the policy's values over them. */
  async function effective(waitForPolicy = true): Promise<Settings> {
    const [{ settings: local }, managed] = await Promise.all([(await store).load(), policyNow(waitForPolicy)]);
    return withManaged(local, managed);
  }

  /** The stored settings alone, which are what a change is made to. */
  async function stored(): Promise<Settings> {
    return (await (await store).load()).settings;
  }

  async function save(candidate: unknown, options?: SaveOptions): Promise<SaveResult> {
    const result = await (await store).save(candidate, options);
    if (result.ok) await changed();
    return result;
  }

  void speakChosenLanguage().catch((error: unknown) => console.error('[Videotime] language', error));
  // Tests set up a profile's settings from the service worker, e.g. the language they read.
  exposeForTests({ saveSettings: async (patch: Partial<Settings>) => save({ ...(await stored()), ...patch }) });
  browser.storage.onChanged.addListener(
    guarded('policy', async (_changes: unknown, area: string) => {
      if (area !== 'managed') return;
      policy = await readPolicy();
      await changed();
    }),
  );

  /** A newer Videotime wrote the database: this one reads defaults and can change nothing. */
  async function isNewer(): Promise<boolean> {
    const loaded = await (await store).load();
    return !loaded.ok && loaded.newer === true;
  }

  return {
    effective,
    stored,
    isNewer,
    save,
    onChanged(listener: () => Promise<unknown>) {
      listeners.push(listener);
    },
    page: {
      // Pages are flagged at once; a policy read later reaches them as 'settings:changed'.
      'page:config': async () => {
        const { detector, feeCodes, profiles, language } = await effective(false);
        return { detector, feeCodes, profiles, language: chosenLanguage(language) };
      },
    } satisfies Partial<PageHandlers>,
    extension: {
      'settings:get': async () => {
        const [loaded, managed] = await Promise.all([(await store).load(), policyNow(true)]);
        return { stored: loaded, managed };
      },
      'settings:save': async ({ settings: candidate, replace }) => save(candidate, { replace }),
      'settings:reset': async () => {
        const settings = await (await store).reset();
        await changed();
        return { ok: true, settings };
      },
    } satisfies Partial<ExtensionHandlers>,
  };
}
