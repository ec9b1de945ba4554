import { browser } from 'wxt/browser';
import type { ScriptPublicPath } from 'wxt/utils/inject-script';
import { guarded } from '../../utils/guard';
import type { ExtensionHandlers } from '../../utils/messaging/extension';
import type { Sender } from '../../utils/messaging/protocol';
import { matchesUrl } from '../../utils/sites/match-pattern';
import { runScriptInTab } from './run-script';
import type { SettingsFeature } from './settings';

const SCRIPT_ID = 'videotime-sites';
/** The timebook content script, as built; a typo here is a type error. */
const TIMEBOOK_SCRIPT: ScriptPublicPath = '/timebook.js';

/** Firefox's MV2 build registers through contentScripts, whose handle must be kept to unregister. */
interface FirefoxContentScripts {
  contentScripts: {
    register(options: { matches: string[]; js: { file: string }[]; runAt: string }): Promise<{ unregister(): Promise<void> }>;
  };
}
let firefoxRegistration: { unregister(): Promise<void> } | undefined;

/** Host access the manifest asks for itself; only what was asked for at run time can be given back. */
function requiredOrigins(): Set<string> {
  const manifest = browser.runtime.getManifest();
  const hosts = 'host_permissions' in manifest ? (manifest.host_permissions ?? []) : [];
  return new Set([...hosts, ...(manifest.content_scripts ?? []).flatMap((script) => script.matches ?? [])]);
}

/**
 * Runs the content script on exactly the admin's sites whose host permission is granted: adding
 * a site (with its permission) starts it there; removing it stops it. After a settings change the
 * access of removed sites is given back too; not on a permission event, which comes before the
 * site that asked for it is saved.
 */
async function syncSiteScripts(patterns: string[], releaseUnused: boolean): Promise<void> {
  if (releaseUnused) {
    const required = requiredOrigins();
    const unused = ((await browser.permissions.getAll()).origins ?? []).filter((o) => !patterns.includes(o) && !required.has(o));
    if (unused.length) await browser.permissions.remove({ origins: unused });
  }
  const granted: string[] = [];
  for (const pattern of patterns) {
    if (await browser.permissions.contains({ origins: [pattern] })) granted.push(pattern);
  }
  if (browser.scripting?.registerContentScripts) {
    const existing = await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
    if (existing.length) await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
    if (granted.length) {
      await browser.scripting.registerContentScripts([{ id: SCRIPT_ID, matches: granted, js: [TIMEBOOK_SCRIPT], runAt: 'document_start' }]);
    }
    return;
  }
  await firefoxRegistration?.unregister();
  firefoxRegistration = granted.length
    ? await (browser as unknown as FirefoxContentScripts).contentScripts.register({ matches: granted, js: [{ file: TIMEBOOK_SCRIPT }], runAt: 'document_start' })
    : undefined;
}

/** Which pages Videotime reads: the sites an admin adds beyond the built-in ones, and what runs there. */
export function registerSites(settings: SettingsFeature) {
  // Pages are flagged at once; a policy read later reaches them as 'settings:changed'.
  const sync = guarded('sites', async (releaseUnused: boolean = false) => syncSiteScripts((await settings.effective(false)).sites, releaseUnused));

  void sync();
  browser.permissions.onAdded.addListener(() => void sync());
  browser.permissions.onRemoved.addListener(() => void sync());
  // After a settings change: removed sites lose their script and their access.
  settings.onChanged(async () => sync(true));

  /** The sites our content script is declared for in the manifest (besoklegen.no; 127.0.0.1 in the e2e build). */
  const builtIn = (browser.runtime.getManifest().content_scripts ?? []).flatMap((script) => script.matches ?? []);

  /**
   * Whether a page-side script may be answered: its frame is on a site Videotime reads now. A
   * script left running in a tab after its site was removed gets nothing more.
   */
  async function isEnabledSite(sender: Sender): Promise<boolean> {
    const url = sender.url ?? '';
    enabledSites ??= settings.effective(false).then(({ sites }) => [...builtIn, ...sites]);
    return (await enabledSites).some((pattern) => matchesUrl(pattern, url));
  }
  // Read once per change rather than per message: a timebook sends several as it loads.
  let enabledSites: Promise<string[]> | undefined;
  settings.onChanged(async () => (enabledSites = undefined));

  return {
    isEnabledSite,
    extension: {
      'site:add': async ({ pattern, tabId }) => {
        const stored = await settings.stored();
        if (!stored.sites.includes(pattern)) {
          const saved = await settings.save({ ...stored, sites: [...stored.sites, pattern] });
          if (!saved.ok) return { ok: false };
        }
        await sync();
        // The tab that asked is already loaded: start reading it now rather than after a reload.
        await runScriptInTab(tabId, TIMEBOOK_SCRIPT);
        return { ok: true };
      },
      'site:remove': async ({ pattern, tabId }) => {
        const stored = await settings.stored();
        const saved = await settings.save({ ...stored, sites: stored.sites.filter((site) => site !== pattern) });
        if (!saved.ok) return { ok: false };
        // Saving unregistered the script and took the access back; the reload leaves the page without it.
        await browser.tabs.reload(tabId);
        return { ok: true };
      },
    } satisfies Partial<ExtensionHandlers>,
  };
}
