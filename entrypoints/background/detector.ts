import { browser } from 'wxt/browser';
import type { ScriptPublicPath } from 'wxt/utils/inject-script';
import type { PageHandlers } from '../../utils/messaging/page';
import type { Sender } from '../../utils/messaging/protocol';
import { runScriptInTab } from './run-script';

/** The comment detector, injected into the pages where the timebook script finds appointments. */
const DETECTOR_SCRIPT: ScriptPublicPath = '/detector.js';

/**
 * The origins whose pages showed appointments this browser session (not the pages, nothing of
 * what they showed), kept where a restarted service worker finds them and a restarted browser
 * does not.
 */
const TIMEBOOK_ORIGINS = 'timebookOrigins';

const originOf = (sender: Sender): string | undefined => {
  try {
    return new URL(sender.url ?? '').origin;
  } catch {
    return undefined;
  }
};

/**
 * The detector goes only where it is needed: into a page once it shows appointments, and into every
 * page of a site that has shown some, as the page starts. Staff move between the pages of a
 * timebook all day; there, the detector is in place by the time the page is read, and the first
 * flags need no round trip.
 */
export function registerDetector() {
  let origins: Promise<Set<string>> | undefined;
  const known = () =>
    (origins ??= browser.storage.session
      .get(TIMEBOOK_ORIGINS)
      .then(({ [TIMEBOOK_ORIGINS]: stored }) => new Set(Array.isArray(stored) ? stored.filter((o): o is string => typeof o === 'string') : [])));

  return {
    page: {
      'detector:load': async ({ found }, sender) => {
        const origin = originOf(sender);
        const seen = await known();
        if (!found && !(origin && seen.has(origin))) return;
        if (found && origin && !seen.has(origin)) {
          seen.add(origin);
          await browser.storage.session.set({ [TIMEBOOK_ORIGINS]: [...seen] });
        }
        await runScriptInTab(sender.tab!.id!, DETECTOR_SCRIPT, sender.frameId);
      },
    } satisfies Partial<PageHandlers>,
  };
}
