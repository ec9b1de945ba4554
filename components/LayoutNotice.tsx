import { t } from '../utils/i18n';

export interface LayoutNoticeProps {
  onTeach: () => void;
  onDismiss: () => void;
}

/** Shown on a page whose taught profile stopped finding appointments, with the one fix. */
export function LayoutNotice({ onTeach, onDismiss }: LayoutNoticeProps) {
  return (
    <section class="panel" role="alert">
      <h2>Videotime</h2>
      <p>{t('layoutChanged')}</p>
      <div class="buttons">
        <button type="button" class="save" onClick={onTeach}>
          {t('teachAgain')}
        </button>
        <button type="button" onClick={onDismiss}>
          {t('dismiss')}
        </button>
      </div>
    </section>
  );
}
