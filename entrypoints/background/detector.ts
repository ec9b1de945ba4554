import { browser } from 'wxt/browser';
import type { ScriptPublicPath } from 'wxt/utils/inject-script';
import type { PageHandlers } from '../../utils/messaging/page';
import { sitePatternOf } from '../../utils/sites/match-pattern';
import { runScriptInTab } from './run-script';

/** The comment detector, injected into the pages where the timebook script finds appointments. */
const DETECTOR_SCRIPT: ScriptPublicPath = '/detector.js';
const SCRIPT_ID = 'videotime-detector';

/**
 * The sites (as match patterns: the scheme and host of pages, nothing of what they showed) whose
 * pages showed appointments this browser session, where a restarted service worker finds them and
 * a restarted browser does not.
 */
const TIMEBOOK_SITES = 'timebookSites';

/**
 * The detector goes only where it is needed: into a page once it shows appointments, and from then
 * on with every page of that site, at document_start like the timebook script. Staff move between
 * the pages of a timebook all day: there the detector is in place when the page is read, and the
 * first flags need no round trip to the background. A browser without registered scripts
 * (Firefox's MV2 build may lack them) injects it page by page.
 */
export function registerDetector() {
  let sites: Promise<Set<string>> | undefined;
  const known = () =>
    (sites ??= browser.storage.session
      .get(TIMEBOOK_SITES)
      .then(({ [TIMEBOOK_SITES]: stored }) => new Set(Array.isArray(stored) ? stored.filter((s): s is string => typeof s === 'string') : [])));

  async function comeWithPages(patterns: string[]) {
    if (!browser.scripting?.registerContentScripts) return;
    const script = { id: SCRIPT_ID, matches: patterns, js: [DETECTOR_SCRIPT], runAt: 'document_start' as const, persistAcrossSessions: false };
    const [existing] = await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
    await (existing ? browser.scripting.updateContentScripts([script]) : browser.scripting.registerContentScripts([script]));
  }

  return {
    page: {
      'detector:load': async (_request, sender) => {
        await runScriptInTab(sender.tab!.id!, DETECTOR_SCRIPT, sender.frameId);
        const site = sitePatternOf(sender.url ?? '');
        const seen = await known();
        if (!site || seen.has(site)) return;
        seen.add(site);
        await browser.storage.session.set({ [TIMEBOOK_SITES]: [...seen] });
        await comeWithPages([...seen]);
      },
    } satisfies Partial<PageHandlers>,
  };
}
