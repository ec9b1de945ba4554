/**
 * The floor: an extension whose content script, at document_start on the same pages, only sets
 * the flag where a row says "video", at DOMContentLoaded and on rows added later. Whatever it costs
 * the page (DOMContentLoaded, the longest task) any extension loaded at document_start pays, ours
 * included; what ours costs beyond it is Videotime's own.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type BrowserContext } from '@playwright/test';
import { extensionArgs, findChromium } from '../../tests/support/browser';
import { FLAG_ATTRIBUTE } from '../../utils/dom-marks';

const FLAG_ONLY = `(() => {
  const flag = (row) => { if (/video/i.test(row.lastElementChild.textContent)) row.setAttribute('${FLAG_ATTRIBUTE}', 'video'); };
  document.addEventListener('DOMContentLoaded', () => {
    for (const row of document.querySelectorAll('tbody tr')) flag(row);
    new MutationObserver((records) => {
      for (const record of records) for (const node of record.addedNodes) if (node.localName === 'tr') flag(node);
    }).observe(document.querySelector('tbody'), { childList: true });
  });
})();`;

/** A Chromium with the floor extension loaded, running on pages from `url`'s host (on any port, as match patterns go). */
export async function launchFloor(dir: string, url: string): Promise<BrowserContext> {
  const extension = join(dir, 'extension');
  mkdirSync(extension, { recursive: true });
  const manifest = {
    manifest_version: 3,
    name: 'Flag only',
    version: '1.0',
    content_scripts: [{ matches: [`http://${new URL(url).hostname}/*`], js: ['flag.js'], run_at: 'document_start' }],
  };
  writeFileSync(join(extension, 'manifest.json'), JSON.stringify(manifest));
  writeFileSync(join(extension, 'flag.js'), FLAG_ONLY);
  return chromium.launchPersistentContext(join(dir, 'profile'), {
    executablePath: findChromium()!,
    headless: true,
    args: extensionArgs(extension),
  });
}
