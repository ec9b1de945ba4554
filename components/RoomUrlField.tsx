import { useEffect, useState } from 'preact/hooks';
import { t, type MessageKey } from '@/utils/i18n';

export interface RoomUrlFieldProps {
  value: string;
  /** Resolves to locale keys of what is wrong; empty when saved. */
  onSave: (roomUrl: string) => Promise<string[]>;
}

type Status = { kind: 'idle' } | { kind: 'saved' } | { kind: 'error'; messages: string[] };

export function RoomUrlField({ value, onSave }: RoomUrlFieldProps) {
  const [draft, setDraft] = useState(value);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  useEffect(() => setDraft(value), [value]);

  async function submit(event: Event) {
    event.preventDefault();
    const issues = await onSave(draft);
    setStatus(issues.length ? { kind: 'error', messages: issues.map((key) => t(key as MessageKey)) } : { kind: 'saved' });
  }

  return (
    <form onSubmit={submit} noValidate>
      <label for="room-url">{t('optionsRoomUrlLabel')}</label>
      <p class="hint" id="room-url-hint">
        {t('optionsRoomUrlHint')}
      </p>
      <div class="row">
        <input
          id="room-url"
          name="roomUrl"
          type="url"
          inputMode="url"
          autoComplete="off"
          spellcheck={false}
          value={draft}
          aria-invalid={status.kind === 'error'}
          aria-describedby={status.kind === 'error' ? 'room-url-error' : 'room-url-hint'}
          onInput={(event) => setDraft(event.currentTarget.value)}
        />
        <button type="submit">{t('optionsSave')}</button>
      </div>
      {status.kind === 'error' && (
        <p class="error" id="room-url-error" role="alert">
          {status.messages.join(' ')}
        </p>
      )}
      {status.kind === 'saved' && (
        <p class="saved" role="status">
          {t('optionsSaved')}
        </p>
      )}
    </form>
  );
}
