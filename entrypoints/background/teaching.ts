import { browser } from 'wxt/browser';
import type { ScriptPublicPath } from 'wxt/utils/inject-script';
import type { ExtensionHandlers } from '../../utils/messaging/extension';
import type { PageHandlers } from '../../utils/messaging/page';
import { teachingMessages } from '../../utils/messaging/tab';
import { taughtProfile } from '../../utils/sites/profile';
import { runScriptInTab } from './run-script';
import type { SettingsFeature } from './settings';

/** The picker and the layout notice: no booking page loads them until they are needed. */
const TEACHING_SCRIPT: ScriptPublicPath = '/teaching.js';

/**
 * Teaching a page its profile: staff start the picker from the popup, or a taught page that stops
 * yielding appointments offers it in a notice. Either way the teaching script is injected then.
 */
/**
 * Tabs where staff may teach now: the popup started the picker there, or the notice offers it. Kept
 * in session storage, as the service worker may sleep while staff pick.
 */
const TEACHING_TABS = 'teachingTabs';

async function teachingTabs(): Promise<number[]> {
  const { [TEACHING_TABS]: tabs } = await browser.storage.session.get(TEACHING_TABS);
  return Array.isArray(tabs) ? tabs.filter((tab): tab is number => typeof tab === 'number') : [];
}

async function setTeaching(tabId: number, on: boolean) {
  const others = (await teachingTabs()).filter((tab) => tab !== tabId);
  await browser.storage.session.set({ [TEACHING_TABS]: on ? [...others, tabId] : others });
}

export function registerTeaching(settings: SettingsFeature) {
  return {
    extension: {
      'teach:start': async ({ tabId }) => {
        await setTeaching(tabId, true);
        await runScriptInTab(tabId, TEACHING_SCRIPT);
        await teachingMessages.sendToTab(tabId, 'teaching:pick', {});
      },
    } satisfies Partial<ExtensionHandlers>,
    page: {
      'layout:changed': async ({ changed }, sender) => {
        const tabId = sender.tab!.id!;
        // A notice to hide has a script to hide it; without one there is nothing to do.
        if (changed) {
          await setTeaching(tabId, true);
          await runScriptInTab(tabId, TEACHING_SCRIPT);
        }
        await teachingMessages.sendToTab(tabId, 'teaching:notice', { show: changed }).catch(() => undefined);
      },
      'profile:save': async ({ selectors }, sender) => {
        // Only a tab staff are teaching saves a profile, and only its own site's.
        const tabId = sender.tab!.id!;
        const profile = sender.url ? taughtProfile(sender.url, selectors) : undefined;
        if (!profile || !(await teachingTabs()).includes(tabId)) return { ok: false };
        await setTeaching(tabId, false);
        const stored = await settings.stored();
        const profiles = [...stored.profiles.filter((p) => p.name !== profile.name), profile];
        return { ok: (await settings.save({ ...stored, profiles })).ok };
      },
    } satisfies Partial<PageHandlers>,
  };
}
