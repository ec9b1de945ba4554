import { browser } from 'wxt/browser';
import type { ScriptPublicPath } from 'wxt/utils/inject-script';

/**
 * Runs one of our scripts in a frame of a tab (the top frame unless told) now, not once the page
 * has loaded, which for a big timebook over a slow line is long after its first rows showed.
 * Firefox's MV2 build may lack `scripting`.
 */
export async function runScriptInTab(tabId: number, file: ScriptPublicPath, frameId = 0): Promise<void> {
  if (browser.scripting) {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [file], injectImmediately: true });
  } else {
    await browser.tabs.executeScript(tabId, { file, frameId, runAt: 'document_start' });
  }
}
