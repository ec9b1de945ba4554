import type { ScriptPublicPath } from 'wxt/utils/inject-script';
import type { ExtensionHandlers } from '../../utils/messaging/extension';
import type { PageHandlers } from '../../utils/messaging/page';
import { teachingMessages } from '../../utils/messaging/tab';
import { runScriptInTab } from './run-script';
import type { SettingsFeature } from './settings';

/** The picker and the layout notice: no booking page loads them until they are needed. */
const TEACHING_SCRIPT: ScriptPublicPath = '/teaching.js';

/**
 * Teaching a page its profile: staff start the picker from the popup, or a taught page that stops
 * yielding appointments offers it in a notice. Either way the teaching script is injected then.
 */
export function registerTeaching(settings: SettingsFeature) {
  return {
    extension: {
      'teach:start': async ({ tabId }) => {
        await runScriptInTab(tabId, TEACHING_SCRIPT);
        await teachingMessages.sendToTab(tabId, 'teaching:pick', {});
      },
    } satisfies Partial<ExtensionHandlers>,
    page: {
      'layout:changed': async ({ changed }, sender) => {
        const tabId = sender.tab!.id!;
        // A notice to hide has a script to hide it; without one there is nothing to do.
        if (changed) await runScriptInTab(tabId, TEACHING_SCRIPT);
        await teachingMessages.sendToTab(tabId, 'teaching:notice', { show: changed }).catch(() => undefined);
      },
      'profile:save': async ({ profile }) => {
        const stored = await settings.stored();
        const profiles = [...stored.profiles.filter((p) => p.name !== profile.name), profile];
        return { ok: (await settings.save({ ...stored, profiles })).ok };
      },
    } satisfies Partial<PageHandlers>,
  };
}
