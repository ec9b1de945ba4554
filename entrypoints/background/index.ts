/**
 * The background owns what pages must never hold: the settings (IndexedDB, with browser policy
 * over them), the room URLs, and the tabs it opens. Each feature registers its browser listeners
 * and hands back its message handlers; here they are put together, and each protocol must be
 * answered in full.
 */
import { defineBackground } from 'wxt/utils/define-background';
import type { ExtensionHandlers } from '../../utils/messaging/extension';
import { extensionMessages } from '../../utils/messaging/extension';
import type { PageHandlers } from '../../utils/messaging/page';
import { pageMessages } from '../../utils/messaging/page';
import { isContentScript, isExtensionPage } from '../../utils/messaging/protocol';
import { registerDay } from './day';
import { registerJoin } from './join';
import { registerSettings } from './settings';
import { registerSites } from './sites';
import { registerTeaching } from './teaching';

export default defineBackground(() => {
  const settings = registerSettings();
  const join = registerJoin(settings);
  const sites = registerSites(settings);
  const teaching = registerTeaching(settings);
  const day = registerDay(settings);

  pageMessages.handle({ ...settings.page, ...join.page, ...sites.page, ...teaching.page, ...day.page } satisfies PageHandlers, isContentScript);
  extensionMessages.handle(
    { ...settings.extension, ...join.extension, ...sites.extension, ...teaching.extension } satisfies ExtensionHandlers,
    isExtensionPage,
  );
});
