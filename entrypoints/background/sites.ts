import { browser } from 'wxt/browser';
import { guarded } from '../../utils/guard';
import { background } from '../../utils/messaging/messages';
import type { Settings } from '../../utils/settings/schema';
import type { SaveResult } from '../../utils/settings/store';

export interface SettingsAccess {
  /** What the extension runs on: stored settings with any policy values over them. */
  effective(): Promise<Settings>;
  /** The stored settings alone, which are what a change is made to. */
  stored(): Promise<Settings>;
  save(next: Settings): Promise<SaveResult>;
}

const SCRIPT_ID = 'videotime-sites';
const SCRIPT_FILE = '/content-scripts/timebook.js';

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
      await browser.scripting.registerContentScripts([{ id: SCRIPT_ID, matches: granted, js: [SCRIPT_FILE], runAt: 'document_start' }]);
    }
    return;
  }
  await firefoxRegistration?.unregister();
  firefoxRegistration = granted.length
    ? await (browser as unknown as FirefoxContentScripts).contentScripts.register({ matches: granted, js: [{ file: SCRIPT_FILE }], runAt: 'document_start' })
    : undefined;
}

/** Sites and profiles: which pages Videotime reads, and how. */
export function registerSiteSetup(access: SettingsAccess) {
  const sync = guarded('sites', async (releaseUnused: boolean = false) => syncSiteScripts((await access.effective()).sites, releaseUnused));

  background.handle({
    'page:config': async () => {
      const { detector, feeCodes, profiles } = await access.effective();
      return { detector, feeCodes, profiles };
    },
    'profile:save': async ({ profile }) => {
      const stored = await access.stored();
      const profiles = [...stored.profiles.filter((p) => p.name !== profile.name), profile];
      return { ok: (await access.save({ ...stored, profiles })).ok };
    },
    'site:add': async ({ pattern, tabId }) => {
      const stored = await access.stored();
      if (!stored.sites.includes(pattern)) {
        const saved = await access.save({ ...stored, sites: [...stored.sites, pattern] });
        if (!saved.ok) return { ok: false };
      }
      await sync();
      // The tab that asked is already loaded: start reading it now rather than after a reload.
      await (browser.scripting
        ? browser.scripting.executeScript({ target: { tabId }, files: [SCRIPT_FILE] })
        : browser.tabs.executeScript(tabId, { file: SCRIPT_FILE }));
      return { ok: true };
    },
  });

  void sync();
  browser.permissions.onAdded.addListener(() => void sync());
  browser.permissions.onRemoved.addListener(() => void sync());
  /** After a settings change: removed sites lose their script and their access. */
  return { settingsChanged: () => sync(true) };
}
