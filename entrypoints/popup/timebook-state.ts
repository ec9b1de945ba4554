import { browser } from 'wxt/browser';
import type { FlaggedAppointment } from '../../utils/appointment';
import { extensionMessages } from '../../utils/messaging/extension';
import { timebookMessages } from '../../utils/messaging/tab';
import { matchesUrl, sitePatternOf } from '../../utils/sites/match-pattern';

/** The site a tab is on, as the popup's on/off switch names it. */
export interface TabSite {
  host: string;
  /** The admin's site pattern the tab matches; built-in sites have none and cannot be switched off. */
  pattern: string | null;
}

export type TimebookState =
  | { kind: 'loading' }
  /** Videotime runs here (teaching it the page is then possible) or, without a tab id, nowhere. */
  | { kind: 'noTimebook'; tabId?: number; site?: TabSite }
  /** A web page Videotime does not run on: adding it as a site is the fix. */
  | { kind: 'siteOff'; tabId: number; pattern: string; host: string }
  | { kind: 'list'; tabId: number; site: TabSite; appointments: FlaggedAppointment[]; videoOnly: boolean; layoutChanged: boolean };

/** Tests open the popup as a tab, so they name the timebook tab instead of it being the active one. */
async function timebookTabId(): Promise<number | undefined> {
  const requested = Number(new URLSearchParams(location.search).get('tabId'));
  if (requested) return requested;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

/** activeTab lets the popup see the address of the tab it was opened on. */
async function tabUrl(tabId: number): Promise<URL | null> {
  const { url } = await browser.tabs.get(tabId);
  return url ? new URL(url) : null;
}

async function siteOf(url: URL | null): Promise<TabSite> {
  if (!url) return { host: '', pattern: null };
  const { stored } = await extensionMessages.send('settings:get', {});
  return { host: url.hostname, pattern: stored.settings.sites.find((site) => matchesUrl(site, url.href)) ?? null };
}

export async function readTimebook(): Promise<TimebookState> {
  const tabId = await timebookTabId();
  if (tabId === undefined) return { kind: 'noTimebook' };
  const url = await tabUrl(tabId).catch(() => null);
  try {
    const { appointmentCount, flagged, videoOnly, layoutChanged } = await timebookMessages.sendToTab(tabId, 'timebook:list', {});
    const site = await siteOf(url);
    if (!appointmentCount && !layoutChanged) return { kind: 'noTimebook', tabId, site };
    // Every day the page shows: the day view puts today first, and the others below it by day.
    return { kind: 'list', tabId, site, appointments: flagged, videoOnly, layoutChanged };
  } catch {
    // No content script answers: Videotime does not run on this page.
    const pattern = url ? sitePatternOf(url.href) : null;
    return pattern?.startsWith('http') && url ? { kind: 'siteOff', tabId, pattern, host: url.hostname } : { kind: 'noTimebook' };
  }
}
