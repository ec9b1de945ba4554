import { t } from '../../utils/i18n';

/**
 * "Videotime på denne siden": on adds the site (the browser asks for access then, from this very
 * click); off removes it again. Built-in sites are always on and get no switch.
 */
export function SiteSwitch({ host, on, onToggle }: { host: string; on: boolean; onToggle: (on: boolean) => void }) {
  return (
    <label class="switch">
      <input type="checkbox" role="switch" checked={on} onChange={(event) => onToggle(event.currentTarget.checked)} />
      {t('popupSiteSwitch', host)}
    </label>
  );
}
