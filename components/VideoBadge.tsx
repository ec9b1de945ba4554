import { t } from '@/utils/i18n';

export interface VideoBadgeProps {
  time: string;
  /** Why it was flagged, shown as the tooltip so a doctor can trust the badge. */
  reason: string;
  onJoin: () => void;
}

export function VideoBadge({ time, reason, onJoin }: VideoBadgeProps) {
  return (
    <span class="badge" title={reason}>
      <span class="label">{t('badgeVideo')}</span>
      <button type="button" class="join" aria-label={t('joinButtonLabel', time)} onClick={onJoin}>
        {t('joinButton')}
      </button>
    </span>
  );
}
