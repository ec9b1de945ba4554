/**
 * npm run update-manifests -- --base-url https://it.example.no/videotime --chrome-id <id>
 *
 * The files a self-hosted rollout serves beside the packages, so browsers that force-install
 * Videotime by policy find new versions: Chrome's update.xml (for the .crx IT packs with its own
 * key) and Firefox's updates.json (for the .xpi signed as unlisted on addons.mozilla.org). Written
 * to .output/, for the version in package.json. Build the packages with VIDEOTIME_UPDATE_BASE set
 * to the same base URL, so their manifests point back here (wxt.config.ts).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';

export const FIREFOX_ID = 'videotime@videotime.no';

const xmlEscape = (text: string) => text.replace(/[<>&'"]/g, (ch) => `&#${ch.charCodeAt(0)};`);

/** Chrome's update manifest (the "gupdate" protocol) for one extension. */
export function chromeUpdateXml({ id, version, crxUrl }: { id: string; version: string; crxUrl: string }): string {
  return `<?xml version='1.0' encoding='UTF-8'?>
<gupdate xmlns='http://www.google.com/update2/response' protocol='2.0'>
  <app appid='${xmlEscape(id)}'>
    <updatecheck codebase='${xmlEscape(crxUrl)}' version='${xmlEscape(version)}' />
  </app>
</gupdate>
`;
}

/** Firefox's update manifest for a self-distributed add-on. */
export function firefoxUpdatesJson({ id, version, xpiUrl }: { id: string; version: string; xpiUrl: string }): string {
  return `${JSON.stringify({ addons: { [id]: { updates: [{ version, update_link: xpiUrl }] } } }, null, 2)}\n`;
}

/** Where each browser looks for updates, given the base URL the files are served from. */
export const updateUrls = (base: string) => ({
  chrome: new URL('update.xml', `${base.replace(/\/?$/, '/')}`).href,
  firefox: new URL('updates.json', `${base.replace(/\/?$/, '/')}`).href,
});

function main() {
  const { values } = parseArgs({ options: { 'base-url': { type: 'string' }, 'chrome-id': { type: 'string' } } });
  const base = values['base-url'];
  const chromeId = values['chrome-id'];
  if (!base || !chromeId || !/^[a-p]{32}$/.test(chromeId)) {
    console.error('Usage: npm run update-manifests -- --base-url https://it.example.no/videotime --chrome-id <32 letters a–p>');
    process.exit(2);
  }
  const root = resolve(import.meta.dirname, '../..');
  const { version } = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { version: string };
  const folder = `${base.replace(/\/?$/, '/')}`;
  const files = {
    'update.xml': chromeUpdateXml({ id: chromeId, version, crxUrl: new URL(`videotime-${version}.crx`, folder).href }),
    'updates.json': firefoxUpdatesJson({ id: FIREFOX_ID, version, xpiUrl: new URL(`videotime-${version}.xpi`, folder).href }),
  };
  for (const [name, text] of Object.entries(files)) {
    writeFileSync(resolve(root, '.output', name), text);
    console.log(`wrote .output/${name}`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
