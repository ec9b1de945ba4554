import { browser } from 'wxt/browser';
import type { ScriptPublicPath } from 'wxt/utils/inject-script';

/** Runs one of our scripts in a tab's top frame now; Firefox's MV2 build may lack `scripting`. */
export async function runScriptInTab(tabId: number, file: ScriptPublicPath): Promise<void> {
  if (browser.scripting) await browser.scripting.executeScript({ target: { tabId }, files: [file] });
  else await browser.tabs.executeScript(tabId, { file });
}
