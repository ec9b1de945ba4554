import { useEffect, useState } from 'preact/hooks';
import { t } from '../utils/i18n';
import { extensionMessages } from '../utils/messaging/extension';
import type { SettingsIssue } from '../utils/settings/schema';

/**
 * A room for this browser session instead of the clinic's, e.g. a doctor's own room for a day.
 * The background keeps it and answers only whether one is set, so no page ever reads a room URL back.
 */
export function RoomOverride() {
  const [active, setActive] = useState(false);
  const [url, setUrl] = useState('');
  const [issues, setIssues] = useState<SettingsIssue[]>([]);

  async function send(room?: string | null) {
    const result = await extensionMessages.send('room:override', room === undefined ? {} : { room });
    if (!result.ok) {
      setIssues(result.issues);
      return;
    }
    setActive(result.active);
    setIssues([]);
    if (room !== undefined) setUrl('');
  }
  useEffect(() => void send(), []);

  function submit(event: Event) {
    event.preventDefault();
    void send(url);
  }

  return (
    <form class="room-override" onSubmit={submit} noValidate>
      <label for="room-override">{t('overrideLabel')}</label>
      <p class="hint" id="room-override-hint">
        {t('overrideHint')}
      </p>
      <div class="row">
        <input
          id="room-override"
          type="text"
          inputMode="url"
          autoComplete="off"
          spellcheck={false}
          value={url}
          aria-invalid={issues.length > 0}
          aria-describedby={issues.length ? 'room-override-error' : 'room-override-hint'}
          onInput={(event) => setUrl(event.currentTarget.value)}
        />
        <button type="submit">{t('overrideSet')}</button>
      </div>
      {issues.length > 0 && (
        <p class="error" id="room-override-error" role="alert">
          {issues.map((issue) => t(issue.key)).join(' ')}
        </p>
      )}
      {active && (
        <p role="status">
          {t('overrideActive')}{' '}
          <button type="button" class="link" onClick={() => void send(null)}>
            {t('overrideClear')}
          </button>
        </p>
      )}
    </form>
  );
}
