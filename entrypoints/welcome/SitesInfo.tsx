import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '../../utils/i18n';
import { extensionMessages } from '../../utils/messaging/extension';
import { parseMatchPattern } from '../../utils/sites/match-pattern';

/** "besoklegen.no" for https://*.besoklegen.no/*: the sites as staff know them. */
const hostOf = (pattern: string) => parseMatchPattern(pattern)?.host.replace(/^\*\./, '') ?? pattern;

/** The built-in sites (from the manifest) and those the clinic added, each once. */
async function sites(): Promise<string[]> {
  const builtIn = (browser.runtime.getManifest().content_scripts ?? []).flatMap((script) => script.matches ?? []);
  const { stored } = await extensionMessages.send('settings:get', {});
  // Punycode spellings of the same site (xn--…) are left out: staff know it by its own name.
  return [...new Set([...builtIn, ...stored.settings.sites].map(hostOf))].filter((host) => !host.startsWith('xn--'));
}

/** Where Videotime runs now, and how a clinic adds the booking site it uses. */
export function SitesInfo({ skipped }: { skipped: boolean }) {
  const [hosts, setHosts] = useState<string[]>([]);
  useEffect(() => void sites().then(setHosts), []);
  return (
    <>
      <p>{t(skipped ? 'welcomeSkippedIntro' : 'welcomeDoneIntro')}</p>
      <h3>{t('welcomeSitesHeading')}</h3>
      <ul class="sites">
        {hosts.map((host) => (
          <li key={host}>
            <code>{host}</code>
          </li>
        ))}
      </ul>
      <h3>{t('welcomeAddSiteHeading')}</h3>
      <ol>
        <li>{t('welcomeAddSite1')}</li>
        <li>{t('welcomeAddSite2')}</li>
        <li>{t('welcomeAddSite3')}</li>
      </ol>
    </>
  );
}
