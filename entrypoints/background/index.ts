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
import { EXTENSION_SHAPES, PAGE_SHAPES, wellFormedBy } from '../../utils/messaging/shapes';
import { registerDay } from './day';
import { registerDetector } from './detector';
import { registerJoin } from './join';
import { registerSettings } from './settings';
import { registerSites } from './sites';
import { registerTeaching } from './teaching';
import { registerWelcome } from './welcome';

export default defineBackground(() => {
  const settings = registerSettings();
  const join = registerJoin(settings);
  const sites = registerSites(settings);
  const teaching = registerTeaching(settings);
  const day = registerDay(settings);
  const detector = registerDetector();
  registerWelcome();

  // Page-side scripts run in worlds a page may have found a way into: they are answered only on a
  // site Videotime reads, and only for messages of the shape their type promises.
  pageMessages.handle({ ...settings.page, ...join.page, ...teaching.page, ...day.page, ...detector.page } satisfies PageHandlers, isContentScript, {
    wellFormed: wellFormedBy(PAGE_SHAPES),
    allowed: sites.isEnabledSite,
  });
  // Settings, rooms, sites and teaching are changed from the extension's own pages only.
  extensionMessages.handle(
    { ...settings.extension, ...join.extension, ...sites.extension, ...teaching.extension } satisfies ExtensionHandlers,
    isExtensionPage,
    { wellFormed: wellFormedBy(EXTENSION_SHAPES) },
  );
});
