import { browser } from 'wxt/browser';

/** The toolbar button shows how many video appointments the tab's timebook has. */
export async function showVideoCount(tabId: number, count: number): Promise<void> {
  // Firefox's MV2 build names it browserAction.
  const action = browser.action ?? browser.browserAction;
  await action.setBadgeBackgroundColor({ tabId, color: '#1f7a52' });
  await action.setBadgeText({ tabId, text: count ? String(count) : '' });
}
