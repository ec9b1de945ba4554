import { useState } from 'preact/hooks';
import { t } from '@/utils/i18n';

/** What a video badge offers beyond the label: joining, and what to remember afterwards. */
export interface JoinState {
  /** "om 12 min", "startet for 3 min siden". */
  relative: string;
  /** From a few minutes before the start, joining is the thing to do. */
  prominent: boolean;
  joined: boolean;
  feeCode: string | null;
  onJoin: () => void;
  /** Resolves once the invite for the patient is on the clipboard. */
  onCopyInvite: () => Promise<boolean>;
}

export interface ConsultationBadgeProps {
  category: string;
  time: string;
  /** Why it was flagged, shown as the tooltip so a doctor can trust the badge. */
  reason: string;
  /** Only video appointments can be joined. */
  join?: JoinState;
}

function labelOf(category: string): string {
  if (category === 'video') return t('badgeVideo');
  if (category === 'telefon') return t('badgeTelefon');
  // Admin-made categories are named by their id.
  return category;
}

function tooltipOf({ reason, join }: ConsultationBadgeProps): string {
  if (!join?.joined || !join.feeCode) return reason;
  return `${reason}\n${t('feeCodeReminder', join.feeCode)}`;
}

/**
 * Our buttons can sit inside the page's own links and clickable rows (a calendar event is an <a>):
 * their clicks are ours alone.
 */
function only(action: () => void) {
  return (event: MouseEvent) => {
    event.preventDefault();
    event.stopPropagation();
    action();
  };
}

export function ConsultationBadge(props: ConsultationBadgeProps) {
  const { category, time, join } = props;
  const [copied, setCopied] = useState(false);
  const copy = async () => setCopied((await join?.onCopyInvite()) ?? false);
  return (
    <span class={`badge ${category === 'video' ? 'video' : 'other'}`} title={tooltipOf(props)}>
      <span class="label">{labelOf(category)}</span>
      {join?.joined && <span class="joined">✓ {t('badgeJoined')}</span>}
      {join && (
        <button
          type="button"
          class={join.prominent ? 'join prominent' : 'join'}
          aria-label={`${t('joinButtonLabel', time)} (${join.relative})`}
          onClick={only(join.onJoin)}
        >
          {t('joinButton')} <span class="when">· {join.relative}</span>
        </button>
      )}
      {join && (
        <button type="button" class="copy" aria-label={t('copyInviteLabel', time)} onClick={only(() => void copy())}>
          {copied ? `✓ ${t('inviteCopiedShort')}` : t('copyInvite')}
        </button>
      )}
    </span>
  );
}
