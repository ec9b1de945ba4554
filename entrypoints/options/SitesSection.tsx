import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t, type MessageKey } from '../../utils/i18n';
import { sitePatternSchema } from '../../utils/settings/site-schema';
import type { SiteProfile } from '../../utils/sites/profile';

interface SitesProps {
  sites: string[];
  onChange: (sites: string[]) => void;
}

/**
 * Adding a site asks the browser for access to it at that moment, from the click, which is the
 * only time browsers show their prompt. Saving without it takes the access away again.
 */
export function SiteFields({ sites, onChange }: SitesProps) {
  const [pattern, setPattern] = useState('');
  const [problem, setProblem] = useState<MessageKey | null>(null);

  async function add() {
    const parsed = sitePatternSchema.safeParse(pattern);
    if (!parsed.success) return setProblem(parsed.error.issues[0]!.message as MessageKey);
    if (!(await browser.permissions.request({ origins: [parsed.data] }))) return setProblem('optionsSiteDenied');
    setProblem(null);
    setPattern('');
    if (!sites.includes(parsed.data)) onChange([...sites, parsed.data]);
  }

  return (
    <>
      <p class="hint">{t('optionsSitesHint')}</p>
      <ul class="plain-list">
        {sites.map((site) => (
          <li key={site}>
            <code>{site}</code>{' '}
            <button type="button" class="secondary" aria-label={t('optionsSiteRemove', site)} onClick={() => onChange(sites.filter((s) => s !== site))}>
              ✕
            </button>
          </li>
        ))}
      </ul>
      <div class="field">
        <label for="site-new">{t('optionsSiteLabel')}</label>
        <div class="row">
          <input
            id="site-new"
            type="text"
            inputMode="url"
            spellcheck={false}
            placeholder="https://timebok.example.no/*"
            value={pattern}
            aria-invalid={problem !== null}
            aria-describedby={problem ? 'site-new-error' : undefined}
            onInput={(event) => setPattern(event.currentTarget.value)}
          />
          <button type="button" onClick={() => void add()}>
            {t('optionsSiteAdd')}
          </button>
        </div>
        {problem && (
          <p class="error" id="site-new-error" role="alert">
            {t(problem)}
          </p>
        )}
      </div>
    </>
  );
}

export function ProfileList({ profiles, onChange }: { profiles: SiteProfile[]; onChange: (profiles: SiteProfile[]) => void }) {
  if (profiles.length === 0) return <p class="hint">{t('optionsProfilesEmpty')}</p>;
  return (
    <ul class="plain-list">
      {profiles.map((profile) => (
        <li key={profile.name}>
          <strong>{profile.name}</strong> <code>{profile.matches.join(', ')}</code>{' '}
          {profile.selectors && <code>{profile.selectors.appointment}</code>}{' '}
          <button
            type="button"
            class="secondary"
            aria-label={t('optionsProfileRemove', profile.name)}
            onClick={() => onChange(profiles.filter((p) => p !== profile))}
          >
            ✕
          </button>
        </li>
      ))}
    </ul>
  );
}
