import type { ComponentChildren } from 'preact';
import { RoomOverride } from '../../components/RoomOverride';
import { t } from '../../utils/i18n';

/** What an admin or a doctor sets up now and then, folded away from the daily list. */
export function AdminMenu({ onTeach, children }: { onTeach?: () => void; children?: ComponentChildren }) {
  return (
    <details class="admin">
      <summary>{t('popupAdminMenu')}</summary>
      <div class="admin-tools">
        {children}
        {onTeach && (
          <button type="button" class="secondary" onClick={onTeach}>
            {t('popupTeach')}
          </button>
        )}
        <RoomOverride />
      </div>
    </details>
  );
}
